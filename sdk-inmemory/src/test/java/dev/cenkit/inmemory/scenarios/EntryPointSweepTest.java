package dev.cenkit.inmemory.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.ResourceId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.CloudProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Feeds hostile values to every public entry point that reflection finds in the cenkit packages of
 * {@code sdk-api} and {@code sdk-inmemory}: static factories, builders, specs, the cloud's SPI methods, the
 * snapshot views and the reachability questions. The only exceptions allowed to escape are
 * {@link CenkitException}s with a message, and a rejected call leaves the cloud's snapshot the very same object.
 *
 * <p>Entry points are discovered, not listed: every public type under {@code dev.cenkit} in the two modules'
 * class directories (or jars) is scanned, so the sweep follows the packages wherever they move. Receivers of
 * instance methods are found by calling the discovered factories with ordinary values.
 */
class EntryPointSweepTest {
  /** Internal packages whose types take transaction state and are not entry points. */
  private static final List<String> INTERNAL = List.of(
      "dev.cenkit.inmemory.ops", "dev.cenkit.inmemory.rules", "dev.cenkit.inmemory.reach", "dev.cenkit.inmemory.routing",
      "dev.cenkit.inmemory.ids");

  /** Methods whose contract is Java's, not cenkit's. */
  private static final Set<String> JAVA_CONTRACT = Set.of("equals", "hashCode", "toString", "compareTo", "values", "valueOf",
      "wait", "notify", "notifyAll", "getClass");

  private final InMemoryCloud cloud = Scenarios.scenario3(Scenarios.none(Scenarios.Step3.class)).cloud();
  private final Map<Class<?>, Supplier<Object>> receivers = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private final Set<String> entryPoints = new TreeSet<>();
  private long inputs;
  private String deletedVpcId;

  @Test
  void everyPublicEntryPointRejectsHostileInputWithATypedErrorAndChangesNothing() {
    Vpc doomed = cloud.createVpc(b -> b.region(dev.cenkit.model.RegionId.CN_SHANGHAI).cidrBlock(dev.cenkit.model.Cidr.of("10.9.0.0/16")));
    cloud.deleteVpc(doomed.id());
    deletedVpcId = doomed.id().value();

    List<Class<?>> types = new ArrayList<>();
    types.addAll(publicTypes(CloudProvider.class));
    types.addAll(publicTypes(InMemoryCloud.class));
    assertThat(types).as("types discovered by reflection").hasSizeGreaterThan(100);

    receivers.put(InMemoryCloud.class, () -> cloud);
    discoverReceivers(types);

    List<Method> methods = new ArrayList<>();
    for (Class<?> type : types) {
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && isEntryPoint(m)) {
          methods.add(m);
        }
      }
    }
    for (Class<?> type : receivers.keySet()) {
      for (Method m : type.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) && isEntryPoint(m) && m.getDeclaringClass().getName().startsWith("dev.cenkit")) {
          methods.add(m);
        }
      }
    }
    methods.sort(Comparator.comparing(Method::toGenericString));
    for (Method m : methods) {
      sweep(m);
    }
    System.out.println("entry-point sweep: " + entryPoints.size() + " entry points, " + inputs + " hostile inputs, "
        + receivers.size() + " receiver types, " + failures.size() + " failures");
    assertThat(entryPoints.size()).as("entry points tried").isGreaterThan(500);
    failures.stream().limit(40).forEach(f -> System.out.println("  " + f));
    try {
      Files.write(Path.of("target", "entry-point-sweep-failures.txt"), failures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(failures).as("untyped or state-changing rejections").isEmpty();
  }

  // ---- discovery ----

  private static List<Class<?>> publicTypes(Class<?> anchor) {
    try {
      Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names;
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          names = files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
              .map(n -> n.substring(0, n.length() - 6).replace(java.io.File.separatorChar, '.')).collect(Collectors.toList());
        }
      } else {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
          names = jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class"))
              .map(n -> n.substring(0, n.length() - 6).replace('/', '.')).collect(Collectors.toList());
        }
      }
      List<Class<?>> out = new ArrayList<>();
      for (String name : names) {
        if (!name.startsWith("dev.cenkit") || name.endsWith("package-info") || name.endsWith("module-info")
            || INTERNAL.stream().anyMatch(name::startsWith)) {
          continue;
        }
        Class<?> c = Class.forName(name, false, anchor.getClassLoader());
        if (isVisible(c) && !c.isAnnotation() && !c.isSynthetic()) {
          out.add(c);
        }
      }
      out.sort(Comparator.comparing(Class::getName));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isVisible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEntryPoint(Method m) {
    return !JAVA_CONTRACT.contains(m.getName()) && !m.isSynthetic() && !m.isBridge()
        && !m.getName().equals("main") && !m.getName().startsWith("lambda$");
  }

  /** Finds a way to make an instance of each public type that a factory or method returns, a few rounds deep. */
  private void discoverReceivers(List<Class<?>> types) {
    for (int round = 0; round < 4; round++) {
      List<Map.Entry<Class<?>, Supplier<Object>>> found = new ArrayList<>();
      for (Class<?> type : types) {
        for (Method m : type.getDeclaredMethods()) {
          if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && isEntryPoint(m)) {
            consider(null, m, found);
          }
        }
      }
      for (Map.Entry<Class<?>, Supplier<Object>> r : new ArrayList<>(receivers.entrySet())) {
        for (Method m : r.getKey().getMethods()) {
          if (!Modifier.isStatic(m.getModifiers()) && isEntryPoint(m) && m.getDeclaringClass().getName().startsWith("dev.cenkit")
              && !isMutatingCloudCall(r.getKey(), m)) {
            consider(r.getValue(), m, found);
          }
        }
      }
      for (Map.Entry<Class<?>, Supplier<Object>> f : found) {
        receivers.putIfAbsent(f.getKey(), f.getValue());
      }
    }
  }

  private static boolean isMutatingCloudCall(Class<?> receiver, Method m) {
    return CloudProvider.class.isAssignableFrom(receiver) && !m.getName().startsWith("describe") && !m.getName().equals("snapshot")
        && !m.getName().equals("reachability") && !m.getName().equals("quotas");
  }

  private void consider(Supplier<Object> receiver, Method m, List<Map.Entry<Class<?>, Supplier<Object>>> found) {
    Class<?> ret = m.getReturnType();
    if (!ret.getName().startsWith("dev.cenkit") || !isVisible(ret) || receivers.containsKey(ret)
        || found.stream().anyMatch(e -> e.getKey() == ret)) {
      return;
    }
    for (Object[] args : ordinaryArguments(m)) {
      try {
        Object target = receiver == null ? null : receiver.get();
        Object result = m.invoke(target, args);
        if (result != null) {
          found.add(Map.entry(ret, () -> {
            try {
              return m.invoke(receiver == null ? null : receiver.get(), args);
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }));
          return;
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // not with these arguments; try the next set
      }
    }
  }

  // ---- values ----

  private static final List<String> ORDINARY_STRINGS =
      List.of("sample", "10.0.0.0/16", "10.0.0.5", "cn-hangzhou-h", "/path", "http://example.com/api", "acs:ram::123:role/x");

  /** A few sets of ordinary arguments for a method: every String parameter takes the same candidate. */
  private List<Object[]> ordinaryArguments(Method m) {
    List<Object[]> sets = new ArrayList<>();
    for (String s : ORDINARY_STRINGS) {
      Object[] args = new Object[m.getParameterCount()];
      boolean ok = true;
      for (int i = 0; i < args.length && ok; i++) {
        Class<?> p = m.getParameterTypes()[i];
        Object v = p == String.class ? s : ordinary(p);
        if (v == null && (p.isPrimitive() || !receivers.containsKey(p) && !p.isInterface())) {
          ok = m.getParameterTypes()[i].isPrimitive() ? false : ok;
        }
        args[i] = v;
      }
      if (ok) {
        sets.add(args);
      }
      if (Arrays.stream(m.getParameterTypes()).noneMatch(p -> p == String.class)) {
        break;
      }
    }
    return sets;
  }

  /** An ordinary value of a type, or null when none is known. */
  private Object ordinary(Class<?> p) {
    List<Object> values = ordinaryValues(p);
    return values.isEmpty() ? null : values.get(0);
  }

  private List<Object> ordinaryValues(Class<?> p) {
    if (p == int.class || p == Integer.class) {
      return List.of(2, 8080, 100);
    }
    if (p == long.class || p == Long.class) {
      return List.of(2L, 100L);
    }
    if (p == boolean.class || p == Boolean.class) {
      return List.of(false, true);
    }
    if (p == double.class || p == Double.class) {
      return List.of(1.0);
    }
    if (p == String.class) {
      return List.copyOf(ORDINARY_STRINGS);
    }
    if (p.isEnum()) {
      return List.of(p.getEnumConstants());
    }
    if (p == Optional.class) {
      return List.of(Optional.empty());
    }
    if (p == List.class || p == Collection.class || p == Iterable.class) {
      return List.of(List.of());
    }
    if (p == Set.class) {
      return List.of(Set.of());
    }
    if (p == Map.class) {
      return List.of(Map.of());
    }
    if (p.isArray()) {
      return List.of(Array.newInstance(p.getComponentType(), 0));
    }
    if (p == java.util.function.Consumer.class) {
      return List.of((java.util.function.Consumer<Object>) x -> {});
    }
    if (p == dev.cenkit.model.RegionId.class) {
      return List.of(dev.cenkit.model.RegionId.CN_HANGZHOU, dev.cenkit.model.RegionId.CN_BEIJING);
    }
    if (p == dev.cenkit.model.Cidr.class) {
      return List.of(dev.cenkit.model.Cidr.of("10.0.0.0/16"));
    }
    if (p == Ipv4Address.class) {
      return List.of(Ipv4Address.of("10.0.0.5"));
    }
    if (ResourceId.class.isAssignableFrom(p)) {
      return existingIds(p);
    }
    Supplier<Object> maker = receivers.get(p);
    if (maker != null) {
      try {
        return List.of(maker.get());
      } catch (RuntimeException e) {
        return List.of();
      }
    }
    return List.of();
  }

  /** Ids of that type of resources that exist in the cloud. */
  private List<Object> existingIds(Class<?> idType) {
    List<Object> ids = new ArrayList<>();
    dev.cenkit.spi.CloudSnapshot s = cloud.snapshot();
    Stream.of(s.vpc().vpcs().keySet(), s.vpc().vSwitches().keySet(), s.vpc().routeEntries().keySet(), s.cen().cens().keySet(),
            s.expressConnect().vbrs().keySet(), s.expressConnect().dataCenters().keySet(), s.expressConnect().physicalConnections().keySet(),
            s.expressConnect().routerInterfaces().keySet(), s.cen().bandwidthPlans().keySet(), s.apiGateway().vpcAccesses().keySet(),
            s.functionCompute().functions().keySet(),
            s.apiGateway().instances().keySet(), s.apiGateway().groups().keySet(), s.apiGateway().apis().keySet())
        .flatMap(Collection::stream).filter(idType::isInstance).findFirst().ifPresent(ids::add);
    return ids;
  }

  /** The hostile values of a parameter type: null, empty, huge, malformed, at and past limits, other kinds. */
  private List<Object> hostile(Class<?> p) {
    List<Object> values = new ArrayList<>();
    if (!p.isPrimitive()) {
      values.add(null);
    }
    if (p == String.class || p == Object.class || p == CharSequence.class) {
      values.addAll(List.of("", " ", "\t\n", "x".repeat(70_000), "名字-🙂", "ctl\u0000\u0007\u001b", "10-11.0.0.0/8", "10.*.0.0/16",
          "*.*.*.*/0", "10.0.0.0/255.0.0.0", "10.0.0.*", "10.0.0.1-5", "010.0.0.0/8", " 10.0.0.0/8", "10.0.0.0/33", "::1",
          "vbr-bp1jcg5cmxjbl9xgc", "cen-7qthudw0ll6jmc2wv", deletedVpcId, "http://x", "-1", "99999999999999999999"));
    } else if (p == int.class || p == Integer.class) {
      values.addAll(List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 65535, 65536, 2999, 3000, 10000, 10001));
    } else if (p == long.class || p == Long.class) {
      values.addAll(List.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE / 1000 + 1, 1L << 32));
    } else if (p == boolean.class || p == Boolean.class) {
      values.addAll(List.of(true, false));
    } else if (p == double.class || p == Double.class) {
      values.addAll(List.of(Double.NaN, -1.0, Double.POSITIVE_INFINITY));
    } else if (p.isEnum()) {
      values.addAll(List.of(p.getEnumConstants()));
    } else if (p == Optional.class) {
      values.add(Optional.empty());
    } else if (p == List.class || p == Collection.class || p == Iterable.class) {
      values.addAll(List.of(List.of(), Collections.singletonList(null)));
    } else if (p == Set.class) {
      values.addAll(List.of(Set.of(), Collections.singleton(null)));
    } else if (p.isArray()) {
      Object withNull = Array.newInstance(p.getComponentType(), 1);
      values.add(Array.newInstance(p.getComponentType(), 0));
      if (!p.getComponentType().isPrimitive()) {
        values.add(withNull);
      }
    } else if (p == java.util.function.Consumer.class) {
      values.add((java.util.function.Consumer<Object>) x -> {});
    } else if (p == java.util.function.Function.class) {
      values.add((java.util.function.Function<Object, Object>) x -> null);
      values.add((java.util.function.Function<Object, Object>) x -> {
        throw new IllegalStateException("a step's own failure");
      });
    } else if (p == dev.cenkit.spi.operation.Operation.class) {
      values.add(new BareOperation(null));
      values.add(new BareOperation("NoSuchAction"));
    } else if (ResourceId.class.isAssignableFrom(p)) {
      values.addAll(existingIds(p));
      values.addAll(otherIds(p));
    } else {
      values.addAll(ordinaryValues(p));
    }
    if (p.isInterface() && !p.isSealed() && p.getName().startsWith("dev.cenkit") && isFunctional(p)
        && !dev.cenkit.spi.operation.Operation.class.isAssignableFrom(p)) {
      values.add(nullReturning(p));
    }
    return values;
  }

  /** Well-formed ids of the type that name nothing: a fresh example and (for VPCs) a deleted one. */
  private List<Object> otherIds(Class<?> idType) {
    List<Object> out = new ArrayList<>();
    for (String candidate : List.of(deletedVpcId, "vpc-doesnotexist0", "vsw-doesnotexist0", "cen-doesnotexist0", "vbr-doesnotexist0",
        "0123456789abcdef0123456789abcdef", "apigateway-hz-000000000000", "idc-doesnotexist0", "pc-doesnotexist0",
        "cenbwp-doesnotexist0", "ri-doesnotexist0", "vtb-doesnotexist0", "rte-doesnotexist0")) {
      try {
        out.add(idType.getMethod("of", String.class).invoke(null, candidate));
        if (out.size() >= 2) {
          break;
        }
      } catch (InvocationTargetException e) {
        // not of this kind
      } catch (ReflectiveOperationException e) {
        break;
      }
    }
    return out;
  }

  private static boolean isFunctional(Class<?> p) {
    return Arrays.stream(p.getMethods()).filter(m -> Modifier.isAbstract(m.getModifiers())).count() == 1;
  }

  /** An implementation of a one-method cenkit interface (such as {@code SpecSource}) whose method returns null. */
  private static Object nullReturning(Class<?> p) {
    return java.lang.reflect.Proxy.newProxyInstance(p.getClassLoader(), new Class<?>[] {p}, (proxy, method, args) -> {
      switch (method.getName()) {
        case "toString":
          return "a " + p.getSimpleName() + " returning null";
        case "hashCode":
          return System.identityHashCode(proxy);
        case "equals":
          return proxy == args[0];
        default:
          return null;
      }
    });
  }

  /** An operation of no real action. */
  private record BareOperation(String action) implements dev.cenkit.spi.operation.Operation<Object> {
    @Override
    public String summary() {
      return "hostile";
    }
  }

  // ---- the sweep ----

  private void sweep(Method m) {
    boolean isStatic = Modifier.isStatic(m.getModifiers());
    Supplier<Object> receiver = isStatic ? null : receiverFor(m);
    if (!isStatic && receiver == null) {
      return;
    }
    String name = m.getDeclaringClass().getSimpleName() + "." + m.getName() + Arrays.stream(m.getParameterTypes())
        .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    if (m.getParameterCount() == 0) {
      entryPoints.add(name);
      inputs++;
      call(name, m, receiver, new Object[0], -1, false);
      return;
    }
    List<Object[]> ordinarySets = ordinaryArguments(m);
    Object[] base = ordinarySets.isEmpty() ? new Object[m.getParameterCount()] : ordinarySets.get(0);
    boolean baseAccepted = !ordinarySets.isEmpty() && !CloudProvider.class.isAssignableFrom(m.getDeclaringClass())
        && !InMemoryCloud.class.equals(m.getDeclaringClass()) && accepts(m, receiver, base);
    for (int i = 0; i < m.getParameterCount(); i++) {
      Class<?> p = m.getParameterTypes()[i];
      List<Object> hostileValues = m.getGenericParameterTypes()[i] instanceof java.lang.reflect.TypeVariable
          ? Collections.singletonList(null) // an erased type parameter: other values would be heap pollution, not input
          : hostile(p);
      for (Object h : hostileValues) {
        Object[] args = base.clone();
        args[i] = h;
        if (Arrays.stream(args).anyMatch(a -> a == null) && Arrays.stream(m.getParameterTypes()).anyMatch(Class::isPrimitive)
            && nullPrimitive(m, args)) {
          continue;
        }
        entryPoints.add(name);
        inputs++;
        call(name, m, receiver, args, i, baseAccepted);
      }
    }
  }

  private static boolean nullPrimitive(Method m, Object[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null && m.getParameterTypes()[i].isPrimitive()) {
        return true;
      }
    }
    return false;
  }

  private Supplier<Object> receiverFor(Method m) {
    for (Map.Entry<Class<?>, Supplier<Object>> r : receivers.entrySet()) {
      if (m.getDeclaringClass().isAssignableFrom(r.getKey())) {
        return r.getValue();
      }
    }
    return null;
  }

  private static boolean accepts(Method m, Supplier<Object> receiver, Object[] args) {
    try {
      m.invoke(receiver == null ? null : receiver.get(), args);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private void call(String name, Method m, Supplier<Object> receiver, Object[] args, int hostileIndex, boolean checkNaming) {
    Object target;
    try {
      target = receiver == null ? null : receiver.get();
    } catch (RuntimeException e) {
      return;
    }
    Object before = cloud.snapshot();
    try {
      m.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      String input = hostileIndex < 0 ? "no arguments" : "argument " + (hostileIndex + 1) + " = " + show(args[hostileIndex]);
      if (!(t instanceof CenkitException)) {
        failures.add(name + " with " + input + " threw " + t);
      } else if (t.getMessage() == null || t.getMessage().isBlank()) {
        failures.add(name + " with " + input + " threw a CenkitException without a message");
      } else if (cloud.snapshot() != before) {
        failures.add(name + " with " + input + " was rejected but changed the snapshot: " + t.getMessage());
      } else if (checkNaming && args[hostileIndex] == null && !namesWhatIsMissing(t.getMessage())) {
        failures.add(name + " with " + input + " was rejected without naming the parameter: " + t.getMessage());
      }
    } catch (IllegalAccessException | IllegalArgumentException e) {
      // the sweep could not make the call (a package-private implementation); not an entry point
    }
  }

  private static boolean namesWhatIsMissing(String message) {
    return message.contains("required") || message.contains("null") || message.contains("missing") || message.contains("Missing")
        || message.contains("not set") || message.contains("empty");
  }

  private static String show(Object value) {
    if (value == null) {
      return "null";
    }
    String s = value instanceof Object[] ? Arrays.toString((Object[]) value) : String.valueOf(value);
    return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + " chars)" : s;
  }
}
