package dev.cenkit.cli;

import dev.cenkit.error.CenkitException;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.EcsHost;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.CloudSnapshot;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The host syntax of {@code --from} (docs/command-line.md), resolved against the snapshot into the host types of
 * {@code dev.cenkit.reach}:
 *
 * <ul>
 *   <li>{@code ecs:<instance id or name>}, or a bare {@code i-…} id: an ECS instance ({@link EcsHost}), its primary
 *       private IP in its VPC; its security groups are checked;
 *   <li>{@code vpc:<VPC id or name>:<IPv4>}, or {@code vpc-…:<IPv4>}: an address in a VPC ({@link VpcHost});
 *   <li>{@code dc:<data center id or name>:<IPv4 or host name>}, or {@code idc-…:<IPv4>}: a machine in a data center
 *       ({@link DataCenterHost}); a host name is one of the data center's named hosts.
 * </ul>
 *
 * A name must name exactly one resource of its kind (the views' lookups by name, which refuse to guess). Every failure is a {@link CliFailure} with
 * {@link ExitCodes#USAGE} and a message saying what was expected.
 */
final class HostArgument {
  static final String SYNTAX = "ecs:<instance id or name>, vpc:<VPC id or name>:<IPv4>, dc:<data center id or name>:<IPv4 or host name>"
      + " (or a bare i-…, vpc-…:<IPv4>, idc-…:<IPv4>)";

  private HostArgument() {}

  /** The endpoint {@code text} names in {@code snapshot}. */
  static Endpoint parse(String text, CloudSnapshot snapshot) {
    String kind;
    String rest;
    if (text.startsWith("ecs:") || text.startsWith("vpc:") || text.startsWith("dc:")) {
      kind = text.substring(0, text.indexOf(':'));
      rest = text.substring(kind.length() + 1);
    } else if (text.startsWith("i-") && text.indexOf(':') < 0) {
      kind = "ecs";
      rest = text;
    } else if (text.startsWith("vpc-")) {
      kind = "vpc";
      rest = text;
    } else if (text.startsWith("idc-")) {
      kind = "dc";
      rest = text;
    } else {
      throw bad(text, "it does not start with ecs:, vpc: or dc:");
    }
    switch (kind) {
      case "ecs":
        if (rest.isEmpty() || rest.indexOf(':') >= 0) {
          throw bad(text, "an ECS instance is ecs:<instance id or name>, without an address (its primary private IP is used)");
        }
        return EcsHost.of(ecs(text, rest, snapshot));
      case "vpc": {
        String[] parts = networkAndAddress(text, rest);
        Vpc vpc = vpc(text, parts[0], snapshot);
        return new VpcHost(vpc.id(), address(text, parts[1]));
      }
      default: {
        String[] parts = networkAndAddress(text, rest);
        DataCenter dc = dataCenter(text, parts[0], snapshot);
        Optional<Ipv4Address> named = dc.host(parts[1]);
        return new DataCenterHost(dc.id(), named.isPresent() ? named.get() : address(text, parts[1]));
      }
    }
  }

  private static String[] networkAndAddress(String text, String rest) {
    int colon = rest.lastIndexOf(':');
    if (colon <= 0 || colon == rest.length() - 1) {
      throw bad(text, "expected <network id or name>:<address>");
    }
    return new String[] {rest.substring(0, colon), rest.substring(colon + 1)};
  }

  private static Ipv4Address address(String text, String address) {
    try {
      return Ipv4Address.of(address);
    } catch (CenkitException e) {
      throw bad(text, "'" + address + "' is not an IPv4 address" + (text.startsWith("dc:") ? " nor a host of the data center" : ""));
    }
  }

  private static EcsInstance ecs(String text, String idOrName, CloudSnapshot s) {
    Optional<EcsInstance> byId = idOrName.startsWith("i-") ? id(() -> s.ecs().instance(EcsInstanceId.of(idOrName))) : Optional.empty();
    return byId.orElseGet(() -> named(text, "ECS instance", idOrName, () -> s.ecs().instanceNamed(idOrName),
        () -> s.ecs().instances().values().stream().filter(i -> i.name().filter(idOrName::equals).isPresent()).map(i -> i.id().value())));
  }

  private static Vpc vpc(String text, String idOrName, CloudSnapshot s) {
    Optional<Vpc> byId = idOrName.startsWith("vpc-") ? id(() -> s.vpc().vpc(VpcId.of(idOrName))) : Optional.empty();
    return byId.orElseGet(() -> named(text, "VPC", idOrName, () -> s.vpc().vpcNamed(idOrName),
        () -> s.vpc().vpcs().values().stream().filter(v -> v.name().filter(idOrName::equals).isPresent()).map(v -> v.id().value())));
  }

  private static DataCenter dataCenter(String text, String idOrName, CloudSnapshot s) {
    Optional<DataCenter> byId = idOrName.startsWith("idc-") ? id(() -> s.expressConnect().dataCenter(DataCenterId.of(idOrName))) : Optional.empty();
    return byId.orElseGet(() -> named(text, "data center", idOrName, () -> s.expressConnect().dataCenterNamed(idOrName),
        () -> s.expressConnect().dataCenters().values().stream().filter(d -> d.name().equals(idOrName)).map(d -> d.id().value())));
  }

  /** A lookup by id; a malformed id finds nothing (it may still be a name). */
  private static <T> Optional<T> id(Supplier<Optional<T>> lookup) {
    try {
      return lookup.get();
    } catch (CenkitException e) {
      return Optional.empty();
    }
  }

  /**
   * The one resource with this name, by the views' lookup (which refuses to guess between two); when it refuses,
   * the message lists the ids to choose from.
   */
  private static <T> T named(String text, String kind, String name, Supplier<Optional<T>> lookup, Supplier<Stream<String>> idsNamed) {
    try {
      return lookup.get().orElseThrow(() -> bad(text, "the snapshot has no " + kind + " with the id or name '" + name + "'"));
    } catch (CenkitException ambiguous) {
      throw bad(text, ambiguous.getMessage() + " (" + idsNamed.get().sorted().collect(Collectors.joining(", ")) + ")");
    }
  }

  private static CliFailure bad(String text, String why) {
    return new CliFailure(ExitCodes.USAGE, "cenkit: --from '" + text + "': " + why + ". A host is one of: " + SYNTAX + ".");
  }
}
