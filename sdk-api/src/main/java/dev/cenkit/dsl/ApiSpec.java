package dev.cenkit.dsl;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiBackend;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.HttpMethod;
import dev.cenkit.model.apigateway.RequestProtocol;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.apigateway.CreateApiRequest;
import dev.cenkit.spi.apigateway.DeployApiRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The description of a new API, built fluently from {@link Cenkit#api(String)}:
 *
 * <pre>{@code
 * ApiSpec getOrder = Cenkit.api("GetOrder").get("/orders/{id}")
 *     .backend(Cenkit.functionBackend(fn))
 *     .deployTo(Stage.RELEASE)
 *     .inNew(orders);
 * }</pre>
 *
 * The group ({@link #inNew(ApiGroupSpec)} or {@link #inExisting(ApiGroup)}) and the backend are required: {@link #toSpec()} rejects an API without a
 * group, and applying rejects one without a backend ({@code MissingParameter}). The spec includes the steps of
 * the group (and its instance) and of what the backend refers to, then creates the API and deploys it to each
 * stage named. Immutable: every method returns a new spec.
 */
public final class ApiSpec implements ResourceSpec<Api> {
  private final String name;
  private final HttpMethod method;
  private final String path;
  private final RequestProtocol protocol;
  private final @Nullable String description;
  private final boolean disableInternet;
  private final @Nullable BackendSpec backend;
  private final Set<Stage> stages;
  private final SpecSource groupSource;
  private final @Nullable Ref<ApiGroupId> group;
  private final Ref<ApiId> ref;
  private final Step<Api> create;
  private final List<Step<Api>> deploys;

  private ApiSpec(
      String name,
      HttpMethod method,
      String path,
      RequestProtocol protocol,
      @Nullable String description,
      boolean disableInternet,
      @Nullable BackendSpec backend,
      Set<Stage> stages,
      SpecSource groupSource,
      @Nullable Ref<ApiGroupId> group,
      Ref<ApiId> ref) {
    this.name = name;
    this.method = method;
    this.path = path;
    this.protocol = protocol;
    this.description = description;
    this.disableInternet = disableInternet;
    this.backend = backend;
    this.stages = Set.copyOf(new LinkedHashSet<>(stages));
    this.groupSource = groupSource;
    this.group = group;
    this.ref = ref;
    this.create =
        Step.creating(
            ref,
            b -> {
              ApiBackend value = Checks.required(backend, "backend of API '" + name + "'").backend();
              return CreateApiRequest.builder()
                  .groupId(b.resolve(Checks.required(group, "group of API '" + name + "'")))
                  .apiName(name)
                  .description(Optional.ofNullable(description))
                  .requestHttpMethod(method)
                  .requestPath(path)
                  .requestProtocol(protocol)
                  .disableInternet(disableInternet)
                  .backend(value)
                  .build();
            },
            Api::id);
    List<Step<Api>> steps = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      if (stages.contains(stage)) {
        Ref<ApiId> api = ref;
        steps.add(
            Step.of(
                "deploy " + ref.label() + " to " + stage,
                b ->
                    DeployApiRequest.builder()
                        .groupId(b.resolve(Checks.required(group, "group of API '" + name + "'")))
                        .apiId(b.resolve(api))
                        .stageName(stage.name())
                        .build()));
      }
    }
    this.deploys = List.copyOf(steps);
  }

  /** Starts the description of an API named {@code name} (R60). */
  static Definition named(String name) {
    return new Definition(Api.checkName(name));
  }

  /** The first stage: the name is known; the request method and path complete the API. */
  public static final class Definition {
    private final String name;

    private Definition(String name) {
      this.name = name;
    }

    /** A {@code GET} request at {@code path}, e.g. {@code /orders/{id}}. */
    public ApiSpec get(String path) {
      return request(HttpMethod.GET, path);
    }

    /** A {@code POST} request at {@code path}. */
    public ApiSpec post(String path) {
      return request(HttpMethod.POST, path);
    }

    /** A {@code PUT} request at {@code path}. */
    public ApiSpec put(String path) {
      return request(HttpMethod.PUT, path);
    }

    /** A {@code DELETE} request at {@code path}. */
    public ApiSpec delete(String path) {
      return request(HttpMethod.DELETE, path);
    }

    /** A request of {@code method} at {@code path}. */
    public ApiSpec request(HttpMethod method, String path) {
      Checks.required(method, "request method");
      return new ApiSpec(
          name, method, ApiBackend.checkPath(path, "request path"), RequestProtocol.HTTP, null, false, null, Set.of(), Spec.empty(), null, Ref.pending(ApiId.KIND, name));
    }
  }

  /** The API's description (R4). */
  public ApiSpec description(String description) {
    return new ApiSpec(
        name, method, path, protocol, Checks.description(description, "API"), disableInternet, backend, stages, groupSource, group, ref);
  }

  /**
   * The protocols clients call the API with ({@code RequestConfig.RequestProtocol}); {@link RequestProtocol#HTTP}
   * unless set. A client's security groups are checked on the gateway's port for it: 80 for HTTP, 443 for HTTPS.
   */
  public ApiSpec protocol(RequestProtocol protocol) {
    Checks.required(protocol, "request protocol");
    return new ApiSpec(name, method, path, protocol, description, disableInternet, backend, stages, groupSource, group, ref);
  }

  /** Clients call the API over HTTPS only, on the gateway's port 443 ({@code RequestProtocol=HTTPS}). */
  public ApiSpec https() {
    return protocol(RequestProtocol.HTTPS);
  }

  /** Makes the API callable only through VPC domains ({@code DisableInternet=true}, R63). */
  public ApiSpec disableInternet() {
    return new ApiSpec(name, method, path, protocol, description, true, backend, stages, groupSource, group, ref);
  }

  /** The backend, with the steps of what it refers to. */
  public ApiSpec backend(BackendSpec backend) {
    Checks.required(backend, "backend");
    return new ApiSpec(name, method, path, protocol, description, disableInternet, backend, stages, groupSource, group, ref);
  }

  /** The backend, a value that refers to nothing the spec creates. */
  public ApiSpec backend(ApiBackend backend) {
    return backend(BackendSpec.of(backend));
  }

  /** Deploys the API to {@code stage} once created (R61); may be called for several stages. */
  public ApiSpec deployTo(Stage stage) {
    Checks.required(stage, "stage");
    Set<Stage> more = new LinkedHashSet<>(stages);
    more.add(stage);
    return new ApiSpec(name, method, path, protocol, description, disableInternet, backend, more, groupSource, group, ref);
  }

  /** The group, one that a spec creates (its steps, and its instance's, come first). */
  public ApiSpec inNew(ApiGroupSpec group) {
    Checks.required(group, "API group spec");
    return new ApiSpec(name, method, path, protocol, description, disableInternet, backend, stages, group, group.ref(), ref);
  }

  /** The group, an existing one. */
  public ApiSpec inExisting(ApiGroup group) {
    Checks.required(group, "API group");
    return new ApiSpec(name, method, path, protocol, description, disableInternet, backend, stages, Spec.empty(), Ref.to(group.id()), ref);
  }

  /** The reference to this API. */
  public Ref<ApiId> ref() {
    return ref;
  }

  @Override
  public Step<Api> mainStep() {
    return create;
  }

  /**
   * The steps: the group's, the backend's prerequisites, the API, then its deployments.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code MissingParameter} when no group was given
   */
  @Override
  public Spec toSpec() {
    if (group == null) {
      throw ErrorCode.MISSING_PARAMETER.exception(null, "API '" + name + "' needs a group: add .inNew(group) or .inExisting(group)", name);
    }
    List<SpecSource> parts = new ArrayList<>();
    parts.add(groupSource);
    if (backend != null) {
      parts.add(backend);
    }
    Spec spec = Spec.of(parts).plus(create);
    for (Step<Api> deploy : deploys) {
      spec = spec.plus(deploy);
    }
    return spec;
  }

  @Override
  public String toString() {
    return group == null ? "API '" + name + "' (no group yet)" : toSpec().toString();
  }
}
