package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A period is written back as it was written (format 1.1 section 6: a canonical rewrite keeps
 * every string as written, so it keeps the document hash).
 */
class PeriodSpellingTests {

  @ParameterizedTest
  @ValueSource(strings = {"P1W", "P2W", "PT90M", "P0Y1M", "P1DT36H", "P7D", "PT4H"})
  void writesAPeriodBackAsItWasWritten(String period) {
    String json = "{\n  \"formatVersion\": \"1.1\",\n  \"id\": \"a\",\n  \"title\": \"t\",\n"
        + "  \"framework\": {\"id\": \"uk-cctv-partnership\", \"version\": \"2026\"},\n"
        + "  \"parties\": [],\n"
        + "  \"term\": {\"effectiveFrom\": \"2026-04-01\", \"reviewEvery\": \"" + period
        + "\"},\n  \"sections\": []\n}\n";
    ReadResult<Agreement> read = SlaReader.defaults().readAgreement(json);
    Agreement agreement = read.value().orElseThrow();
    String written = SlaWriter.defaults().writeAgreement(agreement);
    assertThat(written).contains("\"reviewEvery\": \"" + period + "\"");
    assertThat(SlaReader.defaults().readAgreement(written).value()).contains(agreement);
    assertThat(AgreementHash.of(written.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON)
        .value()).isEqualTo(AgreementHash.of(json.getBytes(StandardCharsets.UTF_8),
            DocumentFormat.JSON).value());
  }
}
