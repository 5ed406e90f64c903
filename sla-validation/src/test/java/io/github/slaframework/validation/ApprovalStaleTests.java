package io.github.slaframework.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.Approvals;
import io.github.slaframework.json.DocumentFormat;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.SampleAgreements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code APPROVAL_STALE} (format 1.1 section 6). */
class ApprovalStaleTests {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final AgreementValidator VALIDATOR =
      AgreementValidator.builder().registry(FrameworkRegistry.builtIn()).build();

  /** A sample with its first party's approval replaced by one made now, without a status. */
  private static Agreement signed(AgreementStatus status) {
    Agreement sample = Agreement.copyOf(SampleAgreements.councilAndForce()).withApprovals();
    Agreement draft = status == null ? sample.withStatus(java.util.Optional.empty())
        : sample.withStatus(status);
    return Approvals.approve(draft, draft.parties().get(0).id(), "A. Signer", "Director",
        LocalDate.of(2026, 5, 1));
  }

  private static List<Finding> stale(ValidationResult result) {
    return result.findings().stream().filter(f -> f.code().equals("APPROVAL_STALE")).toList();
  }

  @Test
  void acceptsAnApprovalOfTheDocumentAsItIs() {
    String json = SlaWriter.defaults().writeAgreement(signed(AgreementStatus.AGREED));
    assertThat(stale(VALIDATOR.validateJson(json, AS_OF))).isEmpty();
    assertThat(stale(VALIDATOR.validate(signed(AgreementStatus.AGREED), AS_OF))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(AgreementStatus.class)
  void reportsAnApprovalOfAnEarlierTextAtTheApproval(AgreementStatus status) {
    String json = SlaWriter.defaults().writeAgreement(signed(status))
        .replace("\"title\": \"", "\"title\": \"Amended: ");
    List<Finding> found = stale(VALIDATOR.validateJson(json, AS_OF));
    assertThat(found).extracting(Finding::severity, Finding::path).containsExactly(
        tuple(status == AgreementStatus.AGREED ? Severity.ERROR : Severity.WARNING,
            "/approvals/0"));
    assertThat(found.get(0).location()).isPresent();
    assertThat(found.get(0).message()).contains("council").contains("sha256:");
  }

  @Test
  void reportsAStaleApprovalAsAWarningWithoutAStatus() {
    String json = SlaWriter.defaults().writeAgreement(signed(null))
        .replace("\"title\": \"", "\"title\": \"Amended: ");
    assertThat(stale(VALIDATOR.validateJson(json, AS_OF)))
        .extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void ignoresStatusApprovalsWhitespaceAndMemberOrder() {
    JsonValue.JsonObject tree =
        SlaWriter.defaults().toJsonValue(signed(AgreementStatus.DRAFT));
    List<String> names = new ArrayList<>(tree.members().keySet());
    Collections.reverse(names);
    Map<String, JsonValue> reversed = new LinkedHashMap<>();
    names.forEach(n -> reversed.put(n, tree.members().get(n)));
    reversed.put("status", JsonValue.of("AGREED"));
    String json = SlaWriter.defaults().writeValue(JsonValue.object(reversed)).replace("\n", "\n  ");
    assertThat(json.indexOf("\"approvals\"")).isLessThan(json.indexOf("\"formatVersion\""));
    ValidationResult result = VALIDATOR.validateJson(json, AS_OF);
    assertThat(result.agreement().orElseThrow().status()).contains(AgreementStatus.AGREED);
    assertThat(stale(result)).isEmpty();
  }

  @Test
  void comparesAYamlTwinWithTheSameHash(@TempDir Path dir) throws IOException {
    Agreement signed = signed(AgreementStatus.AGREED);
    Path yaml = dir.resolve("agreement.yaml");
    Files.writeString(yaml, SlaWriter.defaults().writeAgreement(signed, DocumentFormat.YAML),
        StandardCharsets.UTF_8);
    assertThat(stale(VALIDATOR.validate(yaml, AS_OF))).isEmpty();
    Files.writeString(yaml, Files.readString(yaml).replace("title: \"", "title: \"New "));
    assertThat(stale(VALIDATOR.validate(yaml, AS_OF))).hasSize(1);
  }

  @Test
  void reportsNothingForAnApprovalWithoutAHashAndOnlyInvalidValueForAMalformedOne() {
    String json = SlaWriter.defaults().writeAgreement(signed(AgreementStatus.AGREED));
    String hash = json.substring(json.indexOf("sha256:"), json.indexOf("sha256:") + 71);
    String withNull = json.replace("\"" + hash + "\"", "null");
    String withEmpty = json.replace("\"" + hash + "\"", "\"\"");
    String withUpper = json.replace("\"" + hash + "\"", "\"" + hash.toUpperCase() + "\"");
    assertThat(stale(VALIDATOR.validateJson(withNull, AS_OF))).isEmpty();
    for (String malformed : List.of(withEmpty, withUpper)) {
      ValidationResult result = VALIDATOR.validateJson(malformed, AS_OF);
      assertThat(stale(result)).isEmpty();
      assertThat(result.findings()).extracting(Finding::code, Finding::path)
          .contains(tuple("INVALID_VALUE", "/approvals/0/documentHash"));
    }
  }

  @Test
  void reportsANumberTheHashCannotHoldAsInvalidValue() {
    String json = SlaWriter.defaults().writeAgreement(signed(AgreementStatus.AGREED))
        .replace("\"formatVersion\": ", "\"x-big\": 1e400,\n  \"formatVersion\": ");
    ValidationResult result = VALIDATOR.validateJson(json, AS_OF);
    assertThat(result.findings()).extracting(Finding::code, Finding::path)
        .contains(tuple("INVALID_VALUE", "/x-big"));
    assertThat(stale(result)).isEmpty();
  }

  @Test
  void reportsANumberTheHashCannotHoldAlsoWhenNoApprovalRecordsAHash() {
    // Without a recorded hash validation does not compute one, yet checks the same.
    String json = SlaWriter.defaults().writeAgreement(signed(AgreementStatus.DRAFT)
            .withApprovals(java.util.List.of()))
        .replace("\"formatVersion\": ", "\"x-big\": 1e400,\n  \"formatVersion\": ");
    ValidationResult result = VALIDATOR.validateJson(json, AS_OF);
    assertThat(result.findings()).extracting(Finding::code, Finding::path)
        .contains(tuple("INVALID_VALUE", "/x-big"));
  }
}
