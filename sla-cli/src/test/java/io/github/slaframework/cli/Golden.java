package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.testkit.GeneratedFiles;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dsla.regenerate=true} to rewrite the files, then review the diff before committing.
 */
public final class Golden {

  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code name}. */
  public static void assertMatches(String name, String actual) {
    assertThat(actual)
        .as("golden file %s; %s", name, GeneratedFiles.HOW_TO_REGENERATE)
        .isEqualTo(GeneratedFiles.expected(DIR.resolve(name), actual));
  }
}
