package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the files, then review the diff before committing.
 */
public final class Golden {

  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code name}. */
  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        assertThat(Boolean.getBoolean("golden.update"))
            .as("golden file %s was missing and has been written; review and commit it", file)
            .isTrue();
      }
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
