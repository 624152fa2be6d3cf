package dev.cenkit.reach;

import dev.cenkit.model.Checks;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import java.util.Optional;

/**
 * A question about calling an API through API Gateway: whether the client reaches the API through its
 * group's VPC second-level domain ({@link Kind#CLIENT_TO_API}), whether the gateway reaches the API's backend
 * ({@link Kind#API_TO_BACKEND}), or both ({@link Kind#FULL_CALL}); each leg with its return path.
 *
 * @param kind which legs to check
 * @param client the caller; empty for {@link Kind#API_TO_BACKEND}
 * @param apiId the API
 * @param stage the stage called
 */
public record ApiQuestion(Kind kind, Optional<Endpoint> client, ApiId apiId, Stage stage) implements Question {
  /** Which legs of an API call a question checks. */
  public enum Kind {
    /** From the client to the API Gateway, through the group's VPC domain. */
    CLIENT_TO_API,
    /** From the API Gateway to the API's backend. */
    API_TO_BACKEND,
    /** Both legs. */
    FULL_CALL
  }

  /** Checks the parameters: the client is required unless only the backend leg is asked about. */
  public ApiQuestion {
    Checks.required(kind, "question kind");
    Checks.required(client, "client");
    Checks.required(apiId, "API id");
    Checks.required(stage, "stage");
    if (kind != Kind.API_TO_BACKEND) {
      Checks.required(client.orElse(null), "client");
    }
  }

  /** Can {@code client} call the API at {@code stage} through the group's VPC domain? */
  public static ApiQuestion call(Endpoint client, ApiId apiId, Stage stage) {
    return new ApiQuestion(Kind.CLIENT_TO_API, Optional.of(Checks.required(client, "client")), apiId, stage);
  }

  /** Can the gateway reach the API's backend at {@code stage}? */
  public static ApiQuestion backend(ApiId apiId, Stage stage) {
    return new ApiQuestion(Kind.API_TO_BACKEND, Optional.empty(), apiId, stage);
  }

  /** Both: the client reaches the API and the gateway reaches the backend, with their return paths. */
  public static ApiQuestion fullCall(Endpoint client, ApiId apiId, Stage stage) {
    return new ApiQuestion(Kind.FULL_CALL, Optional.of(Checks.required(client, "client")), apiId, stage);
  }

  @Override
  public String describe() {
    String who = client.map(Endpoint::describe).orElse("API Gateway");
    switch (kind) {
      case CLIENT_TO_API:
        return who + " calls API " + apiId + " (" + stage + ")";
      case API_TO_BACKEND:
        return "API " + apiId + " (" + stage + ") reaches its backend";
      default:
        return who + " calls API " + apiId + " (" + stage + ") and the gateway reaches its backend";
    }
  }
}
