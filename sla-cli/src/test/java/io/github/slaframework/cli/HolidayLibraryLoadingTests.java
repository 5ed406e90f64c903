package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bank holiday library (Jollyday, with JAXB and ThreeTen-Extra) is loaded only when a
 * {@code WORKING_DAYS} service level is measured: start-up of {@code sla} is a tracked target, so
 * {@code --version}, {@code validate} and an elapsed-time measurement must not load any of it.
 * Each command runs in a JVM of its own with {@code -verbose:class}.
 */
class HolidayLibraryLoadingTests {

  private static final List<String> LIBRARY =
      List.of("de.focus_shift.", "org.threeten.", "jakarta.xml.bind.", "org.slf4j.",
          ".measure.internal.BankHolidays", ".measure.internal.WorkingDays");

  @TempDir Path tmp;

  /** The classes a fresh JVM loads to run {@code sla ARGS...}. */
  private List<String> loadedBy(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-verbose:class", "-cp", DeterminismTests.classPath(),
        Sla.class.getName()));
    command.addAll(List.of(args));
    Path log = tmp.resolve("classes.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      // A bound, not a timing: a hung child must not hang the build.
      process.onExit().get(5, TimeUnit.MINUTES);
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
      throw new AssertionError("the JVM did not end: " + String.join(" ", args), e);
    }
    List<String> loaded = Files.readAllLines(log).stream()
        .filter(l -> l.contains("class,load")).toList();
    assertThat(loaded).as("-verbose:class output").isNotEmpty();
    return loaded;
  }

  private static List<String> library(List<String> loaded) {
    return loaded.stream().filter(l -> LIBRARY.stream().anyMatch(l::contains)).toList();
  }

  @Test
  void versionValidateAndElapsedMeasurementLoadNoHolidayLibrary() throws Exception {
    assertThat(library(loadedBy("--version"))).isEmpty();
    assertThat(library(loadedBy("validate", ExampleFiles.METROPOLITAN_COUNCIL.toString())))
        .isEmpty();
    assertThat(library(loadedBy("measure", ExampleFiles.METROPOLITAN_COUNCIL.toString(),
        ExampleFiles.METROPOLITAN_QUARTER_LOG.toString()))).isEmpty();
  }

  @Test
  void aWorkingDaysMeasurementLoadsIt() throws Exception {
    String minimal = Files.readString(ExampleFiles.EXAMPLES.resolve("minimal.json"));
    Path agreement = Files.writeString(tmp.resolve("wd.json"), minimal.replace(
        "  \"sections\": [", """
          "serviceLevels": [
            {"id": "wd", "metric": "FOOTAGE_REQUEST_TURNAROUND", "obligatedParty": "council",
             "objective": {"operator": "AT_MOST", "threshold": "P5D", "calendar": "WORKING_DAYS"}}
          ],
          "sections": ["""));
    Path events = Files.writeString(tmp.resolve("events.jsonl"),
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r1\",\"at\":\"2025-12-24T10:00:00Z\"}\n");

    assertThat(library(loadedBy("measure", agreement.toString(), events.toString())))
        .anyMatch(l -> l.contains("de.focus_shift.jollyday.core.HolidayManager"))
        .anyMatch(l -> l.contains(".measure.internal.BankHolidays"));
  }
}
