package dev.cenkit.inmemory.files;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.inmemory.state.OperationHistory;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.Checks;
import dev.cenkit.spi.CloudSnapshot;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.operation.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Snapshots as JSON files: {@link #toJson(CloudSnapshot)} and {@link #export(CloudSnapshot, Path)} write one,
 * {@link #importJson(String)} and {@link #importFile(Path)} read one into a new {@link InMemoryCloud}.
 *
 * <p>The format ({@code docs/snapshot-format.md}, {@value #FORMAT} version {@value #VERSION}) holds the id seed,
 * every accepted operation grouped by the commit that accepted it, and the resulting resources; only a cloud that
 * records its history (the default; not one built with {@code recordHistory(false)}) has them, and a cloud read from a file
 * records its history too. Import never
 * writes state directly: it replays the operations through the cloud's own API, commit by commit, so a file
 * cannot create a state the API would refuse; then it checks that the replay gives exactly the file's
 * resources, version and id sequence. Ids survive (the same seed and the same operations give the same ids) and
 * the id source of the imported cloud continues after them. Writing is deterministic: export, import, export
 * gives the same bytes.
 *
 * <p>A file that cannot be read is refused with {@code cenkit.SnapshotFile.Invalid} (or
 * {@code cenkit.SnapshotFile.UnsupportedVersion}) naming the first problem by its JSON path, e.g.
 * {@code $.commits[3].operations[0].request.cidrBlock}; nothing is returned, so no cloud is left half-built.
 */
public final class SnapshotFiles {
  /** The value of the file's {@code format} field. */
  public static final String FORMAT = "cenkit-snapshot";
  /** The format version this cenkit writes and the newest it reads. */
  public static final int VERSION = 1;
  /** The largest file read, in characters (64 MiB). */
  public static final int MAX_CHARS = 64 * 1024 * 1024;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Sections added after the first files were written: left out when empty, and absent means empty. */
  private static final java.util.Set<String> OPTIONAL_SECTIONS = java.util.Set.of("cenGrants", "transitRouterGrants");
  /** An empty cloud, asked which request types it accepts for an action. */
  private static final InMemoryCloud CATALOG = InMemoryCloud.create();

  /** The resource sections of a file, in the order they are written, with how to list them from a snapshot. */
  private static final Map<String, Function<CloudSnapshot, Collection<?>>> RESOURCES = resources();

  private SnapshotFiles() {}

  private static Map<String, Function<CloudSnapshot, Collection<?>>> resources() {
    Map<String, Function<CloudSnapshot, Collection<?>>> r = new LinkedHashMap<>();
    r.put("vpcs", s -> s.vpc().vpcs().values());
    r.put("vSwitches", s -> s.vpc().vSwitches().values());
    r.put("routeEntries", s -> s.vpc().routeEntries().values());
    r.put("cens", s -> s.cen().cens().values());
    r.put("attachments", s -> s.cen().attachments().values());
    r.put("bandwidthPlans", s -> s.cen().bandwidthPlans().values());
    r.put("bandwidthLimits", s -> s.cen().bandwidthLimits().values());
    r.put("dataCenters", s -> s.expressConnect().dataCenters().values());
    r.put("physicalConnections", s -> s.expressConnect().physicalConnections().values());
    r.put("vbrs", s -> s.expressConnect().vbrs().values());
    r.put("routerInterfaces", s -> s.expressConnect().routerInterfaces().values());
    r.put("cloudServiceRoutes", s -> s.expressConnect().cloudServiceRoutes().values());
    r.put("apiGatewayInstances", s -> s.apiGateway().instances().values());
    r.put("apiGroups", s -> s.apiGateway().groups().values());
    r.put("apis", s -> s.apiGateway().apis().values());
    r.put("vpcAccesses", s -> s.apiGateway().vpcAccesses().values());
    r.put("functions", s -> s.functionCompute().functions().values());
    r.put("transitRouters", s -> s.transitRouter().transitRouters().values());
    r.put("transitRouterRouteTables", s -> s.transitRouter().routeTables().values());
    r.put("transitRouterAttachments", s -> s.transitRouter().attachments().values());
    r.put("transitRouterStaticRoutes", s -> s.transitRouter().staticEntries().values());
    r.put("ecsInstances", s -> s.ecs().instances().values());
    r.put("securityGroups", s -> s.ecs().securityGroups().values());
    r.put("cenGrants", s -> s.grants().cenGrants().values());
    r.put("transitRouterGrants", s -> s.grants().transitRouterGrants().values());
    return r;
  }

  // ---- export ----

  /**
   * The JSON of a snapshot of an {@link InMemoryCloud}, pretty-printed with {@code \n} line ends.
   *
   * @throws dev.cenkit.error.NotModeledException {@code cenkit.NotModeled} for a snapshot of another provider,
   *     whose history is unknown
   * @throws dev.cenkit.error.IncorrectStatusException {@code cenkit.SnapshotFile.NoHistory} for a snapshot of a
   *     cloud built with {@code InMemoryCloud.builder().recordHistory(false)}
   */
  public static String toJson(@Nullable CloudSnapshot snapshot) {
    Checks.required(snapshot, "snapshot");
    if (!(snapshot instanceof Snapshot)) {
      throw ErrorCode.NOT_MODELED.exception(
          null, "only snapshots of an InMemoryCloud can be written to a file, not a " + snapshot.getClass().getName());
    }
    Snapshot s = (Snapshot) snapshot;
    if (!s.history().recorded()) {
      throw ErrorCode.SNAPSHOT_FILE_NO_HISTORY.exception(
          null, "snapshot version " + s.version() + " belongs to a cloud that does not record its history, and a file is "
              + "written from the history (import replays it through the API); build the cloud with "
              + "InMemoryCloud.builder().recordHistory(true), the default");
    }
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("seed", s.history().seed());
    root.put("snapshotVersion", s.version());
    root.put("idSequence", s.idSequence());
    ArrayNode commits = root.putArray("commits");
    ObjectNode commit = null;
    for (OperationHistory.Entry e : s.history().entries()) {
      if (commit == null || commit.get("version").longValue() != e.commitVersion()) {
        commit = commits.addObject();
        commit.put("version", e.commitVersion());
        if (!e.account().equals(AccountId.DEFAULT)) {
          // one commit is one execute or apply, by one account; the default account is not written
          commit.put("account", e.account().value());
        }
        commit.putArray("operations");
      }
      ObjectNode op = ((ArrayNode) commit.get("operations")).addObject();
      op.put("action", e.operation().action());
      boolean several = CATALOG.requestTypes(e.operation().action()).size() > 1;
      op.set("request", ValueCodec.write(e.operation(), several ? Operation.class : requestType(e.operation())));
    }
    root.set("resources", resourcesOf(s));
    return write(root);
  }

  /** Writes {@link #toJson(CloudSnapshot)} to {@code file} in UTF-8, replacing it. */
  public static void export(@Nullable CloudSnapshot snapshot, @Nullable Path file) {
    Checks.required(file, "file");
    String json = toJson(snapshot);
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the snapshot file " + file, e);
    }
  }

  private static ObjectNode resourcesOf(CloudSnapshot s) {
    ObjectNode resources = NODES.objectNode();
    for (Map.Entry<String, Function<CloudSnapshot, Collection<?>>> section : RESOURCES.entrySet()) {
      Collection<?> values = section.getValue().apply(s);
      if (values.isEmpty() && OPTIONAL_SECTIONS.contains(section.getKey())) {
        continue;
      }
      ArrayNode array = resources.putArray(section.getKey());
      for (Object resource : values) {
        array.add(ValueCodec.write(resource, Object.class));
      }
    }
    return resources;
  }

  private static Type requestType(Operation<?> operation) {
    for (Class<?> i : operation.getClass().getInterfaces()) {
      if (Operation.class.isAssignableFrom(i)) {
        return i;
      }
    }
    Class<?> superclass = operation.getClass().getSuperclass();
    return superclass != null && Operation.class.isAssignableFrom(superclass) ? superclass : operation.getClass();
  }

  private static String write(JsonNode root) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- import ----

  /** Reads a snapshot file into a new cloud with the default quotas; see {@link #importJson(String, Quotas)}. */
  public static InMemoryCloud importJson(@Nullable String json) {
    return importJson(json, Quotas.defaults());
  }

  /**
   * Reads a snapshot file into a new cloud that enforces {@code quotas}, by replaying its operations through
   * the cloud's API.
   *
   * @throws CenkitException {@code cenkit.SnapshotFile.Invalid} or {@code cenkit.SnapshotFile.UnsupportedVersion}
   *     naming the first problem by its JSON path; an operation the API refuses is reported at its path with the
   *     API's error as the cause
   */
  public static InMemoryCloud importJson(@Nullable String json, @Nullable Quotas quotas) {
    Checks.required(json, "snapshot file content");
    Checks.required(quotas, "quotas");
    if (json.length() > MAX_CHARS) {
      throw invalid("$", "the file has " + json.length() + " characters; at most " + MAX_CHARS + " are read");
    }
    JsonNode root = parse(json);
    if (!root.isObject()) {
      throw invalid("$", "a snapshot file is a JSON object, got " + ValueCodec.describe(root));
    }
    JsonNode format = root.get("format");
    if (format == null || !format.isTextual() || !format.textValue().equals(FORMAT)) {
      throw invalid("$.format", "expected \"" + FORMAT + "\", got " + (format == null ? "nothing" : ValueCodec.describe(format)));
    }
    long version = number(root, "version", "$");
    if (version != VERSION) {
      throw ErrorCode.SNAPSHOT_FILE_UNSUPPORTED_VERSION.exception(
          null, "$.version: the file has format version " + version + (version > VERSION ? ", newer than" : ", unknown to")
              + " this cenkit, which reads version " + VERSION, String.valueOf(version));
    }
    known(root, "$", "format", "version", "seed", "snapshotVersion", "idSequence", "commits", "resources");
    long seed = number(root, "seed", "$");
    long snapshotVersion = number(root, "snapshotVersion", "$");
    long idSequence = number(root, "idSequence", "$");
    List<AccountId> accounts = new ArrayList<>();
    List<List<Operation<?>>> commits = commits(root.get("commits"), accounts);
    JsonNode resources = root.get("resources");
    if (resources == null || !resources.isObject()) {
      throw invalid("$.resources", "an object of resource sections is required");
    }
    checkResourceSections(resources);

    // The imported cloud records its history, so that it can be written to a file again (byte for byte).
    InMemoryCloud cloud = InMemoryCloud.builder().seed(seed).quotas(quotas).recordHistory(true).build();
    for (int c = 0; c < commits.size(); c++) {
      replay(accounts.get(c).equals(AccountId.DEFAULT) ? cloud : cloud.asAccount(accounts.get(c)), commits.get(c), c);
    }
    Snapshot replayed = Internals.state(cloud);
    if (replayed.version() != snapshotVersion) {
      throw invalid("$.snapshotVersion", "the file says " + snapshotVersion + " but its commits give " + replayed.version());
    }
    if (replayed.idSequence() != idSequence) {
      throw invalid("$.idSequence", "the file says " + idSequence + " but its operations give " + replayed.idSequence());
    }
    String difference = firstDifference(resources, resourcesOf(replayed), "$.resources");
    if (difference != null) {
      throw invalid(difference.substring(0, difference.indexOf(' ')),
          difference.substring(difference.indexOf(' ') + 1) + " (the resources must be what the file's operations create)");
    }
    return cloud;
  }

  /** Reads a snapshot file (UTF-8) into a new cloud with the default quotas. */
  public static InMemoryCloud importFile(@Nullable Path file) {
    return importFile(file, Quotas.defaults());
  }

  /** Reads a snapshot file (UTF-8) into a new cloud that enforces {@code quotas}. */
  public static InMemoryCloud importFile(@Nullable Path file, @Nullable Quotas quotas) {
    Checks.required(file, "file");
    try {
      if (Files.size(file) > MAX_CHARS * 4L) {
        throw invalid("$", "the file has " + Files.size(file) + " bytes; at most " + MAX_CHARS + " characters are read");
      }
      return importJson(Files.readString(file, StandardCharsets.UTF_8), quotas);
    } catch (java.nio.charset.MalformedInputException e) {
      throw invalid("$", "the file is not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the snapshot file " + file, e);
    }
  }

  private static JsonNode parse(String json) {
    try (JsonParser parser = MAPPER.createParser(json)) {
      JsonNode root;
      try {
        root = MAPPER.readTree(parser);
      } catch (JsonProcessingException e) {
        throw invalid(path(parser.getParsingContext()), "not valid JSON (" + e.getOriginalMessage() + ", at line "
            + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
      }
      if (root == null || root.isMissingNode()) {
        throw invalid("$", "the file is empty");
      }
      if (parser.nextToken() != null) {
        throw invalid("$", "there is more after the snapshot object, at line " + parser.currentLocation().getLineNr());
      }
      return root;
    } catch (JsonProcessingException e) {
      throw invalid("$", "not valid JSON after the snapshot object (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON path of a parser position, e.g. {@code $.commits[2].operations}. */
  private static String path(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject()) {
        parts.add(0, c.getCurrentName() == null ? "" : "." + c.getCurrentName());
      }
    }
    return "$" + String.join("", parts);
  }

  private static List<List<Operation<?>>> commits(@Nullable JsonNode node, List<AccountId> accounts) {
    if (node == null || !node.isArray()) {
      throw invalid("$.commits", "an array of commits is required");
    }
    List<List<Operation<?>>> commits = new ArrayList<>();
    for (int c = 0; c < node.size(); c++) {
      String at = "$.commits[" + c + "]";
      JsonNode commit = node.get(c);
      if (!commit.isObject()) {
        throw invalid(at, "a commit is an object, got " + ValueCodec.describe(commit));
      }
      known(commit, at, "version", "account", "operations");
      JsonNode account = commit.get("account");
      if (account == null) {
        accounts.add(AccountId.DEFAULT);
      } else if (!account.isTextual()) {
        throw invalid(at + ".account", "the account is a UID string, got " + ValueCodec.describe(account));
      } else {
        try {
          accounts.add(AccountId.of(account.textValue()));
        } catch (CenkitException e) {
          throw refused(at + ".account", e);
        }
      }
      long version = number(commit, "version", at);
      if (version != c + 1) {
        throw invalid(at + ".version", "commit " + (c + 1) + " must have version " + (c + 1) + ", got " + version);
      }
      JsonNode ops = commit.get("operations");
      if (ops == null || !ops.isArray() || ops.isEmpty()) {
        throw invalid(at + ".operations", "a commit has at least one operation");
      }
      List<Operation<?>> operations = new ArrayList<>();
      for (int o = 0; o < ops.size(); o++) {
        operations.add(operation(ops.get(o), at + ".operations[" + o + "]"));
      }
      commits.add(operations);
    }
    return commits;
  }

  private static Operation<?> operation(JsonNode node, String at) {
    if (!node.isObject()) {
      throw invalid(at, "an operation is an object, got " + ValueCodec.describe(node));
    }
    known(node, at, "action", "request");
    JsonNode action = node.get("action");
    if (action == null || !action.isTextual()) {
      throw invalid(at + ".action", "the action name is required as a string");
    }
    List<Class<?>> types = CATALOG.requestTypes(action.textValue());
    if (types.isEmpty()) {
      throw invalid(at + ".action", "'" + action.textValue() + "' is not an action cenkit models");
    }
    JsonNode request = node.get("request");
    Class<?> type = types.get(0);
    if (types.size() > 1) {
      // an action with one request type per CEN edition: the request names its type
      JsonNode name = request == null || !request.isObject() ? null : request.get("type");
      if (name == null || !name.isTextual()) {
        throw invalid(at + ".request.type", "the request type is required for " + action.textValue());
      }
      type = types.stream().filter(t -> t.getSimpleName().equals(name.textValue())).findFirst()
          .orElseThrow(() -> invalid(at + ".request.type", "'" + name.textValue() + "' is not a request of " + action.textValue()));
      request = ((ObjectNode) request).deepCopy().without("type");
    }
    return (Operation<?>) ValueCodec.read(request, type, at + ".request");
  }

  private static void replay(dev.cenkit.spi.CloudProvider cloud, List<Operation<?>> operations, int commit) {
    Spec spec = Spec.empty();
    for (Operation<?> op : operations) {
      spec = spec.plus(Step.of(op.describe(), b -> op));
    }
    try {
      cloud.apply(spec);
    } catch (CenkitException e) {
      int index = e.failedStep().map(s -> s.index() - 1).orElse(0);
      throw refused("$.commits[" + commit + "].operations[" + index + "]", e);
    }
  }

  private static void checkResourceSections(JsonNode resources) {
    known(resources, "$.resources", RESOURCES.keySet().toArray(new String[0]));
    for (String section : RESOURCES.keySet()) {
      JsonNode array = resources.get(section);
      String at = "$.resources." + section;
      if (array == null && OPTIONAL_SECTIONS.contains(section)) {
        continue;
      }
      if (array == null || !array.isArray()) {
        throw invalid(at, "an array is required");
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < array.size(); i++) {
        JsonNode id = array.get(i).get("id");
        if (id != null && id.isTextual()) {
          Integer first = seen.putIfAbsent(id.textValue(), i);
          if (first != null) {
            throw invalid(at + "[" + i + "].id", "duplicate id " + id.textValue() + " (also at " + at + "[" + first + "])");
          }
        }
      }
    }
  }

  /** The first path where two trees differ, followed by a space and what differs; null when equal. */
  private static @Nullable String firstDifference(JsonNode file, JsonNode replayed, String at) {
    if (file.getNodeType() != replayed.getNodeType()) {
      return at + " the file has " + ValueCodec.describe(file) + " where the replay has " + ValueCodec.describe(replayed);
    }
    if (file.isObject()) {
      Iterator<String> names = replayed.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        if (!file.has(n)) {
          return at + "." + n + " is missing from the file";
        }
        String d = firstDifference(file.get(n), replayed.get(n), at + "." + n);
        if (d != null) {
          return d;
        }
      }
      Iterator<String> fileNames = file.fieldNames();
      while (fileNames.hasNext()) {
        String n = fileNames.next();
        if (!replayed.has(n)) {
          return at + "." + n + " is in the file but the file's operations do not create it";
        }
      }
      return null;
    }
    if (file.isArray()) {
      for (int i = 0; i < Math.min(file.size(), replayed.size()); i++) {
        String d = firstDifference(file.get(i), replayed.get(i), at + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return file.size() == replayed.size() ? null
          : at + " the file lists " + file.size() + " entries but the file's operations create " + replayed.size();
    }
    boolean same = file.isNumber() && replayed.isNumber()
        ? file.isIntegralNumber() == replayed.isIntegralNumber() && file.decimalValue().compareTo(replayed.decimalValue()) == 0
        : file.equals(replayed);
    return same ? null : at + " the file says " + file + " but the file's operations give " + replayed;
  }

  private static long number(JsonNode object, String field, String at) {
    JsonNode n = object.get(field);
    if (n == null) {
      throw invalid(at + "." + field, "a whole number is required");
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      throw invalid(at + "." + field, "expected a whole number, got " + ValueCodec.describe(n));
    }
    return n.longValue();
  }

  private static void known(JsonNode object, String at, String... fields) {
    List<String> allowed = List.of(fields);
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw invalid(at + "." + n, "unknown field; expected one of " + allowed);
      }
    }
  }

  // ---- errors ----

  static CenkitException invalid(String path, String why) {
    return ErrorCode.SNAPSHOT_FILE_INVALID.exception(null, path + ": " + why, path);
  }

  static CenkitException refused(String path, CenkitException cause) {
    CenkitException e = ErrorCode.SNAPSHOT_FILE_INVALID.exception(
        cause.rule().orElse(null), path + ": refused by the API: " + cause.getMessage(), path);
    e.initCause(cause);
    return e;
  }
}
