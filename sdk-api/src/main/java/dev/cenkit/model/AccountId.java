package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An Alibaba Cloud account id (the UID of a main account, e.g. {@code 1688000000000000}): what the real API takes
 * as {@code ChildInstanceOwnerId}, {@code CenOwnerId}, {@code VpcOwnerId} and {@code VbrOwnerId}, and what its
 * describes return as {@code OwnerId}. Real UIDs are decimal numbers; {@link #of(String)} accepts 1 to 20 digits.
 *
 * <p>Every resource of a cloud that nobody asked to act as another account belongs to {@link #DEFAULT}.
 */
public final class AccountId implements Comparable<AccountId> {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

  /**
   * The account a cloud acts as unless told otherwise ({@code InMemoryCloud.asAccount} acts as another): the owner
   * of every resource created without naming an account.
   */
  public static final AccountId DEFAULT = new AccountId("1000000000000000");

  private final String value;

  private AccountId(String value) {
    this.value = value;
  }

  /**
   * The account with this UID.
   *
   * @throws dev.cenkit.error.MissingParameterException for a null or empty value
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} naming the value when it is not
   *     1 to 20 decimal digits
   */
  public static AccountId of(@Nullable String value) {
    Checks.required(value, "account id (UID)");
    if (!DIGITS.matcher(value).matches()) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "account id '" + value + "' is not an Alibaba Cloud UID (1 to 20 decimal digits, e.g. 1688000000000000)",
          value);
    }
    return value.equals(DEFAULT.value) ? DEFAULT : new AccountId(value);
  }

  /** The UID as the API writes it. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(AccountId o) {
    Checks.required(o, "other account id");
    int c = Integer.compare(value.length(), o.value.length());
    return c != 0 ? c : value.compareTo(o.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AccountId && ((AccountId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The UID. */
  @Override
  public String toString() {
    return value;
  }
}
