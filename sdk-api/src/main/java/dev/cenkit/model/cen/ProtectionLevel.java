package dev.cenkit.model.cen;

/** The CIDR protection level of a CEN ({@code ProtectionLevel}). */
public enum ProtectionLevel {
  /** CIDR blocks may overlap but not be identical (the default). */
  REDUCED,
  /** Full protection; accepted as a value, routing treats it like REDUCED. */
  FULL
}
