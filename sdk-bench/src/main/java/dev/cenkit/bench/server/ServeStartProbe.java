package dev.cenkit.bench.server;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.files.SnapshotFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * S2 (issue 16 item 5, target ≤ 300 ms): {@code cenkit serve} from JVM launch to its first answered request. Starts
 * the runnable jar as a new process, polls its port with {@code DescribeVpcs} until the first answer, checks that
 * the answer is the expected one (the VPC of the {@code --snapshot} file, or an empty list), and reports the wall
 * time since launch and the CPU time the server process had used by then; the median over the runs, with min and max.
 *
 * <pre>{@code
 * java [-DjvmArgs="..."] -cp sdk-bench/target/benchmarks.jar dev.cenkit.bench.server.ServeStartProbe [runs] [path/to/cenkit.jar]
 * }</pre>
 *
 * The configurations, interleaved run by run so load changes hit them alike: the plain {@code java -jar}; with the
 * AppCDS archive built at package time ({@code cenkit.jsa} next to the jar); and with it plus
 * {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}; each from an empty cloud and from a one-VPC snapshot file.
 * {@code -DjvmArgs="..."} adds a configuration with those JVM arguments ({@code cenkit.jsa} is next to the jar).
 * Without a jar (the smoke test) the server is started from this JVM's class path instead.
 */
public final class ServeStartProbe {
  private ServeStartProbe() {}

  /** One way of launching the server. */
  record Launch(String name, List<String> jvmArguments, List<String> main) {}

  /** The measurements of one configuration. */
  static final class Figures {
    final List<Long> wallMillis = new ArrayList<>();
    final List<Long> cpuMillis = new ArrayList<>();
  }

  /** Runs the probe: {@code [runs, default 7] [jar, default sdk-server/target/cenkit.jar]}. */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path jar = Path.of(args.length > 1 ? args[1] : "sdk-server/target/cenkit.jar");
    Map<String, Figures> results = run(runs, jar, true);
    print(results);
  }

  /** The launches to compare: the jar's, or (no jar) one from this class path. */
  static List<Launch> launches(Path jar) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Launch> launches = new ArrayList<>();
    if (!Files.isRegularFile(jar)) {
      launches.add(new Launch("class path (no jar)", List.of(java), List.of("-cp", System.getProperty("java.class.path"), "dev.cenkit.cli.CenkitCommand")));
      return launches;
    }
    List<String> fromJar = List.of("-jar", jar.toString());
    launches.add(new Launch("java -jar", List.of(java), fromJar));
    Path archive = jar.resolveSibling("cenkit.jsa");
    if (Files.isRegularFile(archive)) {
      launches.add(new Launch("+ AppCDS", List.of(java, "-XX:SharedArchiveFile=" + archive), fromJar));
      launches.add(new Launch("+ AppCDS, C1, SerialGC",
          List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), fromJar));
    }
    String extra = System.getProperty("jvmArgs", "");
    if (!extra.isBlank()) {
      List<String> custom = new ArrayList<>(List.of(java));
      custom.addAll(List.of(extra.trim().split("\\s+")));
      launches.add(new Launch(extra.trim(), custom, fromJar));
    }
    return launches;
  }

  /**
   * Measures every launch from a snapshot file (and, with {@code emptyToo}, from an empty cloud), {@code runs} times
   * each, interleaved.
   */
  static Map<String, Figures> run(int runs, Path jar, boolean emptyToo) throws Exception {
    Path dir = Files.createTempDirectory("cenkit-start");
    Path snapshot = dir.resolve("one-vpc.json");
    InMemoryCloud cloud = InMemoryCloud.builder().recordHistory(true).build();
    String vpcId = cloud.create(Cenkit.vpc(CN_HANGZHOU).named("probe").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24"))
        .id().value();
    SnapshotFiles.export(cloud.snapshot(), snapshot);
    Map<String, Figures> results = new LinkedHashMap<>();
    try {
      for (int r = 0; r < runs; r++) {
        if (emptyToo) {
          floor(results.computeIfAbsent("reference: java -version (JVM start to exit)", k -> new Figures()));
        }
        for (Launch launch : launches(jar)) {
          if (emptyToo) {
            once(launch, null, "\"TotalCount\":0", dir, results.computeIfAbsent(launch.name() + ", empty cloud", k -> new Figures()));
          }
          once(launch, snapshot, "\"VpcId\":\"" + vpcId + "\"", dir,
              results.computeIfAbsent(launch.name() + ", --snapshot (1 VPC)", k -> new Figures()));
        }
      }
    } finally {
      Files.deleteIfExists(snapshot);
      Files.deleteIfExists(dir.resolve("stderr.txt"));
      Files.deleteIfExists(dir);
    }
    return results;
  }

  private static void once(Launch launch, Path snapshot, String expected, Path dir, Figures into) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>(launch.jvmArguments());
    command.addAll(launch.main());
    command.addAll(List.of("serve", "--port", String.valueOf(port)));
    if (snapshot != null) {
      command.addAll(List.of("--snapshot", snapshot.toString()));
    }
    File stderr = dir.resolve("stderr.txt").toFile();
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr);
    long start = System.nanoTime();
    Process p = pb.start();
    try {
      String answer = firstAnswer(port, p, start);
      long wall = (System.nanoTime() - start) / 1_000_000;
      long cpu = p.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
      if (!answer.startsWith("HTTP/1.1 200") || !answer.contains(expected)) {
        throw new IllegalStateException(launch.name() + ": the first answer is not the expected one (" + expected + "):\n" + answer);
      }
      into.wallMillis.add(wall);
      into.cpuMillis.add(cpu);
    } finally {
      p.destroy();
      if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    }
  }

  /** The floor of any launch on this machine now: a JVM that starts and exits ({@code -version}); wall time only. */
  private static void floor(Figures into) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long start = System.nanoTime();
    Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-version")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("java -version exited with " + p.exitValue());
    }
    into.wallMillis.add((System.nanoTime() - start) / 1_000_000);
  }

  /** Polls until the server answers; fails if the process ends or a minute passes. */
  private static String firstAnswer(int port, Process p, long start) throws Exception {
    while (System.nanoTime() - start < 60_000_000_000L) {
      if (!p.isAlive()) {
        throw new IllegalStateException("cenkit serve exited with " + p.exitValue() + " before answering");
      }
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        socket.setSoTimeout(60_000);
        OutputStream o = socket.getOutputStream();
        o.write(("POST /?RegionId=cn-hangzhou HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nx-acs-action: DescribeVpcs\r\n"
            + "x-acs-version: 2016-04-28\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        o.flush();
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (ConnectException notYet) {
        Thread.sleep(1);
      }
    }
    throw new IllegalStateException("cenkit serve did not answer within a minute");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static void print(Map<String, Figures> results) throws IOException {
    System.out.println("cenkit serve, JVM launch to first answered DescribeVpcs (" + Runtime.getRuntime().availableProcessors() + " cores, "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", load average "
        + loadAverage() + ")");
    System.out.printf("%-48s %5s %12s %12s %12s%n", "configuration", "runs", "wall p50 ms", "wall min-max", "CPU p50 ms");
    for (Map.Entry<String, Figures> e : results.entrySet()) {
      Figures f = e.getValue();
      System.out.printf("%-48s %5d %12d %12s %12s%n", e.getKey(), f.wallMillis.size(), median(f.wallMillis),
          Collections.min(f.wallMillis) + "-" + Collections.max(f.wallMillis), f.cpuMillis.isEmpty() ? "-" : String.valueOf(median(f.cpuMillis)));
    }
  }

  static String loadAverage() throws IOException {
    Path proc = Path.of("/proc/loadavg");
    return Files.exists(proc) ? Files.readString(proc).trim() : "unknown";
  }

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
