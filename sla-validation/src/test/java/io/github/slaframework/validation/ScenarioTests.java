package io.github.slaframework.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.GeneratedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario folder under {@code src/test/resources/scenarios}: {@code agreement.json} is
 * validated with the one-call API and the findings (severity, code, path, line, column, in report
 * order) must equal those of {@code expected.json}. {@code -Dsla.regenerate=true} fills in line
 * and column of a scenario whose severities, codes and paths already agree.
 */
class ScenarioTests {

  static final Path ROOT = Path.of("src/test/resources/scenarios");
  static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 1);
  static final AgreementValidator VALIDATOR =
      AgreementValidator.builder().registry(FrameworkRegistry.builtIn()).build();

  /** The codes of format 1.0 sections 3 and 4 and format 1.1 section 3 that validation produces. */
  static final Set<String> VALIDATION_CODES =
      Set.of(
          "REQUIRED",
          "INVALID_VALUE",
          "FRAMEWORK_UNKNOWN",
          "AREA_MISSING",
          "AREA_DUPLICATE",
          "AREA_UNKNOWN",
          "DUPLICATE_ID",
          "PARTY_REFERENCE",
          "DATE_ORDER",
          "WAIVER_UNUSED",
          "PARTY_COMPOSITION",
          "DATA_PROTECTION_BASIS",
          "COVERT_AUTHORISATION",
          "RETENTION_LONG",
          "PIXEL_DENSITY",
          "PIXEL_DENSITY_LEVEL",
          "REVIEW_OVERDUE",
          // Framework version 2026 (format 1.1 section 3) and its wales profile.
          "AREA_INCOMPLETE",
          "PLACEHOLDER",
          "APPROVAL_MISSING",
          "TERM_EXPIRED",
          "REVIEW_CYCLE",
          "DPIA_OVERDUE",
          "BIOMETRIC_DPIA",
          "RETENTION_SHORT",
          "CONTROLLER_MISSING",
          "JURISDICTION_LAW",
          "WAIVER_UNAPPROVED",
          "WAIVER_EXPIRED",
          "WELSH_LANGUAGE",
          // Every framework and version (format 1.1 section 6).
          "APPROVAL_STALE");

  @TestFactory
  Stream<DynamicTest> scenarios() throws IOException {
    return folders().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
  }

  @Test
  void scenariosCoverEveryValidationCode() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (Path folder : folders()) {
      for (JsonValue f : findings(expected(folder))) {
        covered.add(member(f, "code"));
      }
    }
    assertThat(covered).containsAll(VALIDATION_CODES);
  }

  static List<Path> folders() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static void run(Path folder) throws IOException {
    JsonValue.JsonObject expected = expected(folder);
    LocalDate asOf =
        expected.members().containsKey("asOf")
            ? LocalDate.parse(member(expected, "asOf"))
            : DEFAULT_AS_OF;
    ValidationResult result = VALIDATOR.validate(folder.resolve("agreement.json"), asOf);
    List<String> actual = new ArrayList<>();
    List<String> actualWithoutLocation = new ArrayList<>();
    for (Finding f : result.findings()) {
      actualWithoutLocation.add(f.severity() + " " + f.code() + " " + f.path());
      actual.add(
          f.severity() + " " + f.code() + " " + f.path()
              + f.location().map(l -> " " + l.line() + ":" + l.column()).orElse(""));
    }
    List<String> wanted = new ArrayList<>();
    List<String> wantedWithoutLocation = new ArrayList<>();
    for (JsonValue f : findings(expected)) {
      String head = member(f, "severity") + " " + member(f, "code") + " " + member(f, "path");
      wantedWithoutLocation.add(head);
      JsonValue.JsonObject o = (JsonValue.JsonObject) f;
      wanted.add(
          o.members().containsKey("line")
              ? head + " " + member(f, "line") + ":" + member(f, "column")
              : head);
    }
    assertThat(actualWithoutLocation)
        .as("findings of %s (%s)", folder.getFileName(), result.findings())
        .isEqualTo(wantedWithoutLocation);
    if (GeneratedFiles.regenerating()) {
      write(folder, expected, result);
      return;
    }
    assertThat(actual).as("locations of %s", folder.getFileName()).isEqualTo(wanted);
    assertThat(actual).as("every finding of a text document has a location").allMatch(s -> s.matches(".* \\d+:\\d+$"));
  }

  private static void write(Path folder, JsonValue.JsonObject expected, ValidationResult result)
      throws IOException {
    Map<String, JsonValue> out = new LinkedHashMap<>(expected.members());
    // The findings as format section 5 writes them, less what a scenario does not pin down.
    JsonValue.JsonObject file =
        (JsonValue.JsonObject)
            ((JsonValue.JsonArray)
                    ReportFormats.jsonValue(List.of(result.toFileReport("agreement.json")))
                        .members()
                        .get("files"))
                .elements()
                .get(0);
    List<JsonValue> findings = new ArrayList<>();
    for (JsonValue f : ((JsonValue.JsonArray) file.members().get("findings")).elements()) {
      Map<String, JsonValue> m = new LinkedHashMap<>(((JsonValue.JsonObject) f).members());
      m.remove("message");
      m.remove("waived");
      findings.add(JsonValue.object(m));
    }
    out.put("findings", JsonValue.array(findings));
    Files.writeString(
        folder.resolve("expected.json"),
        SlaWriter.defaults().writeValue(JsonValue.object(out)),
        StandardCharsets.UTF_8);
  }

  static JsonValue.JsonObject expected(Path folder) throws IOException {
    return (JsonValue.JsonObject)
        TestJson.parse(Files.readString(folder.resolve("expected.json"), StandardCharsets.UTF_8));
  }

  static List<JsonValue> findings(JsonValue.JsonObject expected) {
    return ((JsonValue.JsonArray) expected.members().get("findings")).elements();
  }

  static String member(JsonValue object, String name) {
    JsonValue v = ((JsonValue.JsonObject) object).members().get(name);
    return v instanceof JsonValue.JsonString s ? s.value() : String.valueOf(v);
  }
}
