package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Out of memory is one line naming the file and the heap setting, exit code 2, never a stack
 * trace: the command runs in a JVM with a heap too small for the file it reads.
 */
class OutOfMemoryTests {

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"validate", "render", "format"})
  void endsWithOneLineAndExitCodeTwo(String command) throws IOException, InterruptedException {
    // 12 MB: within the 16 MiB document limit, but more than a 16 MB heap can read.
    Path big = tmp.resolve("big.json");
    String title = "x".repeat(12 * 1024 * 1024);
    Files.writeString(big, "{\"formatVersion\": \"1.0\", \"title\": \"" + title + "\"}\n",
        StandardCharsets.UTF_8);
    Path log = tmp.resolve(command + ".log");
    Process process = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx16m", "-XX:TieredStopAtLevel=1", "-cp", DeterminismTests.classPath(),
            Sla.class.getName(), command, big.toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // A bound, not a timing: a hung child must not hang the build.
    boolean ended = process.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = Files.readString(log);

    assertThat(ended).as("the JVM ended").isTrue();
    assertThat(process.exitValue()).as(output).isEqualTo(ExitCode.USAGE_OR_IO.code());
    assertThat(output.lines()).contains("sla: out of memory reading " + big
        + "; raise the heap with SLA_JAVA_OPTS=-Xmx1g");
    // validate also prints its summary of the files it could check (none).
    assertThat(output.lines()).hasSizeLessThanOrEqualTo(2);
    assertThat(output).doesNotContain("\tat ", "Exception", "Error");
  }
}
