package io.github.slaframework.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Files that tests generate and compare: golden outputs, expectations, shipped schemas. A normal
 * run compares what the code produces with the committed file and fails on any drift; a run with
 * the system property {@value #PROPERTY}{@code =true} ({@code ./mvnw verify
 * -Dsla.regenerate=true}) writes the files instead, for review with {@code git diff}.
 *
 * <pre>{@code
 * Path golden = Path.of("src/test/resources/golden/report.txt");
 * assertThat(actual).isEqualTo(GeneratedFiles.expected(golden, actual));
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL)
public final class GeneratedFiles {

  /** The system property that makes tests write the generated files: {@code sla.regenerate}. */
  public static final String PROPERTY = "sla.regenerate";

  /** What to do about drift, for assertion messages. */
  public static final String HOW_TO_REGENERATE =
      "after a deliberate change, run ./mvnw verify -D" + PROPERTY + "=true and review the diff";

  private GeneratedFiles() {}

  /**
   * Whether this run writes the generated files instead of comparing them.
   *
   * @return {@code true} when the system property {@value #PROPERTY} is {@code true}
   */
  public static boolean regenerating() {
    return Boolean.getBoolean(PROPERTY);
  }

  /**
   * The content a test expects in a generated file. When {@link #regenerating()}, writes {@code
   * actual} to the file first (creating its folders), so the comparison passes; otherwise reads
   * the committed file.
   *
   * @param file the committed file, relative to the module's folder or absolute
   * @param actual what the code produces now
   * @return the file's content (UTF-8)
   * @throws AssertionError when the file does not exist and this run does not regenerate
   * @throws UncheckedIOException when the file cannot be read or written
   */
  public static String expected(Path file, String actual) {
    return expected(file, actual, regenerating());
  }

  static String expected(Path file, String actual, boolean regenerate) {
    if (regenerate) {
      write(file, actual);
      return actual;
    }
    if (!Files.exists(file)) {
      throw new AssertionError(file + " does not exist; " + HOW_TO_REGENERATE);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a generated file (UTF-8), creating its folders; a file that already has the content is
   * left untouched.
   *
   * @param file the file
   * @param content the content
   * @throws UncheckedIOException when the file cannot be read or written
   */
  public static void write(Path file, String content) {
    try {
      if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
        return;
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
