/**
 * Security group evaluation: per-group rule indexes by direction, protocol and port, and the evaluator that
 * decides a flow at an instance's network interface (SG16-SG20, SD1).
 */
@NullMarked
package dev.cenkit.inmemory.secgroups;

import org.jspecify.annotations.NullMarked;
