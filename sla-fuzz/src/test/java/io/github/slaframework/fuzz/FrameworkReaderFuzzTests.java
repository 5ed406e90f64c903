package io.github.slaframework.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.json.DocumentFormat;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.SampleFrameworks;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The framework and profile readers: no exception for any input, bounded time and allocation, and
 * a stable read → write → read round trip.
 */
class FrameworkReaderFuzzTests {

  private static final SlaReader READER = SlaReader.defaults();
  private static final SlaWriter WRITER = SlaWriter.defaults();

  @FuzzTest(maxDuration = "10m")
  void framework(byte[] input) throws Exception {
    Bounded.run(input.length, () -> checkFramework(input));
  }

  @FuzzTest(maxDuration = "10m")
  void profile(byte[] input) throws Exception {
    Bounded.run(input.length, () -> checkProfile(input));
  }

  /** The sample frameworks and profiles, through the same checks on every build. */
  @ParameterizedTest
  @MethodSource("samples")
  void samples(String text) throws Exception {
    byte[] input = text.getBytes(StandardCharsets.UTF_8);
    Bounded.run(input.length, () -> {
      checkFramework(input);
      checkProfile(input);
    });
  }

  static Stream<String> samples() {
    return Stream.of(
        WRITER.writeFramework(SampleFrameworks.everyRuleKind()),
        WRITER.writeFramework(SampleFrameworks.testFramework()),
        WRITER.writeProfile(SampleFrameworks.housingAssociationProfile()));
  }

  private static void checkFramework(byte[] input) {
    ReadResult<Framework> read = READER.readFramework(input, DocumentFormat.JSON);
    if (read.value().isEmpty() || AgreementReaderFuzzTests.hasErrors(read.report().findings())) {
      return;
    }
    String written = WRITER.writeFramework(read.value().get());
    ReadResult<Framework> again = READER.readFramework(written);
    assertThat(AgreementReaderFuzzTests.hasErrors(again.report().findings())).as(written).isFalse();
    assertThat(WRITER.writeFramework(again.value().orElseThrow())).isEqualTo(written);
  }

  private static void checkProfile(byte[] input) {
    ReadResult<Profile> read = READER.readProfile(input, DocumentFormat.JSON);
    if (read.value().isEmpty() || AgreementReaderFuzzTests.hasErrors(read.report().findings())) {
      return;
    }
    String written = WRITER.writeProfile(read.value().get());
    ReadResult<Profile> again = READER.readProfile(written);
    assertThat(AgreementReaderFuzzTests.hasErrors(again.report().findings())).as(written).isFalse();
    assertThat(WRITER.writeProfile(again.value().orElseThrow())).isEqualTo(written);
  }
}
