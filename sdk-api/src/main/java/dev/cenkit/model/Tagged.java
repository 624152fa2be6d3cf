package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resource, or the request that creates one, carrying tags ({@code Tag.N.Key}/{@code Tag.N.Value}) and a
 * resource group ({@code ResourceGroupId}), as Terraform's {@code tags} and {@code resource_group_id} (R4): at
 * most 20 tags; a key of 1 to 128 characters that does not start with {@code aliyun} or {@code acs:} and contains
 * neither {@code http://} nor {@code https://}; a value of at most 128 characters (empty allowed) under the same
 * prefix and content rules; a resource group id of the form {@code rg-<letters and digits>}.
 */
public interface Tagged {
  /** The most tags a resource carries (R4). */
  int MAX_TAGS = 20;

  /** The longest tag key and tag value (R4). */
  int MAX_TAG_LENGTH = 128;

  /** The resource-group id shape, e.g. {@code rg-acfmxazb4ph6aiy}. */
  Pattern RESOURCE_GROUP_ID = Pattern.compile("rg-[a-z0-9]{1,60}");

  /** The tags by key ({@code Tag.N.Key} to {@code Tag.N.Value}). */
  Map<String, String> tags();

  /** The resource group ({@code ResourceGroupId}), if one was given. */
  Optional<String> resourceGroupId();

  /**
   * Checks tags against R4.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidTagCount.Exceeded},
   *     {@code InvalidTagKey.Malformed} or {@code InvalidTagValue.Malformed}, naming the offending tag
   */
  static Map<String, String> checkTags(Map<String, String> tags, String what) {
    Checks.required(tags, "tags");
    if (tags.size() > MAX_TAGS) {
      throw ErrorCode.TOO_MANY_TAGS.exception(RuleId.R4, what + " has " + tags.size() + " tags; at most " + MAX_TAGS + " are allowed");
    }
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      String key = notNull(tag.getKey(), "tag key");
      String value = notNull(tag.getValue(), "value of tag '" + Ipv4Address.printable(key) + "'");
      String problem = problem(key, true);
      if (problem != null) {
        throw ErrorCode.INVALID_TAG_KEY.exception(RuleId.R4, "tag key '" + Ipv4Address.printable(key) + "' of " + what + " " + problem, key);
      }
      problem = problem(value, false);
      if (problem != null) {
        throw ErrorCode.INVALID_TAG_VALUE.exception(
            RuleId.R4, "value '" + Ipv4Address.printable(value) + "' of tag '" + Ipv4Address.printable(key) + "' of " + what + " " + problem, value);
      }
    }
    return tags;
  }

  /** Present, though perhaps empty (an empty key is malformed, an empty value allowed). */
  private static String notNull(@org.jspecify.annotations.Nullable String text, String what) {
    if (text == null) {
      throw ErrorCode.MISSING_PARAMETER.exception(RuleId.R4, what + " is missing", what);
    }
    return text;
  }

  private static String problem(String text, boolean key) {
    if (key && text.isEmpty()) {
      return "is empty";
    }
    if (text.length() > MAX_TAG_LENGTH) {
      return "is longer than " + MAX_TAG_LENGTH + " characters";
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("aliyun") || lower.startsWith("acs:")) {
      return "starts with 'aliyun' or 'acs:', which are reserved";
    }
    if (lower.contains("http://") || lower.contains("https://")) {
      return "contains 'http://' or 'https://'";
    }
    return null;
  }

  /**
   * Checks a resource group id: {@code rg-} followed by lower-case letters and digits.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidResourceGroupId.Malformed}
   */
  static String checkResourceGroupId(String id) {
    Checks.required(id, "resource group id");
    if (!RESOURCE_GROUP_ID.matcher(id).matches()) {
      throw ErrorCode.INVALID_RESOURCE_GROUP_ID.exception(
          RuleId.R4, "resource group id '" + Ipv4Address.printable(id) + "' is not of the form rg-<letters and digits>", id);
    }
    return id;
  }

  /** Checks this value's tags and resource group (R4), for the {@code @Value.Check} of an implementing type. */
  default void checkTagged(String what) {
    checkTags(tags(), what);
    resourceGroupId().ifPresent(Tagged::checkResourceGroupId);
  }
}
