package dev.cenkit.dsl;

/**
 * The entry point of the CEN builders, named after the product:
 *
 * <pre>{@code
 * CenSpec cen = Cen.create().named("api-mesh").attach(vpc1).attach(vpc3);
 * cloud.apply(cen);
 * }</pre>
 */
public final class Cen {
  private Cen() {}

  /** Starts the description of a new CEN instance. */
  public static CenSpec create() {
    return CenSpec.create();
  }
}
