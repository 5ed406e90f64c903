package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A zero written with a minus sign keeps it through a read and a write (issue 17). */
class NegativeZeroTests {

  @Test
  void extensionValuesKeepTheSignOfZeroAsWritten() throws IOException {
    String minimal = Files.readString(ExampleFiles.EXAMPLES.resolve("minimal.json"));
    String text = minimal.replaceFirst("\\{", "{\n  \"x-offsets\": [-0, -0.0, 0, -0e3, -1],");

    ReadResult<Agreement> read = SlaReader.defaults().readAgreement(text);
    String written = SlaWriter.defaults().writeAgreement(read.value().orElseThrow());

    assertThat(read.report().findings()).isEmpty();
    assertThat(written).contains("\"x-offsets\": [\n    -0,\n    -0.0,\n    0,\n    -0E+3,\n    -1\n  ]");
    assertThat(SlaWriter.defaults().writeAgreement(
        SlaReader.defaults().readAgreement(written).value().orElseThrow())).isEqualTo(written);
  }

  @Test
  void onlyAZeroCanBeANegativeZero() {
    assertThat(new JsonValue.JsonNumber(BigDecimal.ZERO, true)).hasToString("-0")
        .isNotEqualTo(JsonValue.of(BigDecimal.ZERO));
    assertThatThrownBy(() -> new JsonValue.JsonNumber(BigDecimal.ONE, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
