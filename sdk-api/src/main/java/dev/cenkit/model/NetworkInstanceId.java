package dev.cenkit.model;

/**
 * The id of a network instance that can be a CEN child: a VPC or a VBR. The child type is derived from the
 * id's prefix, as the real API does.
 */
public interface NetworkInstanceId {
  /** The CEN child type of this instance. */
  ChildInstanceType childInstanceType();

  /** The id string. */
  String value();
}
