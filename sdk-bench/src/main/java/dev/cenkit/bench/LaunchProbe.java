package dev.cenkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B5, the whole process: launches {@code java -cp <this class path> dev.cenkit.bench.FirstAnswer} {@code N} times
 * and reports the median (and minimum) wall time from launch to exit, with the child's own JVM uptime and process
 * CPU time at its first answer; then the same with an application class-data archive (AppCDS, JDK 17's
 * {@code -XX:ArchiveClassesAtExit} written by one training run), which maps cenkit's and its libraries' classes
 * instead of loading and verifying them. On a loaded machine the CPU figures say more than the wall ones.
 */
public final class LaunchProbe {
  private static final Pattern CHILD = Pattern.compile("uptime at the first answer (\\d+) ms; process CPU (\\d+) ms");

  private LaunchProbe() {}

  /** {@code args}: the number of launches per variant (default 5). */
  public static void main(String[] args) throws IOException, InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    System.out.println("# load average before: " + loadAverage());
    report("plain", run(n, List.of(java, "-cp", classPath, FirstAnswer.class.getName())));
    Path archive = Files.createTempFile("cenkit-first-answer", ".jsa");
    Files.delete(archive);
    launch(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp", classPath, FirstAnswer.class.getName()));
    report("AppCDS", run(n, List.of(java, "-XX:SharedArchiveFile=" + archive, "-cp", classPath, FirstAnswer.class.getName())));
    Files.deleteIfExists(archive);
    System.out.println("# load average after: " + loadAverage());
  }

  private static List<long[]> run(int n, List<String> command) throws IOException, InterruptedException {
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(launch(command));
    }
    return out;
  }

  /** Wall ms from launch to exit, the child's uptime ms and its process CPU ms at the answer. */
  private static long[] launch(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    Matcher m = CHILD.matcher(output);
    if (exit != 0 || !m.find()) {
      throw new IllegalStateException("the first-answer process failed (exit " + exit + "):\n" + output);
    }
    return new long[] {wall, Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
  }

  private static void report(String variant, List<long[]> runs) {
    System.out.printf("%s: %d launches; wall to exit median %d ms (min %d); uptime at the answer median %d ms; process CPU median %d ms%n",
        variant, runs.size(), median(runs, 0), min(runs, 0), median(runs, 1), median(runs, 2));
  }

  private static long median(List<long[]> runs, int k) {
    List<Long> v = new ArrayList<>();
    runs.forEach(r -> v.add(r[k]));
    Collections.sort(v);
    return v.get(v.size() / 2);
  }

  private static long min(List<long[]> runs, int k) {
    return runs.stream().mapToLong(r -> r[k]).min().orElse(0);
  }

  private static String loadAverage() {
    return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
