package io.github.slaframework.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.json.DocumentFormat;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.ExampleFiles;
import io.github.slaframework.validation.AgreementValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agreement reader, JSON and YAML, then validation: no exception for any input, bounded time
 * and allocation, and a read → write → read round trip that writes the same text again.
 */
class AgreementReaderFuzzTests {

  private static final SlaReader READER = SlaReader.defaults();
  private static final SlaWriter WRITER = SlaWriter.defaults();
  private static final AgreementValidator VALIDATOR = AgreementValidator.standard();

  @FuzzTest(maxDuration = "10m")
  void json(byte[] input) throws Exception {
    Bounded.run(input.length, () -> check(input, DocumentFormat.JSON));
  }

  @FuzzTest(maxDuration = "10m")
  void yaml(byte[] input) throws Exception {
    Bounded.run(input.length, () -> check(input, DocumentFormat.YAML));
  }

  /** The examples and the invalid examples, through the same checks on every build. */
  @ParameterizedTest
  @MethodSource("examples")
  void examples(Path file) throws Exception {
    byte[] input = Files.readAllBytes(file);
    Bounded.run(input.length, () -> check(input, DocumentFormat.JSON));
  }

  static Stream<Path> examples() {
    return Stream.concat(ExampleFiles.jsonFiles(ExampleFiles.EXAMPLES).stream(),
        ExampleFiles.jsonFiles(ExampleFiles.INVALID_EXAMPLES).stream());
  }

  private static void check(byte[] input, DocumentFormat format) {
    ReadResult<Agreement> read = READER.readAgreement(input, format);
    if (read.value().isEmpty()) {
      return;
    }
    Agreement agreement = read.value().get();
    VALIDATOR.validate(agreement).findings().forEach(Finding::code);
    if (hasErrors(read.report().findings())) {
      return;
    }
    String written = WRITER.writeAgreement(agreement);
    ReadResult<Agreement> again = READER.readAgreement(written);
    assertThat(again.report().findings()).as("findings on reading back:%n%s", written)
        .noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(WRITER.writeAgreement(again.value().orElseThrow()))
        .as("the canonical text of the text read back").isEqualTo(written);
    assertThat(written.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
  }

  static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
