package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenGrant;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.spi.GrantView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * The grants part of a {@link Snapshot}: {@code GrantInstanceToCen} grants (R8) and
 * {@code GrantInstanceToTransitRouter} grants (E18), each keyed by {@code instance/cen}, so the check of an attach
 * is one lookup and the grants of one instance are one key range (no scan).
 */
public final class GrantState implements GrantView {
  static final GrantState EMPTY = new GrantState(TreePMap.empty(), TreePMap.empty(), false);

  private final PSortedMap<String, CenGrant> cenGrants;
  private final PSortedMap<String, CenGrant> transitRouterGrants;
  private final boolean severalAccounts;

  private GrantState(
      PSortedMap<String, CenGrant> cenGrants, PSortedMap<String, CenGrant> transitRouterGrants, boolean severalAccounts) {
    this.cenGrants = cenGrants;
    this.transitRouterGrants = transitRouterGrants;
    this.severalAccounts = severalAccounts;
  }

  /**
   * Whether an account other than the default one has ever created a CEN, VPC or VBR here; until then every
   * resource is the default account's and the visibility check has nothing to check.
   */
  public boolean severalAccounts() {
    return severalAccounts;
  }

  /** Marks that another account than the default one owns resources here. */
  public GrantState withSeveralAccounts() {
    return severalAccounts ? this : new GrantState(cenGrants, transitRouterGrants, true);
  }

  /** The key of a grant: {@code instance/cen}. */
  static String key(NetworkInstanceId instance, CenId cen) {
    return Checks.required(instance, "instance id").value() + "/" + Checks.required(cen, "CEN id").value();
  }

  @Override
  public PSortedMap<String, CenGrant> cenGrants() {
    return cenGrants;
  }

  @Override
  public PSortedMap<String, CenGrant> transitRouterGrants() {
    return transitRouterGrants;
  }

  @Override
  public Optional<CenGrant> cenGrant(NetworkInstanceId instance, CenId cen) {
    Checks.required(instance, "instance id");
    Checks.required(cen, "CEN id");
    return Optional.ofNullable(cenGrants.get(key(instance, cen)));
  }

  @Override
  public Optional<CenGrant> transitRouterGrant(NetworkInstanceId instance, CenId cen) {
    Checks.required(instance, "instance id");
    Checks.required(cen, "CEN id");
    return Optional.ofNullable(transitRouterGrants.get(key(instance, cen)));
  }

  @Override
  public List<CenGrant> cenGrantsOf(NetworkInstanceId instance) {
    Checks.required(instance, "instance id");
    return List.copyOf(of(cenGrants, instance).values());
  }

  @Override
  public List<CenGrant> transitRouterGrantsOf(NetworkInstanceId instance) {
    Checks.required(instance, "instance id");
    return List.copyOf(of(transitRouterGrants, instance).values());
  }

  /** The grants of one instance: the key range {@code instance/…}. */
  private static PSortedMap<String, CenGrant> of(PSortedMap<String, CenGrant> grants, NetworkInstanceId instance) {
    String from = instance.value() + "/";
    return grants.subMap(from, instance.value() + "0"); // '0' is the character after '/'
  }

  /** With a {@code GrantInstanceToCen} grant (added or replaced). */
  public GrantState withCenGrant(CenGrant grant) {
    Checks.required(grant, "grant");
    return new GrantState(cenGrants.plus(key(grant.instanceId(), grant.cenId()), grant), transitRouterGrants, severalAccounts);
  }

  /** Without the {@code GrantInstanceToCen} grant of {@code instance} to {@code cen}. */
  public GrantState withoutCenGrant(NetworkInstanceId instance, CenId cen) {
    return new GrantState(cenGrants.minus(key(instance, cen)), transitRouterGrants, severalAccounts);
  }

  /** With a {@code GrantInstanceToTransitRouter} grant (added or replaced). */
  public GrantState withTransitRouterGrant(CenGrant grant) {
    Checks.required(grant, "grant");
    return new GrantState(cenGrants, transitRouterGrants.plus(key(grant.instanceId(), grant.cenId()), grant), severalAccounts);
  }

  /** Without the {@code GrantInstanceToTransitRouter} grant of {@code instance} to {@code cen}. */
  public GrantState withoutTransitRouterGrant(NetworkInstanceId instance, CenId cen) {
    return new GrantState(cenGrants, transitRouterGrants.minus(key(instance, cen)), severalAccounts);
  }

  /** Without any grant of {@code instance}: what deleting the instance leaves. */
  public GrantState withoutInstance(NetworkInstanceId instance) {
    Checks.required(instance, "instance id");
    PSortedMap<String, CenGrant> cen = cenGrants.minusAll(of(cenGrants, instance).keySet());
    PSortedMap<String, CenGrant> tr = transitRouterGrants.minusAll(of(transitRouterGrants, instance).keySet());
    return cen == cenGrants && tr == transitRouterGrants ? this : new GrantState(cen, tr, severalAccounts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GrantState
        && ((GrantState) o).cenGrants.equals(cenGrants)
        && ((GrantState) o).transitRouterGrants.equals(transitRouterGrants)
        && ((GrantState) o).severalAccounts == severalAccounts;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cenGrants, transitRouterGrants, severalAccounts);
  }

  @Override
  public String toString() {
    return "GrantState{cenGrants=" + cenGrants.keySet() + ", transitRouterGrants=" + transitRouterGrants.keySet() + "}";
  }
}
