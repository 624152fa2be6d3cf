package dev.cenkit.inmemory.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cenkit.error.CenkitException;
import dev.cenkit.model.Bandwidth;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes cenkit's value types (the Immutables requests and resources, ids, regions, blocks, addresses,
 * bandwidths, enums, optionals, lists and maps) as JSON trees and reads them back through their own builders
 * and factories, so every value read is checked by the same {@code of(...)} factories and {@code @Value.Check}
 * methods as one built in code. Attributes are written in a fixed order (their names, sorted), absent optionals
 * are left out, and a value whose runtime type is a subtype of the declared one names it in {@code "type"}.
 */
final class ValueCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<Class<?>, List<Attribute>> ATTRIBUTES = new ConcurrentHashMap<>();
  /** Id interfaces and the id classes that implement them, told apart by their prefixes. */
  private static final Map<Class<?>, List<Class<?>>> ID_UNIONS = Map.of(
      dev.cenkit.model.NetworkInstanceId.class,
      List.of(dev.cenkit.model.vpc.VpcId.class, dev.cenkit.model.expressconnect.VbrId.class, dev.cenkit.model.cen.CcnId.class));

  private static final dev.cenkit.model.AccountId DEFAULT_OWNER = dev.cenkit.model.AccountId.DEFAULT;

  private ValueCodec() {}

  /** One attribute of a value type: its name and the accessor that reads it (with its generic type). */
  private record Attribute(String name, Method accessor) {}

  // ---- writing ----

  /** The JSON of {@code value}, whose declared type is {@code declared}. */
  static JsonNode write(Object value, Type declared) {
    Class<?> raw = raw(declared);
    if (value instanceof Optional) {
      throw new IllegalStateException("optional values are written by their owner");
    }
    if (value instanceof String) {
      return NODES.textNode((String) value);
    }
    if (value instanceof Boolean) {
      return NODES.booleanNode((Boolean) value);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Enum) {
      return NODES.textNode(((Enum<?>) value).name());
    }
    if (value instanceof Bandwidth) {
      return NODES.numberNode(((Bandwidth) value).kbps());
    }
    if (value instanceof Collection) {
      ArrayNode array = NODES.arrayNode();
      Type element = typeArgument(declared, 0);
      for (Object e : (Collection<?>) value) {
        array.add(write(e, element));
      }
      return array;
    }
    if (value instanceof Map) {
      ObjectNode object = NODES.objectNode();
      Type element = typeArgument(declared, 1);
      for (Map.Entry<?, ?> e : new TreeMap<>((Map<?, ?>) value).entrySet()) {
        object.set(String.valueOf(e.getKey()), write(e.getValue(), element));
      }
      return object;
    }
    Class<?> valueType = valueInterface(value.getClass());
    if (valueType != null) {
      ObjectNode object = NODES.objectNode();
      if (valueType != raw) {
        object.put("type", valueType.getSimpleName());
      }
      for (Attribute a : attributes(valueType)) {
        Object v = invoke(a.accessor(), value);
        Type t = a.accessor().getGenericReturnType();
        if (a.name().equals("ownerId") && DEFAULT_OWNER.equals(v)) {
          // a resource's owner (CEN, VPC, VBR) is written only when it is not the default account, so files written
          // before accounts existed read back unchanged; an owner parameter (CenOwnerId, ChildInstanceOwnerId…) is
          // always written
          continue;
        }
        if (v instanceof Optional) {
          if (((Optional<?>) v).isEmpty()) {
            continue;
          }
          v = ((Optional<?>) v).get();
          t = typeArgument(t, 0);
        }
        object.set(a.name(), write(v, t));
      }
      return object;
    }
    if (factory(value.getClass()) != null) {
      return NODES.textNode(value.toString());
    }
    Method pairOf = pairFactory(value.getClass());
    if (pairOf != null) {
      ArrayNode pair = NODES.arrayNode();
      Class<?> part = pairOf.getParameterTypes()[0];
      pair.add(write(invoke(accessor(value.getClass(), "first"), value), part));
      pair.add(write(invoke(accessor(value.getClass(), "second"), value), part));
      return pair;
    }
    throw new IllegalStateException("cenkit cannot write a " + value.getClass().getName() + " to a snapshot file");
  }

  // ---- reading ----

  /**
   * Reads a value of type {@code declared} from {@code node}.
   *
   * @throws CenkitException {@code cenkit.SnapshotFile.Invalid} naming {@code path} when the node has the wrong
   *     shape, or the value's own error (with the path) when its factory or checks refuse it
   */
  static Object read(JsonNode node, Type declared, String path) {
    Class<?> raw = raw(declared);
    if (node == null || node.isNull()) {
      throw SnapshotFiles.invalid(path, "a value of type " + raw.getSimpleName() + " is required");
    }
    if (raw == String.class) {
      return text(node, path);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (!node.isBoolean()) {
        throw SnapshotFiles.invalid(path, "expected true or false, got " + describe(node));
      }
      return node.booleanValue();
    }
    if (raw == int.class || raw == Integer.class) {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw SnapshotFiles.invalid(path, "expected a whole number in the int range, got " + describe(node));
      }
      return node.intValue();
    }
    if (raw == long.class || raw == Long.class) {
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        throw SnapshotFiles.invalid(path, "expected a whole number, got " + describe(node));
      }
      return node.longValue();
    }
    if (raw.isEnum()) {
      String name = text(node, path);
      for (Object c : raw.getEnumConstants()) {
        if (((Enum<?>) c).name().equals(name)) {
          return c;
        }
      }
      throw SnapshotFiles.invalid(path, "'" + name + "' is not a " + raw.getSimpleName());
    }
    if (raw == Bandwidth.class) {
      return guarded(path, () -> Bandwidth.ofKbps(((Number) read(node, long.class, path)).longValue()));
    }
    if (raw == List.class || raw == Set.class || raw == Collection.class) {
      if (!node.isArray()) {
        throw SnapshotFiles.invalid(path, "expected an array, got " + describe(node));
      }
      List<Object> out = new ArrayList<>();
      Type element = typeArgument(declared, 0);
      for (int i = 0; i < node.size(); i++) {
        out.add(read(node.get(i), element, path + "[" + i + "]"));
      }
      return raw == Set.class ? new java.util.LinkedHashSet<>(out) : out;
    }
    if (raw == Map.class) {
      if (!node.isObject()) {
        throw SnapshotFiles.invalid(path, "expected an object, got " + describe(node));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      Type element = typeArgument(declared, 1);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.put(e.getKey(), read(e.getValue(), element, path + "." + e.getKey()));
      }
      return out;
    }
    List<Class<?>> union = ID_UNIONS.get(raw);
    if (union != null) {
      String text = text(node, path);
      for (Class<?> candidate : union) {
        Method candidateOf = factory(candidate);
        if (kindOf(candidate).matches(text)) {
          return guarded(path, () -> invoke(candidateOf, null, text));
        }
      }
      throw SnapshotFiles.invalid(path, "'" + text + "' is not the id of a " + raw.getSimpleName() + " kind");
    }
    Method of = factory(raw);
    if (of != null && !isValueInterface(raw)) {
      String text = text(node, path);
      return guarded(path, () -> invoke(of, null, text));
    }
    if (raw.isInterface()) {
      return readValue(node, raw, path);
    }
    Method pairOf = pairFactory(raw);
    if (pairOf != null) {
      if (!node.isArray() || node.size() != 2) {
        throw SnapshotFiles.invalid(path, "expected a pair [first, second], got " + describe(node));
      }
      Class<?> part = pairOf.getParameterTypes()[0];
      Object first = read(node.get(0), part, path + "[0]");
      Object second = read(node.get(1), part, path + "[1]");
      return guarded(path, () -> invoke(pairOf, null, first, second));
    }
    throw SnapshotFiles.invalid(path, "cenkit cannot read a " + raw.getName());
  }

  private static Object readValue(JsonNode node, Class<?> declared, String path) {
    if (!node.isObject()) {
      throw SnapshotFiles.invalid(path, "expected an object, got " + describe(node));
    }
    Class<?> type = declared;
    JsonNode typeName = node.get("type");
    if (typeName != null && !attributeNames(declared).contains("type")) {
      type = subtype(declared, text(typeName, path + ".type"), path + ".type");
    }
    List<Attribute> attributes = attributes(type);
    Set<String> known = attributeNames(type);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!known.contains(n) && !(n.equals("type") && type != declared)) {
        throw SnapshotFiles.invalid(path + "." + n, "a " + type.getSimpleName() + " has no attribute '" + n + "'");
      }
    }
    Method builderFactory;
    try {
      builderFactory = type.getDeclaredMethod("builder");
    } catch (NoSuchMethodException e) {
      throw SnapshotFiles.invalid(path, "a " + type.getSimpleName() + " cannot be read from a file");
    }
    Object builder = invoke(builderFactory, null);
    for (Attribute a : attributes) {
      JsonNode child = node.get(a.name());
      if (child == null) {
        continue;
      }
      Type t = a.accessor().getGenericReturnType();
      boolean optional = raw(t) == Optional.class;
      Object v = read(child, optional ? typeArgument(t, 0) : t, path + "." + a.name());
      Method setter = setter(builder.getClass(), a.name(), optional ? Optional.class : raw(t));
      Object arg = optional ? Optional.of(v) : v;
      guarded(path + "." + a.name(), () -> invoke(setter, builder, arg));
    }
    Method build;
    try {
      build = builder.getClass().getMethod("build");
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    return guarded(path, () -> invoke(build, builder));
  }

  private static Class<?> subtype(Class<?> declared, String name, String path) {
    if (declared.isSealed()) {
      for (Class<?> p : declared.getPermittedSubclasses()) {
        if (p.getSimpleName().equals(name)) {
          return p;
        }
      }
    }
    throw SnapshotFiles.invalid(path, "'" + name + "' is not a kind of " + declared.getSimpleName());
  }

  private static Method setter(Class<?> builder, String name, Class<?> parameter) {
    for (Method m : builder.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        Class<?> p = m.getParameterTypes()[0];
        boolean fits = Collection.class.isAssignableFrom(parameter) || parameter == Map.class
            ? p == Iterable.class || p == Map.class
            : p.isAssignableFrom(box(parameter)) || p == parameter;
        if (fits) {
          return m;
        }
      }
    }
    throw new IllegalStateException("no setter " + name + "(" + parameter.getSimpleName() + ") on " + builder.getName());
  }

  // ---- reflection on the value types ----

  /** The attributes of an Immutables value type: the fields of its generated class, by name. */
  private static List<Attribute> attributes(Class<?> valueType) {
    return ATTRIBUTES.computeIfAbsent(valueType, t -> {
      Class<?> generated = generatedClass(t);
      List<Attribute> out = new ArrayList<>();
      for (Field f : generated.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (Modifier.isStatic(mod) || Modifier.isTransient(mod)) {
          continue;
        }
        try {
          out.add(new Attribute(f.getName(), t.getMethod(f.getName())));
        } catch (NoSuchMethodException e) {
          // a field of the generated class that is no attribute
        }
      }
      out.sort(java.util.Comparator.comparing(Attribute::name));
      return List.copyOf(out);
    });
  }

  private static Set<String> attributeNames(Class<?> valueType) {
    Set<String> names = new java.util.HashSet<>();
    if (isValueInterface(valueType)) {
      attributes(valueType).forEach(a -> names.add(a.name()));
    }
    return names;
  }

  private static Class<?> generatedClass(Class<?> valueType) {
    String name = valueType.getPackageName() + ".Immutable" + valueType.getSimpleName();
    try {
      return Class.forName(name, false, valueType.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(valueType + " is not an Immutables value type");
    }
  }

  private static boolean isValueInterface(Class<?> type) {
    if (!type.isInterface() || !type.getName().startsWith("dev.cenkit")) {
      return false;
    }
    try {
      Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false, type.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The value interface an Immutables class implements, or null. */
  private static Class<?> valueInterface(Class<?> runtime) {
    if (!runtime.getSimpleName().startsWith("Immutable")) {
      return null;
    }
    for (Class<?> i : runtime.getInterfaces()) {
      if (isValueInterface(i) && runtime.getSimpleName().equals("Immutable" + i.getSimpleName())) {
        return i;
      }
    }
    Class<?> superclass = runtime.getSuperclass();
    return superclass != null && isValueInterface(superclass) ? superclass : null;
  }

  private static dev.cenkit.model.IdKind kindOf(Class<?> idClass) {
    try {
      return (dev.cenkit.model.IdKind) idClass.getField("KIND").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(idClass + " has no KIND", e);
    }
  }

  /** For a pair such as {@code RegionPair}: its static {@code of(T, T)} when it has {@code first()} and {@code second()}. */
  private static Method pairFactory(Class<?> type) {
    try {
      Class<?> part = type.getMethod("first").getReturnType();
      if (type.getMethod("second").getReturnType() != part) {
        return null;
      }
      Method of = type.getMethod("of", part, part);
      return Modifier.isStatic(of.getModifiers()) && of.getReturnType() == type ? of : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A public static {@code of(String)} factory, or null. */
  private static Method factory(Class<?> type) {
    try {
      Method m = type.getMethod("of", String.class);
      return Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    if (type instanceof java.lang.reflect.WildcardType) {
      return raw(((java.lang.reflect.WildcardType) type).getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType) {
      Type arg = ((ParameterizedType) type).getActualTypeArguments()[index];
      return arg instanceof java.lang.reflect.WildcardType ? ((java.lang.reflect.WildcardType) arg).getUpperBounds()[0] : arg;
    }
    return Object.class;
  }

  private static Class<?> box(Class<?> c) {
    if (c == int.class) {
      return Integer.class;
    }
    if (c == long.class) {
      return Long.class;
    }
    if (c == boolean.class) {
      return Boolean.class;
    }
    return c;
  }

  private static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw SnapshotFiles.invalid(path, "expected a string, got " + describe(node));
    }
    return node.textValue();
  }

  static String describe(JsonNode node) {
    String kind = node.isObject() ? "an object" : node.isArray() ? "an array" : node.isTextual() ? "a string"
        : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "null";
    String text = node.isContainerNode() ? "" : " " + node.toString();
    return kind + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
  }

  private static Object invoke(Method m, Object target, Object... args) {
    try {
      if (!m.canAccess(target)) {
        m.setAccessible(true); // a public method inherited from the package-private generated builder
      }
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object guarded(String path, java.util.function.Supplier<Object> read) {
    try {
      return read.get();
    } catch (CenkitException e) {
      throw SnapshotFiles.refused(path, e);
    }
  }
}
