package io.github.slaframework.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison: the output must equal the file under {@code src/test/resources}
 * exactly. Run with {@code -Dsla.updateGolden=true} to rewrite the files after a deliberate
 * change, and review the diff.
 */
final class Golden {

  private Golden() {}

  static void assertMatches(String resource, String actual) {
    if (Boolean.getBoolean("sla.updateGolden")) {
      try {
        Path file = Path.of("src/test/resources", resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(actual).isEqualTo(read(resource));
  }

  static String read(String resource) {
    try (InputStream in = Golden.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as("golden file %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
