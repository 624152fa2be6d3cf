package dev.cenkit.server;

import java.util.List;
import java.util.Map;

/**
 * {@code PageNumber} (1-based) and {@code PageSize} of the {@code Describe*} actions, and the {@code TotalCount},
 * {@code PageNumber} and {@code PageSize} their responses carry.
 *
 * @param number the page, from 1
 * @param size the page size
 */
public record Paging(int number, int size) {
  /** Reads the paging parameters; the page size defaults to 10 and is at most {@code maxSize}. */
  public static Paging read(Params params, int maxSize) {
    long number = params.optionalLong("PageNumber").orElse(1L);
    long size = params.optionalLong("PageSize").orElse(10L);
    if (number < 1) {
      throw WireError.invalid("PageNumber", String.valueOf(number), "must be 1 or more");
    }
    if (size < 1 || size > maxSize) {
      throw WireError.invalid("PageSize", String.valueOf(size), "must be between 1 and " + maxSize);
    }
    return new Paging((int) Math.min(number, Integer.MAX_VALUE), (int) size);
  }

  /** Reads the paging parameters with the usual maximum page size of 50. */
  public static Paging read(Params params) {
    return read(params, 50);
  }

  /** The body of a page: {@code TotalCount}, {@code PageNumber}, {@code PageSize} and the wrapped items. */
  public <T> Map<String, Object> page(List<T> all, String wrapper, String item, java.util.function.Function<T, Object> shape) {
    long from = (long) (number - 1) * size;
    List<T> slice = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    return Json.object(
        "TotalCount", all.size(),
        "PageNumber", number,
        "PageSize", size,
        wrapper, Json.wrap(item, slice.stream().map(shape).toList()));
  }
}
