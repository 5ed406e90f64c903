package io.github.slaframework.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The example files of the sla-framework repository, for the project's own tests and benchmarks:
 * paths relative to a module's folder, where Maven runs the tests ({@code ../examples/...}), so
 * that they read the same in output and golden files. Not for use outside the repository.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL)
public final class ExampleFiles {

  /** The example agreements and frameworks, {@code ../examples}: each valid. */
  public static final Path EXAMPLES = Path.of("..", "examples");

  /**
   * The example agreements as they were under framework version 2021, {@code
   * ../sla-testkit/examples-2021}: each valid under 2021; {@code sla migrate} tests move copies.
   *
   * @since 0.2.0
   */
  public static final Path EXAMPLES_2021 = Path.of("..", "sla-testkit", "examples-2021");

  /** The invalid examples, {@code ../invalid-examples}: each with its problem in its name. */
  public static final Path INVALID_EXAMPLES = Path.of("..", "invalid-examples");

  /** The example agreement that the example event logs are for. */
  public static final Path METROPOLITAN_COUNCIL = EXAMPLES.resolve("metropolitan-council.json");

  /** The example year of events (JSON Lines), written by sla-bench's {@code ExampleLogs}. */
  public static final Path METROPOLITAN_YEAR_LOG =
      EXAMPLES.resolve("events").resolve("metropolitan-2025.jsonl");

  /** The example year's first quarter as CSV, written by sla-bench's {@code ExampleLogs}. */
  public static final Path METROPOLITAN_QUARTER_LOG =
      EXAMPLES.resolve("events").resolve("metropolitan-2025-q1.csv");

  private ExampleFiles() {}

  /**
   * The JSON files directly in a folder, such as {@link #EXAMPLES}.
   *
   * @param folder the folder
   * @return the {@code *.json} files, sorted by name
   * @throws UncheckedIOException when the folder cannot be listed
   */
  public static List<Path> jsonFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
