package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output of every command is byte-identical from one JVM run to the next. Hash-ordered
 * collections ({@code Map.of}, {@code Set.of}) iterate in an order seeded anew in each JVM, so a
 * single JVM cannot show such a difference: the test starts two JVMs, each running
 * {@link DeterminismProbe} over every example, and compares what they wrote.
 */
class DeterminismTests {

  @TempDir Path tmp;

  @Test
  void twoJvmRunsWriteTheSameBytesForEveryCommandAndExample() throws Exception {
    Path first = probe("first");
    Path second = probe("second");

    String a = Files.readString(first);
    String b = Files.readString(second);
    assertThat(a).contains("=== sla validate", "=== sla render", "=== sla format",
        "=== sla measure", "=== sla schema", "=== sla frameworks", "=== sla init",
        "=== sla diff");
    // Each command did its work (a usage or I/O error would compare equal too, and prove nothing).
    assertThat(a).doesNotContain("--- exit 2").contains("<!DOCTYPE html>", "\"serviceLevels\"",
        "\"$schema\"", "\"runs\"", "[TO COMPLETE]", "--- file\n{");
    assertThat(b).as("the output of the second JVM run (first differing command: %s)",
        firstDifference(a, b)).isEqualTo(a);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void theProbeRunsEveryCommandOnEveryExample() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<List<String>> commands = DeterminismProbe.commands(root, tmp);
    Set<String> names = new LinkedHashSet<>();
    commands.forEach(c -> names.add(c.get(0)));
    assertThat(names).containsExactlyInAnyOrder("validate", "render", "format", "measure",
        "schema", "frameworks", "init", "diff");
    try (var examples = Files.list(root.resolve("examples"))) {
      for (Path example : examples.filter(p -> p.toString().endsWith(".json")).toList()) {
        assertThat(commands).as(example.toString()).filteredOn(c -> c.contains(example.toString()))
            .extracting(c -> c.get(0)).contains("validate", "render", "measure");
      }
    }
  }

  private Path probe(String name) throws IOException, InterruptedException {
    Path out = tmp.resolve(name + ".txt");
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath());
    command.add(DeterminismProbe.class.getName());
    command.add(out.toString());
    command.add(root.toString());
    // One scratch folder for both runs: format prints the path of the file it rewrote.
    command.add(tmp.resolve("scratch").toString());
    Path log = tmp.resolve(name + ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    // A bound, not a timing: a hung child must not hang the build.
    boolean ended = process.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("the probe JVM ended").isTrue();
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    return out;
  }

  /**
   * The test's class path as one class path: Surefire may put the modules on the module path,
   * the tests and test libraries on the class path; the probe needs all of them, as plain jars.
   */
  static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(location(DeterminismProbe.class));
    entries.add(location(Sla.class));
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        entries.addAll(List.of(value.split(File.pathSeparator)));
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstDifference(String a, String b) {
    String[] x = a.split("(?m)^(?==== sla )");
    String[] y = b.split("(?m)^(?==== sla )");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return x[i].lines().findFirst().orElse("");
      }
    }
    return x.length == y.length ? "none" : "a missing command";
  }
}
