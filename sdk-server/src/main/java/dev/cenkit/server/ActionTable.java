package dev.cenkit.server;

import dev.cenkit.spi.operation.Operation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one routing table of the server: product version and action name to the parser of that action. Adding an
 * action the cloud models is one {@link #operation} or {@link #query} line in the product's registration class
 * ({@link VpcActions}, {@link CbnActions}, {@link TransitRouterActions}, {@link CloudApiActions}, {@link EcsActions}, {@link CenkitActions}).
 */
public final class ActionTable {
  private final Map<Product, Map<String, ActionParser>> actions = new EnumMap<>(Product.class);

  /** The table of every action the server speaks. */
  public static ActionTable standard() {
    ActionTable table = new ActionTable();
    VpcActions.register(table);
    CbnActions.register(table);
    TransitRouterActions.register(table);
    CloudApiActions.register(table);
    EcsActions.register(table);
    GrantActions.register(table);
    CenkitActions.register(table);
    return table;
  }

  /** Registers an action with its own parser; an action registered twice is a programming error. */
  public ActionTable add(Product product, String action, ActionParser parser) {
    if (actions.computeIfAbsent(product, p -> new TreeMap<>()).putIfAbsent(action, parser) != null) {
      throw new IllegalStateException(product + " " + action + " is registered twice");
    }
    return this;
  }

  /**
   * Registers an action that is one provider {@link Operation}: the parser builds the SPI request from the
   * parameters, the provider executes it, and the shape renders the result.
   */
  public <R> ActionTable operation(
      Product product,
      String action,
      BiFunction<Params, CallContext, ? extends Operation<R>> request,
      Function<? super R, Map<String, Object>> shape) {
    return add(
        product,
        action,
        (params, context) -> {
          Operation<R> op = request.apply(params, context);
          return backend -> shape.apply(backend.cloud().execute(op));
        });
  }

  /**
   * Registers a read-only action: the parser reads the parameters into a query value, and the query runs
   * against the cloud.
   */
  public <Q> ActionTable query(
      Product product,
      String action,
      BiFunction<Params, CallContext, Q> read,
      BiFunction<Q, Backend, Map<String, Object>> run) {
    return add(
        product,
        action,
        (params, context) -> {
          Q q = read.apply(params, context);
          return backend -> run.apply(q, backend);
        });
  }

  /** The parser of an action of a product. */
  public Optional<ActionParser> find(Product product, String action) {
    return Optional.ofNullable(actions.getOrDefault(product, Map.of()).get(action));
  }

  /** The actions of a product, sorted. */
  public Set<String> actions(Product product) {
    return Collections.unmodifiableSet(new TreeSet<>(actions.getOrDefault(product, Map.of()).keySet()));
  }
}
