package dev.cenkit.server;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CcnId;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.vpc.VpcId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Conversions between wire values and model values that several products share. */
public final class Wire {
  private Wire() {}

  /** An enum constant as the API writes it: {@code IN_USE} → {@code InUse}. */
  public static String pascal(Enum<?> value) {
    StringBuilder sb = new StringBuilder();
    for (String part : value.name().split("_")) {
      if (!part.isEmpty()) {
        sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  /** An enum constant from its API spelling ({@code InUse}, {@code IN_USE} or {@code in_use}). */
  public static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    String normal = value.replace("_", "").replace("-", "");
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().replace("_", "").equalsIgnoreCase(normal))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(Wire::pascal).toList()));
  }

  /**
   * A CEN child instance id, typed by its prefix as the real API types it ({@code vpc-}, {@code vbr-},
   * {@code ccn-}); any other prefix is {@code ParameterIllegal.ChildInstanceType} (R5).
   */
  public static NetworkInstanceId networkInstance(String id) {
    if (id.startsWith("vpc-")) {
      return VpcId.of(id);
    }
    if (id.startsWith("vbr-")) {
      return VbrId.of(id);
    }
    if (id.startsWith("ccn-")) {
      return CcnId.of(id);
    }
    throw ErrorCode.CHILD_INSTANCE_TYPE_ILLEGAL.exception(
        RuleId.R5, "instance '" + id + "' is not a VPC (vpc-), VBR (vbr-) or CCN (ccn-) instance", id);
  }

  /** A comma-separated list ({@code VpcId=vpc-1,vpc-2}), trimmed, empty items dropped. */
  public static List<String> commaList(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
