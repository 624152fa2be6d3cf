package dev.cenkit.model.vpc;

/** The status of a VPC ({@code Status} of DescribeVpcAttribute). */
public enum VpcStatus {
  /** Being created (transitional, R3). */
  PENDING,
  /** Ready for use. */
  AVAILABLE
}
