/**
 * Security group evaluation: the evaluator that decides a flow at an instance's network interface (SG16-SG20,
 * SD1), on the per-group rule indexes the state keeps ({@link dev.cenkit.inmemory.state.GroupRuleIndex}).
 */
@NullMarked
package dev.cenkit.inmemory.secgroups;

import org.jspecify.annotations.NullMarked;
