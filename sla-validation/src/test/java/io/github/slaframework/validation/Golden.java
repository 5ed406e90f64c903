package io.github.slaframework.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.testkit.GeneratedFiles;
import java.nio.file.Path;

/**
 * Golden-file comparison: the output must equal the file under {@code src/test/resources}
 * exactly. Run with {@code -Dsla.regenerate=true} to rewrite the files after a deliberate
 * change, and review the diff.
 */
final class Golden {

  private Golden() {}

  static void assertMatches(String resource, String actual) {
    assertThat(actual)
        .as("%s; %s", resource, GeneratedFiles.HOW_TO_REGENERATE)
        .isEqualTo(GeneratedFiles.expected(Path.of("src/test/resources", resource), actual));
  }
}
