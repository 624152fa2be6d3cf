package dev.cenkit.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.RegionId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alibaba Cloud's RPC wire protocol on localhost, over a cenkit cloud: the official clients, pointed at
 * {@code 127.0.0.1:PORT} with {@code http}, run unchanged against it.
 *
 * <p>Each request is parsed ({@link RequestParser}), authenticated ({@link Authenticator}), routed by product
 * version and action through the one {@link ActionTable}, run against the provider, and rendered with the SDK
 * model's shape. Every failure is the JSON error envelope with its code and HTTP status: the provider's
 * {@link CenkitException}s keep their Alibaba code and status; protocol errors are {@link WireError}s; anything
 * else is an {@code InternalError} 500 without a stack trace. No rule lives here.
 *
 * <pre>{@code
 * try (CenkitServer server = CenkitServer.builder().cloud(InMemoryCloud.create()).start()) {
 *   Config config = new Config().setAccessKeyId("ak").setAccessKeySecret("sk")
 *       .setEndpoint(server.endpoint()).setProtocol("http");
 *   ...
 * }
 * }</pre>
 */
public final class CenkitServer implements AutoCloseable {
  static {
    // Read once, when the JDK server's configuration is first loaded: without it every call costs ~44 ms.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final Pattern REGIONAL_HOST = Pattern.compile("^[a-z-]+\\.([a-z]+-[a-z0-9-]+)\\.aliyuncs\\.com(:\\d+)?$");
  private static final List<String> IGNORED = List.of("ClientToken", "OwnerId", "OwnerAccount", "ResourceOwnerId", "ResourceOwnerAccount");

  private final HttpServer http;
  private final ExecutorService executor;
  private final Backend backend;
  /** The backends of the AccessKey ids mapped to another account: the same cloud, acting as that account. */
  private final Map<String, Backend> backendsByAccessKey;
  private final ActionTable table;
  private final Authenticator authenticator;
  private final RequestParser parser;
  private final RegionId defaultRegion;

  private CenkitServer(Builder b) throws IOException {
    this.backend = b.backend;
    this.backendsByAccessKey = b.backendsByAccessKey();
    this.table = b.table;
    this.authenticator = b.authenticator;
    this.parser = new RequestParser(b.maxBodyBytes);
    this.defaultRegion = b.defaultRegion;
    this.http = HttpServer.create(new InetSocketAddress(b.address, b.port), 128);
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(b.threads, r -> {
      Thread t = new Thread(r, "cenkit-server-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(executor);
    http.createContext("/", this::handle);
    http.start();
  }

  /** A builder; the defaults are a fresh in-memory cloud on 127.0.0.1, an ephemeral port, lenient authentication. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The endpoint a client sets ({@code Config.setEndpoint}): {@code 127.0.0.1:PORT}. */
  public String endpoint() {
    return http.getAddress().getAddress().getHostAddress() + ":" + port();
  }

  /** The table of actions served. */
  public ActionTable actions() {
    return table;
  }

  /** Stops listening and waits up to a second for calls in progress. */
  @Override
  public void close() {
    http.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String requestId = requestId();
    int status;
    Map<String, Object> body;
    Product product = null;
    RegionId region = defaultRegion;
    try (InputStream in = exchange.getRequestBody()) {
      try {
        if (!exchange.getRequestURI().getPath().equals("/")) {
          throw new WireError("InvalidAction.NotFound", 404,
              "Specified api is not found, please check your url and method. (path '" + exchange.getRequestURI().getPath() + "'; RPC actions are served at /)");
        }
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> {
          if (!v.isEmpty()) {
            headers.put(k.toLowerCase(Locale.ROOT), v.get(0));
          }
        });
        WireRequest request = parser.parse(exchange.getRequestMethod(), exchange.getRequestURI().getRawQuery(), headers, in);
        region = region(request);
        String version = request.version().orElseThrow(() -> WireError.missing("Version"));
        product = Product.ofVersion(version).orElseThrow(() -> new WireError("InvalidVersion", 400,
            "Specified parameter Version '" + version + "' is not valid; cenkit serves " + versions() + "."));
        String action = request.action().orElseThrow(() -> WireError.missing("Action"));
        String accessKeyId = authenticator.authenticate(request);
        Product p = product;
        ActionParser actionParser = table.find(product, action).orElseThrow(() -> WireError.unknownAction(action, p));
        Params params = new Params(action, request.params());
        params.ignore(IGNORED.toArray(String[]::new));
        if (product == Product.CLOUD_API) {
          params.optional("RegionId"); // the endpoint's region (wire-protocol.md section 7), already read
        }
        Invocation invocation = actionParser.parse(params, new CallContext(region, accessKeyId));
        List<String> unused = params.unused();
        if (unused.remove("DryRun") && params.optionalBoolean("DryRun").orElse(false)) {
          throw ErrorCode.NOT_MODELED.exception(
              null, "DryRun=true is not modelled by cenkit for " + action + "; send the request without it");
        }
        if (!unused.isEmpty()) {
          throw new WireError("InvalidParameter", 400,
              "The parameter \"" + unused.get(0) + "\" is not recognized by " + product.productName() + " " + action
                  + (unused.size() > 1 ? " (nor " + String.join(", ", unused.subList(1, unused.size())) + ")" : "") + ".");
        }
        Map<String, Object> result = invocation.run(backendsByAccessKey.getOrDefault(accessKeyId, backend));
        body = new LinkedHashMap<>();
        body.put("RequestId", requestId);
        body.putAll(result);
        status = 200;
      } catch (CenkitException e) {
        status = e.httpStatus();
        body = error(requestId, product, region, e.code(), e.getMessage());
      } catch (WireError e) {
        status = e.status();
        body = error(requestId, product, region, e.code(), e.getMessage());
      } catch (RuntimeException e) {
        status = 500;
        body = error(requestId, product, region, "InternalError",
            "The request processing has failed due to some unknown error. (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
      }
      // Whatever the client sent beyond what was read is discarded by the JDK server when the exchange closes.
    }
    byte[] bytes = JsonWriter.bytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
    exchange.getResponseHeaders().set("x-acs-request-id", requestId);
    if (status == 413) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, Object> error(String requestId, Product product, RegionId region, String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    body.put("HostId", product == null ? "cenkit.localhost" : product.hostId(region.id()));
    body.put("Code", code);
    body.put("Message", message);
    body.put("Recommend", "https://troubleshoot.api.aliyun.com?q=" + code + (product == null ? "" : "&product=" + product.productName()));
    return body;
  }

  /** The region a request is addressed to: its {@code RegionId}, else its host's region, else the default. */
  private RegionId region(WireRequest r) {
    String given = r.params().get("RegionId");
    if (given != null && !given.isEmpty()) {
      try {
        return RegionId.of(given);
      } catch (CenkitException e) {
        return defaultRegion; // the action that reads RegionId reports it
      }
    }
    Matcher m = REGIONAL_HOST.matcher(r.host());
    if (m.matches()) {
      try {
        return RegionId.of(m.group(1));
      } catch (CenkitException e) {
        return defaultRegion;
      }
    }
    return defaultRegion;
  }

  private static String versions() {
    StringBuilder sb = new StringBuilder();
    for (Product p : Product.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(p.productName()).append(' ').append(p.version());
    }
    return sb.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** An upper-case UUID-shaped id, as real request ids are (formatted by hand: {@code String.format} is slow). */
  static String requestId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long hi = r.nextLong();
    long lo = r.nextLong();
    char[] out = new char[36];
    int at = 0;
    for (int i = 0; i < 32; i++) {
      if (i == 8 || i == 12 || i == 16 || i == 20) {
        out[at++] = '-';
      }
      long bits = i < 16 ? hi >>> (60 - 4 * i) : lo >>> (60 - 4 * (i - 16));
      out[at++] = HEX[(int) (bits & 0xF)];
    }
    return new String(out);
  }

  /** Configures a {@link CenkitServer}. */
  public static final class Builder {
    private Backend backend;
    private InMemoryCloud inMemory;
    private final Map<String, dev.cenkit.model.AccountId> accounts = new LinkedHashMap<>();
    private ActionTable table = ActionTable.standard();
    private Authenticator authenticator = Authenticator.lenient();
    private InetAddress address = InetAddress.getLoopbackAddress();
    private int port;
    private int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
    private int maxBodyBytes = 1 << 20;
    private RegionId defaultRegion = RegionId.CN_HANGZHOU;

    private Builder() {}

    /** Serves this in-memory cloud (actions and reachability). */
    public Builder cloud(InMemoryCloud cloud) {
      this.backend = new Backend(cloud, cloud::reachability);
      this.inMemory = cloud;
      return this;
    }

    /**
     * Calls signed with {@code accessKeyId} act as {@code account} on the served in-memory cloud
     * ({@link InMemoryCloud#asAccount}); any other AccessKey acts as the default account (wire-protocol.md 3.3).
     */
    public Builder account(String accessKeyId, dev.cenkit.model.AccountId account) {
      dev.cenkit.model.Checks.required(accessKeyId, "AccessKey id");
      accounts.put(accessKeyId, dev.cenkit.model.Checks.required(account, "account"));
      return this;
    }

    private Map<String, Backend> backendsByAccessKey() {
      if (accounts.isEmpty()) {
        return Map.of();
      }
      if (inMemory == null || backend.cloud() != inMemory) {
        throw new IllegalStateException("AccessKey accounts need the served cloud to be an InMemoryCloud (Builder.cloud)");
      }
      Map<String, Backend> out = new HashMap<>();
      accounts.forEach((key, account) -> out.put(key, new Backend(inMemory.asAccount(account), inMemory::reachability)));
      return Map.copyOf(out);
    }

    /** Serves any backend. */
    public Builder backend(Backend backend) {
      this.backend = backend;
      return this;
    }

    /** Another action table (for tests, or a provider modelling more actions). */
    public Builder actions(ActionTable table) {
      this.table = table;
      return this;
    }

    /** Lenient (the default) or strict authentication. */
    public Builder authenticator(Authenticator authenticator) {
      this.authenticator = authenticator;
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The address to bind; the loopback address by default. */
    public Builder address(InetAddress address) {
      this.address = address;
      return this;
    }

    /** The handler threads. */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** The largest request body accepted, in bytes (1 MiB by default); a larger one is refused with 413. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** The region of a request that names none (API Gateway calls to a local endpoint); cn-hangzhou by default. */
    public Builder defaultRegion(RegionId region) {
      this.defaultRegion = region;
      return this;
    }

    /** Starts listening. */
    public CenkitServer start() throws IOException {
      if (backend == null) {
        cloud(InMemoryCloud.create());
      }
      return new CenkitServer(this);
    }
  }

  /** The version of a product, for clients and docs. */
  public static Optional<String> versionOf(String productName) {
    for (Product p : Product.values()) {
      if (p.productName().equalsIgnoreCase(productName)) {
        return Optional.of(p.version());
      }
    }
    return Optional.empty();
  }
}
