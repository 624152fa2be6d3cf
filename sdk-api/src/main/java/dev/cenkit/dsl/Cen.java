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

  /**
   * Starts the description of a new Enterprise Edition CEN: transit routers, their connections, associations,
   * propagations and inter-region connections (enterprise-edition.md).
   */
  public static EnterpriseCenSpec enterprise() {
    return EnterpriseCenSpec.create();
  }
}
