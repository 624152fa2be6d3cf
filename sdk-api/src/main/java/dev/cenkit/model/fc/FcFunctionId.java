package dev.cenkit.model.fc;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import dev.cenkit.model.IdKind;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ResourceId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identity of a Function Compute function. Functions have no generated id: a 3.0 function is named per
 * region, a 2.0 function per service, so the id is {@code <region>/<function>} or
 * {@code <region>/<service>/<function>}, e.g. {@code cn-hangzhou/getOrder}.
 */
public final class FcFunctionId extends ResourceId {
  /** The name rule of services and functions: a letter or underscore, then letters, digits, '_' and '-'; at most 64. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

  /** Function ids are {@code <region>/<function>} or {@code <region>/<service>/<function>}. */
  public static final IdKind KIND =
      new IdKind(
          "Function Compute function",
          "",
          Pattern.compile("[a-z]+(-[a-z0-9]+)+(/" + NAME.pattern() + "){1,2}"),
          "cn-hangzhou/getOrder");

  private FcFunctionId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not a function id
   */
  public static FcFunctionId of(String value) {
    return new FcFunctionId(value);
  }

  /**
   * The id of function {@code functionName} of {@code region}, in {@code serviceName} for Function Compute 2.0.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidArgument} for a malformed name
   */
  public static FcFunctionId of(RegionId region, Optional<String> serviceName, String functionName) {
    Checks.required(region, "function region");
    Checks.required(serviceName, "service name (Optional)");
    checkName(functionName, "function name");
    serviceName.ifPresent(s -> checkName(s, "service name"));
    return new FcFunctionId(region.id() + serviceName.map(s -> "/" + s).orElse("") + "/" + functionName);
  }

  /**
   * Checks a service or function name.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidArgument}
   */
  public static String checkName(String name, String what) {
    Checks.required(name, what);
    if (!NAME.matcher(name).matches()) {
      throw ErrorCode.FC_INVALID_ARGUMENT.exception(
          null, what + " '" + name + "' must start with a letter or '_' and have at most 64 letters, digits, '_' or '-'", name);
    }
    return name;
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
