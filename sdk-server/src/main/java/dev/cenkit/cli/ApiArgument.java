package dev.cenkit.cli;

import dev.cenkit.error.CenkitException;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.spi.CloudSnapshot;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code --api} (an API id, or the name of exactly one API) and {@code --stage}, resolved against the snapshot. */
final class ApiArgument {
  private ApiArgument() {}

  /** The API {@code idOrName} names in {@code snapshot}. */
  static Api parse(String idOrName, CloudSnapshot snapshot) {
    Optional<Api> byId;
    try {
      byId = snapshot.apiGateway().api(ApiId.of(idOrName));
    } catch (CenkitException e) {
      byId = Optional.empty(); // not an id: maybe a name
    }
    if (byId.isPresent()) {
      return byId.get();
    }
    try {
      Optional<Api> named = snapshot.apiGateway().apiNamed(idOrName);
      if (named.isPresent()) {
        return named.get();
      }
    } catch (CenkitException ambiguous) {
      throw new CliFailure(ExitCodes.USAGE, "cenkit: --api '" + idOrName + "': " + ambiguous.getMessage() + " ("
          + snapshot.apiGateway().apis().values().stream().filter(a -> a.name().equals(idOrName))
              .map(a -> a.id() + " in group " + a.groupId()).sorted().collect(Collectors.joining(", ")) + ")");
    }
    String known = snapshot.apiGateway().apis().values().stream().map(a -> a.id() + " (" + a.name() + ")").sorted().limit(10)
        .collect(Collectors.joining(", "));
    throw new CliFailure(ExitCodes.USAGE, "cenkit: --api '" + idOrName + "': the snapshot has no API with this id or name; "
        + (known.isEmpty() ? "it has no APIs." : "its APIs: " + known + (snapshot.apiGateway().apis().size() > 10 ? ", …" : "") + "."));
  }

  /** The stage {@code name} ({@code RELEASE}, {@code PRE} or {@code TEST}). */
  static Stage stage(String name) {
    try {
      return Stage.of(name);
    } catch (CenkitException e) {
      throw new CliFailure(ExitCodes.USAGE, "cenkit: --stage '" + name + "': " + e.getMessage());
    }
  }
}
