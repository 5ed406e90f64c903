package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.testkit.SampleAgreements;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleAgreementsRoundTripTests {

  static Stream<Agreement> samples() {
    return SampleAgreements.all().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void roundTripsTheSharedSampleAgreements(Agreement agreement) {
    String json = SlaWriter.defaults().writeAgreement(agreement);
    ReadResult<Agreement> read = SlaReader.defaults().readAgreement(json);
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.value()).contains(agreement);
    assertThat(SlaWriter.defaults().writeAgreement(read.value().orElseThrow())).isEqualTo(json);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void writesIdempotently(Agreement agreement) {
    String once = SlaWriter.defaults().writeAgreement(agreement);
    byte[] bytes = once.getBytes(StandardCharsets.UTF_8);
    Agreement again =
        SlaReader.defaults().readAgreement(bytes, DocumentFormat.JSON).value().orElseThrow();
    assertThat(SlaWriter.defaults().writeAgreement(again)).isEqualTo(once);
  }
}
