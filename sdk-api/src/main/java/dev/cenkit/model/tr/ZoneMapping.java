package dev.cenkit.model.tr;

import dev.cenkit.model.Checks;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.vpc.VSwitchId;
import org.immutables.value.Value;

/** One {@code ZoneMappings.N} of a VPC connection: the vSwitch of one zone where the router places an ENI (E4). */
@Value.Immutable
@CenkitStyle
public interface ZoneMapping {
  /** {@code ZoneId}. */
  @Value.Parameter
  String zoneId();

  /** {@code VSwitchId}. */
  @Value.Parameter
  VSwitchId vSwitchId();

  @Value.Check
  default void check() {
    Checks.required(zoneId(), "zone id");
  }

  /** The mapping of {@code vSwitchId} in {@code zoneId}. */
  static ZoneMapping of(String zoneId, VSwitchId vSwitchId) {
    return ImmutableZoneMapping.of(zoneId, vSwitchId);
  }
}
