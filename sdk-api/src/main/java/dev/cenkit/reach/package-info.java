/**
 * Reachability questions and answers: a closed verdict, the hop-by-hop path, every blocker with its rule and
 * the fixes (specs) that remove it.
 */
@NullMarked
package dev.cenkit.reach;

import org.jspecify.annotations.NullMarked;
