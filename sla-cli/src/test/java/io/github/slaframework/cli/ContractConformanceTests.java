package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.SlaCommandLineTests.Run;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.TestAbortedException;

/**
 * Black-box checks of the command line against the public contract, docs format-1.0 sections
 * 1 to 5: every finding and rule code, the report shapes, the exit codes and the rules' edges.
 * Documents are written to a temporary folder and validated through {@link Sla#run}; the JSON
 * report is read with a small parser of its own, so nothing of the library checks itself.
 */
class ContractConformanceTests {

  private static final String AS_OF = "2026-11-27";

  private static final Set<String> FINDING_KEYS =
      Set.of("severity", "code", "path", "line", "column", "message", "waived");

  @TempDir Path tmp;

  private int files;

  // --- running the command line ------------------------------------------------------------

  private static Run sla(String... args) {
    return SlaCommandLineTests.sla(args);
  }

  /** One finding of the JSON report. */
  record F(String severity, String code, String path, Integer line, Integer column,
      String message, Boolean waived) {}

  /** The JSON report of one file, its exit code and the document it was made from. */
  record Result(Run run, boolean valid, List<F> findings, Object document, boolean ours) {

    List<F> withCode(String code) {
      return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    F only(String code) {
      List<F> found = withCode(code);
      assertThat(found).as("findings %s of %s", code, findings).hasSize(1);
      return found.get(0);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Result validateText(String name, String text, String... options) throws IOException {
    return validateFile(write(name, text), options);
  }

  private Result validate(Consumer<Map<String, Object>> change, String... options)
      throws IOException {
    Map<String, Object> doc = base();
    change.accept(doc);
    return validateText("doc" + (files++) + ".json", Json.write(doc), options);
  }

  private Result validateFile(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
    args.addAll(List.of(options));
    if (!args.contains("--as-of")) {
      args.addAll(List.of("--as-of", AS_OF));
    }
    args.add(file.toString());
    Run run = sla(args.toArray(String[]::new));
    noStackTrace(run);
    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    Map<String, Object> report = Json.object(Json.parse(run.out()));
    assertThat(report.keySet()).containsExactly("files");
    List<Object> reported = Json.array(report.get("files"));
    assertThat(reported).hasSize(1);
    Map<String, Object> one = Json.object(reported.get(0));
    assertThat(one.keySet()).containsExactly("file", "valid", "findings");
    assertThat(one.get("file")).isEqualTo(file.toString());
    boolean valid = (Boolean) one.get("valid");
    List<F> findings = new ArrayList<>();
    for (Object o : Json.array(one.get("findings"))) {
      Map<String, Object> f = Json.object(o);
      assertThat(f).containsKeys("severity", "code", "path", "message");
      assertThat(FINDING_KEYS).as("keys of %s", f).containsAll(f.keySet());
      assertThat((String) f.get("severity")).isIn("ERROR", "WARNING", "INFO");
      assertThat((String) f.get("path")).matches("(/[^/]*)*");
      assertThat((String) f.get("message")).as("message echoes input escaped")
          .doesNotContainPattern("[\\x00-\\x1f\\x7f]");
      assertThat(f.containsKey("line")).isEqualTo(f.containsKey("column"));
      if (f.containsKey("waived")) {
        assertThat(f.get("waived")).isEqualTo(Boolean.TRUE);
      }
      findings.add(new F((String) f.get("severity"), (String) f.get("code"),
          (String) f.get("path"), integer(f.get("line")), integer(f.get("column")),
          (String) f.get("message"), (Boolean) f.get("waived")));
    }
    boolean anyError = findings.stream().anyMatch(f -> f.severity().equals("ERROR"));
    assertThat(valid).as("valid of %s", findings).isEqualTo(!anyError);
    assertThat(run.exit()).isEqualTo(valid ? 0 : 1);
    Object document = null;
    boolean ours = false;
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (!text.contains("[".repeat(64))) {
        document = Json.parse(text);
        ours = text.equals(Json.write(document));
      }
    } catch (RuntimeException | IOException e) {
      document = null; // not JSON (YAML or broken on purpose): paths are checked for shape only
    }
    return new Result(run, valid, findings, document, ours);
  }

  private static Integer integer(Object o) {
    return o == null ? null : ((BigDecimal) o).intValueExact();
  }

  private static void noStackTrace(Run run) {
    assertThat(run.err() + run.out()).doesNotContain("\tat ").doesNotContainPattern(
        "(?m)^(Exception in thread|[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b)");
  }

  /**
   * Checks a finding as the contract states: the severity, the path, and a line and column
   * that are present; the path resolves in the document (or, for a missing field, its parent).
   */
  private static void assertFinding(Result r, String code, String severity, String path) {
    F f = r.findings().stream()
        .filter(x -> x.code().equals(code) && x.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError(
            "no " + code + " at '" + path + "' among " + r.findings()));
    assertThat(f.severity()).as("severity of %s", f).isEqualTo(severity);
    assertThat(f.line()).as("line of %s", f).isNotNull().isPositive();
    assertThat(f.column()).as("column of %s", f).isNotNull().isPositive();
    assertThat(f.message()).isNotBlank();
    if (r.document() != null) {
      assertThat(Json.resolves(r.document(), path) || Json.resolves(r.document(), parent(path)))
          .as("%s resolves in the document", path).isTrue();
    }
    if (r.ours()) {
      // Written one field a line: the finding is on the line of its path, or of the nearest
      // ancestor that exists when the field is missing.
      Map<String, Integer> lines = Json.lines(r.document());
      String at = path;
      while (!lines.containsKey(at)) {
        at = parent(at);
      }
      assertThat(f.line()).as("line of %s", f).isEqualTo(lines.get(at));
    }
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  // --- the documents -----------------------------------------------------------------------

  /** A valid agreement with every mandatory and recommended area: it has no finding at all. */
  static Map<String, Object> base() {
    return Json.object(Json.parse("""
        {
          "formatVersion": "1.0",
          "id": "conformance",
          "title": "Conformance agreement",
          "framework": { "id": "uk-cctv-partnership", "version": "2021" },
          "parties": [
            { "id": "council", "name": "Example Council", "type": "LOCAL_AUTHORITY" },
            { "id": "police", "name": "Example Police", "type": "POLICE_FORCE" }
          ],
          "term": { "effectiveFrom": "2026-04-01" },
          "sections": [
            { "area": "PURPOSE_AND_LEGITIMACY", "clauses": [] },
            { "area": "LEGAL_CONSIDERATIONS", "legalBases": ["UK_GDPR"], "clauses": [] },
            { "area": "GOVERNANCE", "clauses": [
              { "id": "gov-1", "text": "The parties meet.", "responsibleParties": ["council"] }
            ] },
            { "area": "INFORMATION_SHARING", "retentionPeriod": "P31D", "clauses": [] },
            { "area": "EVALUATION_AND_REVIEW", "nextReviewOn": "2027-04-01", "clauses": [] },
            { "area": "COMMUNICATION", "clauses": [] },
            { "area": "TRAINING", "clauses": [] },
            { "area": "SURVEILLANCE_TYPES", "types": ["OVERT"], "clauses": [] },
            { "area": "FEEDBACK", "clauses": [] }
          ]
        }
        """));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> section(Map<String, Object> doc, String area) {
    for (Object s : Json.array(doc.get("sections"))) {
      if (area.equals(((Map<String, Object>) s).get("area"))) {
        return (Map<String, Object>) s;
      }
    }
    Map<String, Object> added = new LinkedHashMap<>();
    added.put("area", area);
    added.put("clauses", new ArrayList<>());
    Json.array(doc.get("sections")).add(added);
    return added;
  }

  static int sectionIndex(Map<String, Object> doc, String area) {
    List<Object> sections = Json.array(doc.get("sections"));
    for (int i = 0; i < sections.size(); i++) {
      if (area.equals(Json.object(sections.get(i)).get("area"))) {
        return i;
      }
    }
    throw new AssertionError(area);
  }

  static Object parse(String json) {
    return Json.parse(json);
  }

  static Map<String, Object> party(Map<String, Object> doc, int i) {
    return Json.object(Json.array(doc.get("parties")).get(i));
  }

  private static Map<String, Object> cameras(Map<String, Object> doc, String standard,
      String level, int pixels, String width) {
    Map<String, Object> technical = section(doc, "TECHNICAL_STANDARDS");
    technical.put("pixelDensityStandard", standard);
    technical.put("cameras", parse("[{ \"id\": \"cam-1\", \"requiredLevel\": \"" + level
        + "\", \"horizontalPixels\": " + pixels + ", \"sceneWidthMetres\": " + width + " }]"));
    return technical;
  }

  // --- (a) the base document, and every code of section 4 -----------------------------------

  @Test
  void theBaseDocumentHasNoFinding() throws IOException {
    Result r = validate(doc -> { });
    assertThat(r.findings()).isEmpty();
    assertThat(r.run().exit()).isZero();
  }

  @Test
  void reportsSyntaxWithLineAndColumn() throws IOException {
    Result r = validateText("syntax.json", "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \n");
    F f = r.withCode("SYNTAX").get(0);
    assertThat(f.severity()).isEqualTo("ERROR");
    assertThat(f.line()).isNotNull().isPositive();
    assertThat(f.column()).isNotNull().isPositive();
  }

  @Test
  void reportsLimitForDeepNesting() throws IOException {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    Result r = validateText("deep.json", Json.write(base()).replaceFirst("\\{",
        "{ \"x-deep\": " + deep + ","));
    assertThat(r.withCode("LIMIT")).isNotEmpty();
    assertThat(r.withCode("LIMIT").get(0).severity()).isEqualTo("ERROR");
  }

  @Test
  void reportsDuplicateKeyAtTheSecondField() throws IOException {
    Result r = validateText("dup.json", Json.write(base()).replaceFirst("\\{",
        "{\n  \"title\": \"Twice\","));
    assertFinding(r, "DUPLICATE_KEY", "ERROR", "/title");
  }

  @Test
  void reportsTypeMismatch() throws IOException {
    assertFinding(validate(doc -> doc.put("parties", "council")), "TYPE_MISMATCH", "ERROR",
        "/parties");
  }

  @Test
  void reportsUnknownFieldsAtEveryLevel() throws IOException {
    Result r = validate(doc -> {
      doc.put("colour", "blue");
      party(doc, 0).put("colour", "blue");
      section(doc, "GOVERNANCE").put("colour", "blue");
    });
    assertFinding(r, "UNKNOWN_FIELD", "ERROR", "/colour");
    assertFinding(r, "UNKNOWN_FIELD", "ERROR", "/parties/0/colour");
    assertFinding(r, "UNKNOWN_FIELD", "ERROR",
        "/sections/" + sectionIndex(base(), "GOVERNANCE") + "/colour");
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "id", "framework", "parties", "term", "sections"})
  void reportsRequiredForAMissingField(String field) throws IOException {
    Result r = validate(doc -> doc.remove(field));
    F f = r.withCode("REQUIRED").stream()
        .filter(x -> x.path().equals("/" + field) || x.path().isEmpty()).findFirst()
        .orElseThrow(() -> new AssertionError(r.findings().toString()));
    assertFinding(r, "REQUIRED", "ERROR", f.path());
  }

  @Test
  void reportsRequiredForABlankOrNullField() throws IOException {
    assertFinding(validate(doc -> doc.put("title", "   ")), "REQUIRED", "ERROR", "/title");
    assertFinding(validate(doc -> doc.put("title", null)), "REQUIRED", "ERROR", "/title");
  }

  @Test
  void reportsInvalidValue() throws IOException {
    assertFinding(validate(doc -> doc.put("status", "OPEN")), "INVALID_VALUE", "ERROR",
        "/status");
    assertFinding(validate(doc -> doc.put("id", "-bad id")), "INVALID_VALUE", "ERROR", "/id");
    assertFinding(validate(doc -> party(doc, 1).put("type", "ARMY")), "INVALID_VALUE", "ERROR",
        "/parties/1/type");
  }

  // --- (h) formatVersion -------------------------------------------------------------------

  @Test
  void readsAnyMinorVersionOfFormatOne() throws IOException {
    // format 1.1 section 1: a newer minor is read as 1.1, with a warning
    Result r = validate(doc -> doc.put("formatVersion", "1.7"));
    assertFinding(r, "FORMAT_VERSION", "WARNING", "/formatVersion");
    assertThat(r.findings()).hasSize(1);
  }

  @Test
  void refusesAnotherMajorVersion() throws IOException {
    assertFinding(validate(doc -> doc.put("formatVersion", "2.0")), "FORMAT_VERSION", "ERROR",
        "/formatVersion");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.0.1", "1.1", "1.1.4"})
  void readsEveryOneDotVersion(String version) throws IOException {
    assertThat(validate(doc -> doc.put("formatVersion", version)).findings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0", "0.9", "2", "1.0a", "1.", "1.x", "v1.0", " 1.0", ""})
  void refusesEveryOtherMajorVersion(String version) throws IOException {
    assertFinding(validate(doc -> doc.put("formatVersion", version)), "FORMAT_VERSION", "ERROR",
        "/formatVersion");
  }

  @Test
  void reportsAMissingFormatVersionAsFormatVersion() throws IOException {
    Result r = validate(doc -> doc.remove("formatVersion"));
    F f = r.withCode("FORMAT_VERSION").stream().findFirst()
        .orElseThrow(() -> new AssertionError(r.findings().toString()));
    assertFinding(r, "FORMAT_VERSION", "ERROR", f.path());
    assertThat(f.path()).isIn("", "/formatVersion");
  }

  // --- (n) framework ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"no-such-framework,2021,", "uk-cctv-partnership,1999,",
      "uk-cctv-partnership,2021,no-such-profile"})
  void reportsAnUnknownFrameworkVersionOrProfile(String id, String version, String profile)
      throws IOException {
    Result r = validate(doc -> {
      Map<String, Object> framework = Json.object(doc.get("framework"));
      framework.put("id", id);
      framework.put("version", version);
      if (profile != null) {
        framework.put("profile", profile);
      }
    });
    F f = r.withCode("FRAMEWORK_UNKNOWN").stream().findFirst()
        .orElseThrow(() -> new AssertionError(r.findings().toString()));
    assertThat(f.path()).startsWith("/framework");
    assertFinding(r, "FRAMEWORK_UNKNOWN", "ERROR", f.path());
  }

  // --- areas -----------------------------------------------------------------------------

  @Test
  void reportsAMissingMandatoryAreaAsErrorAndRecommendedAsWarning() throws IOException {
    Result r = validate(doc -> Json.array(doc.get("sections")).removeIf(s -> Set.of(
        "GOVERNANCE", "COMMUNICATION").contains(Json.object(s).get("area"))));
    assertThat(r.withCode("AREA_MISSING")).extracting(F::severity)
        .containsExactlyInAnyOrder("ERROR", "WARNING");
    assertFinding(r, "AREA_MISSING", "ERROR", "/sections");
    assertThat(r.withCode("AREA_MISSING")).allMatch(f -> f.line() != null);
  }

  @Test
  void reportsAreaDuplicate() throws IOException {
    Result r = validate(doc -> Json.array(doc.get("sections"))
        .add(parse("{ \"area\": \"GOVERNANCE\", \"clauses\": [] }")));
    assertThat(r.only("AREA_DUPLICATE").path()).startsWith("/sections/");
    assertFinding(r, "AREA_DUPLICATE", "ERROR", r.only("AREA_DUPLICATE").path());
  }

  @Test
  void reportsAreaUnknownButAllowsExtensionAreas() throws IOException {
    Result r = validate(doc -> Json.array(doc.get("sections"))
        .add(parse("{ \"area\": \"WEATHER\", \"clauses\": [] }")));
    F f = r.only("AREA_UNKNOWN");
    assertThat(f.path()).startsWith("/sections/9");
    assertFinding(r, "AREA_UNKNOWN", "ERROR", f.path());

    Result ext = validate(doc -> Json.array(doc.get("sections")).add(parse(
        "{ \"area\": \"x-drones\", \"x-fleet\": { \"size\": 3 }, \"clauses\": ["
            + "{ \"id\": \"drone-1\", \"text\": \"Drones are logged.\" }] }")));
    assertThat(ext.findings()).isEmpty();
  }

  // --- (m) identities, references and dates ---------------------------------------------

  @Test
  void reportsDuplicatePartyIds() throws IOException {
    Result r = validate(doc -> party(doc, 1).put("id", "council"));
    assertFinding(r, "DUPLICATE_ID", "ERROR", r.only("DUPLICATE_ID").path());
    assertThat(r.only("DUPLICATE_ID").path()).startsWith("/parties/1");
  }

  @Test
  void reportsDuplicateClauseIdsAcrossSections() throws IOException {
    Result r = validate(doc -> Json.array(section(doc, "TRAINING").get("clauses"))
        .add(parse("{ \"id\": \"gov-1\", \"text\": \"Again.\" }")));
    F f = r.only("DUPLICATE_ID");
    assertThat(f.path()).startsWith("/sections/" + sectionIndex(base(), "TRAINING")
        + "/clauses/0");
    assertFinding(r, "DUPLICATE_ID", "ERROR", f.path());
  }

  @Test
  void reportsDuplicateServiceLevelIds() throws IOException {
    Result r = validate(doc -> doc.put("serviceLevels", parse("""
        [ { "id": "sl", "metric": "FOOTAGE_REQUEST_TURNAROUND", "obligatedParty": "council",
            "objective": { "operator": "AT_MOST", "threshold": "P7D" },
            "window": { "type": "CALENDAR_MONTH" } },
          { "id": "sl", "metric": "REQUEST_ACKNOWLEDGEMENT", "obligatedParty": "council",
            "objective": { "operator": "AT_MOST", "threshold": "PT4H" },
            "window": { "type": "CALENDAR_MONTH" } } ]""")));
    F f = r.only("DUPLICATE_ID");
    assertThat(f.path()).startsWith("/serviceLevels/1");
    assertFinding(r, "DUPLICATE_ID", "ERROR", f.path());
  }

  @Test
  void reportsDuplicateCameraIds() throws IOException {
    Result r = validate(doc -> {
      Map<String, Object> technical = cameras(doc, "IEC_62676_4_2014", "DETECT", 1920, "10");
      Json.array(technical.get("cameras")).add(parse("{ \"id\": \"cam-1\", \"requiredLevel\":"
          + " \"DETECT\", \"horizontalPixels\": 1920, \"sceneWidthMetres\": 10 }"));
    });
    F f = r.only("DUPLICATE_ID");
    assertThat(f.path()).startsWith("/sections/9/cameras/1");
    assertFinding(r, "DUPLICATE_ID", "ERROR", f.path());
  }

  @Test
  void reportsEveryKindOfPartyReference() throws IOException {
    Result r = validate(doc -> {
      Map<String, Object> governance = section(doc, "GOVERNANCE");
      Json.object(Json.array(governance.get("clauses")).get(0))
          .put("responsibleParties", parse("[\"nobody-1\"]"));
      doc.put("serviceLevels", parse("""
          [ { "id": "sl", "metric": "FOOTAGE_REQUEST_TURNAROUND", "obligatedParty": "nobody-2",
              "objective": { "operator": "AT_MOST", "threshold": "P7D" },
              "window": { "type": "CALENDAR_MONTH" } } ]"""));
      section(doc, "FINANCE").put("charges", parse("[{ \"description\": \"Monitoring\", "
          + "\"amount\": \"10.00\", \"currency\": \"GBP\", \"payer\": \"nobody-3\" }]"));
      doc.put("approvals", parse("[{ \"party\": \"nobody-4\", \"name\": \"A. Person\", "
          + "\"position\": \"Chief Executive\", \"date\": \"2026-03-01\" }]"));
    });
    int governance = sectionIndex(base(), "GOVERNANCE");
    assertFinding(r, "PARTY_REFERENCE", "ERROR",
        "/sections/" + governance + "/clauses/0/responsibleParties/0");
    assertFinding(r, "PARTY_REFERENCE", "ERROR", "/serviceLevels/0/obligatedParty");
    assertFinding(r, "PARTY_REFERENCE", "ERROR", "/sections/9/charges/0/payer");
    assertFinding(r, "PARTY_REFERENCE", "ERROR", "/approvals/0/party");
    assertThat(r.withCode("PARTY_REFERENCE")).hasSize(4);
  }

  @Test
  void reportsDateOrder() throws IOException {
    Result r = validate(doc -> Json.object(doc.get("term")).put("expiresOn", "2026-03-31"));
    assertFinding(r, "DATE_ORDER", "ERROR", "/term/expiresOn");
    Result same = validate(doc -> Json.object(doc.get("term")).put("expiresOn", "2026-04-01"));
    assertThat(same.withCode("DATE_ORDER")).isEmpty();
  }

  // --- section 3: the rules ---------------------------------------------------------------

  @Test
  void reportsPartyComposition() throws IOException {
    Result r = validate(doc -> party(doc, 1).put("type", "OTHER"));
    assertFinding(r, "PARTY_COMPOSITION", "ERROR", r.only("PARTY_COMPOSITION").path());
    Result police = validate(doc -> party(doc, 0).put("type", "POLICE_FORCE"));
    assertFinding(police, "PARTY_COMPOSITION", "ERROR", police.only("PARTY_COMPOSITION").path());
  }

  @Test
  void reportsDataProtectionBasis() throws IOException {
    Result r = validate(doc -> section(doc, "LEGAL_CONSIDERATIONS")
        .put("legalBases", parse("[\"HRA_1998\"]")));
    assertFinding(r, "DATA_PROTECTION_BASIS", "ERROR", r.only("DATA_PROTECTION_BASIS").path());
  }

  // --- (i) covert surveillance ------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "SCOTLAND, RIPA_2000_PART_2, true",
      "SCOTLAND, RIPSA_2000, false",
      "ENGLAND_AND_WALES, RIPSA_2000, true",
      "ENGLAND_AND_WALES, RIPA_2000_PART_2, false",
      "NORTHERN_IRELAND, RIPA_2000_PART_2, false",
      "NORTHERN_IRELAND, RIPSA_2000, true",
      ", RIPA_2000_PART_2, false",
      ", RIPSA_2000, true"})
  void needsTheAuthorisationRegimeOfTheJurisdictionForCovertSurveillance(String jurisdiction,
      String regime, boolean reported) throws IOException {
    Result r = validate(doc -> {
      Map<String, Object> legal = section(doc, "LEGAL_CONSIDERATIONS");
      if (jurisdiction != null) {
        legal.put("jurisdiction", jurisdiction);
      }
      legal.put("legalBases", parse("[\"UK_GDPR\", \"" + regime + "\"]"));
      section(doc, "SURVEILLANCE_TYPES").put("types", parse("[\"OVERT\", \"COVERT\"]"));
    });
    if (reported) {
      assertFinding(r, "COVERT_AUTHORISATION", "ERROR", r.only("COVERT_AUTHORISATION").path());
    } else {
      assertThat(r.findings()).isEmpty();
    }
  }

  // --- (k) retention ----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"P32D, true", "P5W, true", "P2M, true", "P1Y, true", "P31D, false",
      "P1M, false", "P4W, false", "P1D, false"})
  void warnsOfRetentionLongerThan31Days(String period, boolean reported) throws IOException {
    Result r = validate(doc -> section(doc, "INFORMATION_SHARING")
        .put("retentionPeriod", period));
    if (reported) {
      assertFinding(r, "RETENTION_LONG", "WARNING", "/sections/"
          + sectionIndex(base(), "INFORMATION_SHARING") + "/retentionPeriod");
      assertThat(r.valid()).isTrue();
    } else {
      assertThat(r.findings()).isEmpty();
    }
  }

  @Test
  void refusesAZeroOrMissingRetentionPeriod() throws IOException {
    int i = sectionIndex(base(), "INFORMATION_SHARING");
    assertFinding(validate(doc -> section(doc, "INFORMATION_SHARING")
        .put("retentionPeriod", "P0D")), "INVALID_VALUE", "ERROR",
        "/sections/" + i + "/retentionPeriod");
    Result missing = validate(doc -> section(doc, "INFORMATION_SHARING").remove("retentionPeriod"));
    assertThat(missing.withCode("REQUIRED")).isNotEmpty();
  }

  // --- (j) pixel density ------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "IEC_62676_4_2014, IDENTIFY, 500, 2, false",
      "IEC_62676_4_2014, IDENTIFY, 499, 2, true",
      "IEC_62676_4_2014, MONITOR, 125, 10, false",
      "IEC_62676_4_2014, MONITOR, 124, 10, true",
      "IEC_62676_4_2014, OBSERVE, 1920, 30.72, false",
      "IEC_62676_4_2014, IDENTIFY, 1920, 7.68, false",
      "IEC_62676_4_2014, INSPECT, 1000, 1.0, false",
      "IEC_62676_4_2014, INSPECT, 999, 1.0, true",
      "IEC_62676_4_2025, OVERVIEW, 200, 10, false",
      "IEC_62676_4_2025, OVERVIEW, 199, 10, true",
      "IEC_62676_4_2025, SCRUTINIZE, 1500, 1, false",
      "IEC_62676_4_2025, SCRUTINIZE, 3000, 2.01, true",
      "IEC_62676_4_2025, VALIDATE, 1920, 3.84, false",
      "IEC_62676_4_2025, PERCEIVE, 1920, 15.36, false"})
  void checksPixelDensityInBothEditionsUpToTheExactThreshold(String edition, String level,
      int pixels, String width, boolean reported) throws IOException {
    Result r = validate(doc -> cameras(doc, edition, level, pixels, width));
    if (reported) {
      assertFinding(r, "PIXEL_DENSITY", "ERROR", r.only("PIXEL_DENSITY").path());
      assertThat(r.only("PIXEL_DENSITY").path()).startsWith("/sections/9/cameras/0");
    } else {
      assertThat(r.findings()).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({"IEC_62676_4_2014, OVERVIEW", "IEC_62676_4_2014, SCRUTINIZE",
      "IEC_62676_4_2025, IDENTIFY", "IEC_62676_4_2025, MONITOR"})
  void reportsALevelOfTheOtherEdition(String edition, String level) throws IOException {
    Result r = validate(doc -> cameras(doc, edition, level, 100_000, "1"));
    F f = r.only("PIXEL_DENSITY_LEVEL");
    assertThat(f.path()).startsWith("/sections/9/cameras/0");
    assertFinding(r, "PIXEL_DENSITY_LEVEL", "ERROR", f.path());
    assertThat(r.withCode("PIXEL_DENSITY")).isEmpty();
  }

  // --- (f) review date --------------------------------------------------------------------

  @Test
  void reportsReviewOverdueAsOfTheGivenDate() throws IOException {
    int i = sectionIndex(base(), "EVALUATION_AND_REVIEW");
    Consumer<Map<String, Object>> review = doc -> section(doc, "EVALUATION_AND_REVIEW")
        .put("nextReviewOn", "2026-06-01");
    assertThat(validate(review, "--as-of", "2026-06-01").findings()).isEmpty();
    Result late = validate(review, "--as-of", "2026-06-02");
    assertFinding(late, "REVIEW_OVERDUE", "WARNING", "/sections/" + i + "/nextReviewOn");
    assertThat(late.valid()).isTrue();
    assertThat(late.run().exit()).isZero();
  }

  // --- (g) waivers ------------------------------------------------------------------------

  @Test
  void aWaivedFindingIsInfoAndTheDocumentValidAgain() throws IOException {
    Consumer<Map<String, Object>> low = doc -> cameras(doc, "IEC_62676_4_2014", "IDENTIFY",
        100, "1");
    Result before = validate(low);
    assertThat(before.valid()).isFalse();
    String path = before.only("PIXEL_DENSITY").path();

    Result byPath = validate(low.andThen(doc -> doc.put("waivers", parse(
        "[{ \"code\": \"PIXEL_DENSITY\", \"path\": \"" + path + "\", \"reason\": \"Agreed\" }]"))));
    F f = byPath.only("PIXEL_DENSITY");
    assertThat(f.severity()).isEqualTo("INFO");
    assertThat(f.waived()).isTrue();
    assertThat(f.path()).isEqualTo(path);
    assertThat(byPath.valid()).isTrue();
    assertThat(byPath.run().exit()).isZero();

    Result byArea = validate(low.andThen(doc -> doc.put("waivers", parse("[{ \"code\": "
        + "\"PIXEL_DENSITY\", \"area\": \"TECHNICAL_STANDARDS\", \"reason\": \"Agreed\" }]"))));
    assertThat(byArea.only("PIXEL_DENSITY").severity()).isEqualTo("INFO");
    assertThat(byArea.valid()).isTrue();

    Result other = validate(low.andThen(doc -> doc.put("waivers", parse("[{ \"code\": "
        + "\"PIXEL_DENSITY\", \"area\": \"GOVERNANCE\", \"reason\": \"Agreed\" }]"))));
    assertThat(other.only("PIXEL_DENSITY").severity()).isEqualTo("ERROR");
    assertThat(other.only("PIXEL_DENSITY").waived()).isNull();
    assertThat(other.valid()).isFalse();
  }

  @Test
  void aWaivedWarningIsInfoToo() throws IOException {
    Result r = validate(doc -> {
      section(doc, "INFORMATION_SHARING").put("retentionPeriod", "P90D");
      doc.put("waivers", parse(
          "[{ \"code\": \"RETENTION_LONG\", \"reason\": \"Court cases run long\" }]"));
    });
    assertThat(r.only("RETENTION_LONG").severity()).isEqualTo("INFO");
    assertThat(r.only("RETENTION_LONG").waived()).isTrue();
  }

  // --- (l) extension fields ---------------------------------------------------------------

  private static Map<String, Object> withExtensions(Map<String, Object> doc) {
    doc.put("x-note", parse("{ \"n\": 1.50, \"big\": 12345678901234567890, "
        + "\"list\": [true, null, \"\\u00e9\"], \"empty\": {} }"));
    party(doc, 0).put("x-ref", "P-1");
    // A bare "x-" is no extension (issue 17, docs/FORMAT.md): one character more makes one.
    party(doc, 0).put("x-y", "one character after the prefix is enough");
    Json.object(doc.get("framework")).put("x-source", "local");
    Json.object(doc.get("term")).put("x-signed", false);
    Map<String, Object> governance = section(doc, "GOVERNANCE");
    governance.put("x-board", parse("[1, 2, 3]"));
    Json.object(Json.array(governance.get("clauses")).get(0)).put("x-tag", "a");
    Json.array(doc.get("sections")).add(parse(
        "{ \"area\": \"x-drones\", \"x-fleet\": 3, \"clauses\": [] }"));
    party(doc, 1).put("contacts", parse("[{ \"name\": \"Desk\", \"x-shift\": \"night\" }]"));
    party(doc, 1).put("identifiers", parse("{ \"forceCode\": \"20\", \"x-local\": \"7\" }"));
    section(doc, "PURPOSE_AND_LEGITIMACY").put("privacyImpactAssessment", parse(
        "{ \"reference\": \"DPIA-1\", \"completedOn\": \"2026-01-01\", \"x-by\": \"DPO\" }"));
    section(doc, "INFORMATION_SHARING").put("evidenceExport",
        parse("{ \"format\": \"NATIVE\", \"x-tool\": \"t\" }"));
    section(doc, "FINANCE").put("charges", parse("[{ \"description\": \"Monitoring\", "
        + "\"amount\": \"10.00\", \"currency\": \"GBP\", \"payer\": \"council\", "
        + "\"x-po\": \"PO-1\" }]"));
    section(doc, "FUTURE_TECHNOLOGY").put("plannedChanges",
        parse("[{ \"description\": \"New cameras\", \"x-cost\": 1 }]"));
    cameras(doc, "IEC_62676_4_2014", "DETECT", 1920, "10");
    Json.object(Json.array(section(doc, "TECHNICAL_STANDARDS").get("cameras")).get(0))
        .put("x-model", "M1");
    doc.put("serviceLevels", parse("""
        [ { "id": "sl", "metric": "FOOTAGE_REQUEST_TURNAROUND", "obligatedParty": "council",
            "objective": { "operator": "AT_MOST", "threshold": "P7D", "x-o": 1 },
            "window": { "type": "CALENDAR_MONTH", "x-w": 2 },
            "appliesTo": { "priority": "URGENT", "x-a": 3 }, "x-sl": 4 } ]"""));
    doc.put("approvals", parse("[{ \"party\": \"council\", \"name\": \"A. Person\", "
        + "\"position\": \"Chief Executive\", \"date\": \"2026-03-01\", \"x-sig\": \"s\" }]"));
    doc.put("waivers", parse("[{ \"code\": \"NO_SUCH_CODE_EVER\", \"reason\": \"r\", "
        + "\"x-ticket\": \"T-1\" }]"));
    return doc;
  }

  @Test
  void extensionFieldsAreNeverReported() throws IOException {
    assertThat(validate(ContractConformanceTests::withExtensions).findings())
        .allMatch(f -> !f.code().equals("UNKNOWN_FIELD") && !f.severity().equals("ERROR"));
  }

  @Test
  void unknownFieldsInNestedObjectsAreReportedAtTheirPath() throws IOException {
    Result r = validate(doc -> {
      withExtensions(doc);
      party(doc, 1).put("contacts", parse("[{ \"name\": \"Desk\", \"shift\": \"night\" }]"));
      Json.object(Json.object(Json.array(doc.get("serviceLevels")).get(0)).get("window"))
          .put("zone", "UTC");
      Json.object(Json.array(doc.get("approvals")).get(0)).put("signature", "s");
    });
    assertFinding(r, "UNKNOWN_FIELD", "ERROR", "/parties/1/contacts/0/shift");
    assertFinding(r, "UNKNOWN_FIELD", "ERROR", "/serviceLevels/0/window/zone");
    assertFinding(r, "UNKNOWN_FIELD", "ERROR", "/approvals/0/signature");
  }

  @Test
  void reportsNestedRequiredTypeAndValueProblemsAtTheirPaths() throws IOException {
    Result r = validate(doc -> {
      party(doc, 0).remove("name");
      section(doc, "COMMUNICATION").put("liveIncidentSupport", "yes");
      section(doc, "FINANCE").put("charges", parse("[{ \"description\": \"Monitoring\", "
          + "\"amount\": \"ten\", \"currency\": \"GBP\", \"payer\": \"council\" }]"));
      Json.object(doc.get("term")).put("expiresOn", "2027-02-30");
    });
    int governance = sectionIndex(base(), "GOVERNANCE");
    int communication = sectionIndex(base(), "COMMUNICATION");
    assertFinding(r, "REQUIRED", "ERROR", "/parties/0/name");
    Result blank = validate(doc -> Json.object(Json.array(section(doc, "GOVERNANCE")
        .get("clauses")).get(0)).put("text", " "));
    assertFinding(blank, "REQUIRED", "ERROR", "/sections/" + governance + "/clauses/0/text");
    assertFinding(r, "TYPE_MISMATCH", "ERROR",
        "/sections/" + communication + "/liveIncidentSupport");
    assertFinding(r, "INVALID_VALUE", "ERROR", "/sections/9/charges/0/amount");
    assertFinding(r, "INVALID_VALUE", "ERROR", "/term/expiresOn");
  }

  @Test
  void aWaiverByAreaAppliesToAMissingRecommendedArea() throws IOException {
    Result r = validate(doc -> {
      Json.array(doc.get("sections")).removeIf(s -> "TRAINING".equals(Json.object(s).get("area")));
      doc.put("waivers", parse("[{ \"code\": \"AREA_MISSING\", \"area\": \"TRAINING\", "
          + "\"reason\": \"Training is in the contract\" }]"));
    });
    F f = r.only("AREA_MISSING");
    assertThat(f.severity()).isEqualTo("INFO");
    assertThat(f.waived()).isTrue();
  }

  @Test
  void extensionFieldsSurviveFormat() throws IOException {
    Map<String, Object> doc = withExtensions(base());
    Path file = write("ext.json", Json.write(doc));
    Run run = sla("format", file.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    Object formatted = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    // format writes 1.1: the version and the DPIA's 1.1 name change, nothing else
    doc.put("formatVersion", "1.1");
    Map<String, Object> purpose = section(doc, "PURPOSE_AND_LEGITIMACY");
    purpose.put("dpia", purpose.remove("privacyImpactAssessment"));
    assertThat(formatted).isEqualTo(doc);
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("1.50").contains("12345678901234567890");
    assertThat(validateFile(file).findings()).extracting(F::code)
        .containsExactly("WAIVER_UNUSED");
  }

  // --- (c) exit codes and bad documents ---------------------------------------------------

  @Test
  void exitsTwoForAMissingFileOrAUsageError() throws IOException {
    Path good = write("good.json", Json.write(base()));
    for (String[] args : List.of(
        new String[] {"validate", tmp.resolve("missing.json").toString()},
        new String[] {"validate", good.toString(), tmp.resolve("missing.json").toString()},
        new String[] {"validate"},
        new String[] {"validate", "--format", "xml", good.toString()},
        new String[] {"validate", "--as-of", "27/11/2026", good.toString()},
        new String[] {"validate", "--no-such-option", good.toString()},
        new String[] {"no-such-command"})) {
      Run run = sla(args);
      assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
      noStackTrace(run);
    }
    assertThat(sla("validate", "--as-of", AS_OF, good.toString()).exit()).isZero();
  }

  @Test
  void aMissingFileStillPrintsTheReportOfTheOthersAndExitsTwo() throws IOException {
    Path good = write("good.json", Json.write(base()));
    Run run = sla("validate", "--format", "json", "--as-of", AS_OF, good.toString(),
        tmp.resolve("missing.json").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("missing.json");
    List<Object> reported = Json.array(Json.object(Json.parse(run.out())).get("files"));
    assertThat(reported).hasSize(1);
    assertThat(Json.object(reported.get(0)).get("file")).isEqualTo(good.toString());
  }

  @Test
  void aWaivedFindingIsASuppressedNoteInSarif() throws IOException {
    Map<String, Object> doc = base();
    section(doc, "INFORMATION_SHARING").put("retentionPeriod", "P90D");
    doc.put("waivers", parse("[{ \"code\": \"RETENTION_LONG\", \"reason\": \"Agreed\" }]"));
    Path file = write("waived.json", Json.write(doc));
    Run run = sla("validate", "--format", "sarif", "--as-of", AS_OF, file.toString());
    assertThat(run.exit()).isZero();
    Map<String, Object> result = Json.object(Json.array(Json.object(Json.array(
        Json.object(Json.parse(run.out())).get("runs")).get(0)).get("results")).get(0));
    assertThat(result.get("ruleId")).isEqualTo("RETENTION_LONG");
    assertThat(result.get("level")).isEqualTo("note");
    assertThat(Json.array(result.get("suppressions"))).isNotEmpty();
  }

  @Test
  void exitsOneWhenAnyOfSeveralDocumentsIsInvalid() throws IOException {
    Path good = write("good.json", Json.write(base()));
    Map<String, Object> bad = base();
    bad.remove("title");
    Path invalid = write("bad.json", Json.write(bad));
    assertThat(sla("validate", "--as-of", AS_OF, good.toString(), invalid.toString()).exit())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "empty.json|",
      "null.json|null",
      "number.json|42",
      "array.json|[]",
      "string.json|\"agreement\"",
      "trailing.json|{} {}",
      "garbage.json|{ \"formatVersion\": \"1.0\" } xyz",
      "comment.json|{ /* c */ }",
      "nan.json|{ \"x-n\": NaN }",
      "yaml-bad.yaml|formatVersion: \"1.0\"\\nid: [unclosed\\n  title: x: y",
      "yaml-tab.yml|formatVersion: '1.0'\\n\\tid: x",
      "yaml-dup.yaml|formatVersion: '1.0'\\nformatVersion: '1.0'",
      "yaml-anchor.yaml|a: &a [1]\\nb: *a",
      "yaml-tag.yaml|x-t: !!java.lang.Runtime {}"})
  void aBadDocumentIsFindingsNeverAStackTrace(String name, String text) throws IOException {
    Result r = validateText(name, text == null ? "" : text.replace("\\n", "\n")
        .replace("\\t", "\t"));
    assertThat(r.valid()).isFalse();
    assertThat(r.findings()).isNotEmpty();
    assertThat(r.run().err()).isEmpty();
    assertThat(r.findings()).allMatch(f -> f.message().length() < 400);
  }

  @Test
  void reportsInvalidUtf8AsFindings() throws IOException {
    Path file = tmp.resolve("latin1.json");
    byte[] text = Json.write(base()).replace("Conformance agreement", "Caf\u00e9")
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, text);
    Result r = validateFile(file);
    assertThat(r.valid()).isFalse();
    assertThat(r.run().err()).isEmpty();
  }

  @Test
  void refusesUtf16AsNotUtf8() throws IOException {
    for (var charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
      Path file = tmp.resolve("utf16-" + charset.name() + ".json");
      Files.write(file, Json.write(base()).getBytes(charset));
      Result r = validateFile(file);
      assertFinding(r, "SYNTAX", "ERROR", "");
      assertThat(r.findings()).hasSize(1);
    }
  }

  @Test
  void refusesYamlAliasesInsteadOfReadingTheAnchorName() throws IOException {
    Result r = validateText("alias.yaml", Json.write(base()).replaceFirst("\\{",
        "{ \"x-a\": &shared [1, 2], \"x-b\": *shared,"));
    assertThat(r.only("INVALID_VALUE").path()).isEqualTo("/x-b");
    assertThat(r.only("INVALID_VALUE").line()).isEqualTo(1);
  }

  @Test
  void reportsAHugeStringWithoutEchoingIt() throws IOException {
    Map<String, Object> doc = base();
    doc.put("title", "A".repeat(2 * 1024 * 1024));
    Result r = validateText("huge.json", Json.write(doc));
    assertThat(r.run().err()).isEmpty();
    assertThat(r.run().out().length()).isLessThan(10_000);
    assertThat(r.findings()).allMatch(f -> f.message().length() < 400);
  }

  @Test
  void reportsDeepNestingWithoutAStackTrace() throws IOException {
    Result r = validateText("deep-root.json", "[".repeat(100_000));
    assertThat(r.valid()).isFalse();
    assertThat(r.run().err()).isEmpty();
  }

  @Test
  void reportsEveryProblemNotOnlyTheFirst() throws IOException {
    Result r = validate(doc -> {
      doc.put("colour", "x");
      Json.object(doc.get("term")).put("expiresOn", "2020-01-01");
      party(doc, 1).put("type", "OTHER");
      section(doc, "INFORMATION_SHARING").put("retentionPeriod", "P60D");
    });
    assertThat(r.findings()).extracting(F::code).containsExactlyInAnyOrder("UNKNOWN_FIELD",
        "DATE_ORDER", "PARTY_COMPOSITION", "RETENTION_LONG");
    Result read = validate(doc -> {
      doc.put("colour", "x");
      doc.put("status", "OPEN");
      Json.object(doc.get("term")).put("effectiveFrom", "1 April");
    });
    assertThat(read.findings()).extracting(F::code).containsExactlyInAnyOrder("UNKNOWN_FIELD",
        "INVALID_VALUE", "INVALID_VALUE");
  }

  @Test
  void escapesFieldNamesInPathsAndNeverEchoesLongInput() throws IOException {
    Result r = validate(doc -> {
      doc.put("a/b~c", 1);
      party(doc, 0).put("q".repeat(900), 1);
      doc.put("status", "S".repeat(10_000));
    });
    assertFinding(r, "UNKNOWN_FIELD", "ERROR", "/a~1b~0c");
    assertThat(r.findings()).allMatch(f -> f.message().length() < 400);
    assertThat(r.run().out()).hasSizeLessThan(20_000 + 3_000);
  }

  @Test
  void neverWritesControlCharactersOfTheInputToTheTerminal() throws IOException {
    Map<String, Object> doc = base();
    doc.put("status", "\u001b[31mRED\nnext");
    party(doc, 0).put("type", "\u001b]0;title\u0007");
    doc.put("x\u001bkey", 1);
    Json.array(doc.get("sections")).add(parse("{ \"area\": \"\\u001b[2J\", \"clauses\": [] }"));
    Path file = write("escapes.json", Json.write(doc));
    Run text = sla("validate", "--as-of", AS_OF, file.toString());
    assertThat(text.exit()).isEqualTo(1);
    assertThat(text.out()).doesNotContain("\u001b").doesNotContain("\u0007")
        .contains("INVALID_VALUE");
    validateFile(file);
  }

  @Test
  void aDuplicateKeyIsLocatedAtItsSecondOccurrence() throws IOException {
    Result r = validateText("dup-line.json", "{\n  \"title\": \"One\",\n  \"title\": \"Two\"\n}\n");
    F f = r.only("DUPLICATE_KEY");
    assertThat(f.path()).isEqualTo("/title");
    assertThat(f.line()).isEqualTo(3);
    assertThat(f.column()).isEqualTo(3);
  }

  @Test
  void anExtensionAreaRefusesOtherFields() throws IOException {
    Result r = validate(doc -> Json.array(doc.get("sections")).add(parse(
        "{ \"area\": \"x-drones\", \"fleet\": 3, \"clauses\": [] }")));
    assertFinding(r, "UNKNOWN_FIELD", "ERROR", "/sections/9/fleet");
  }

  // --- (d) directories --------------------------------------------------------------------

  @Test
  void walksDirectoriesForJsonAndYamlFilesOnly() throws IOException {
    String json = Json.write(base());
    write("dir/a.json", json);
    write("dir/b.yaml", json);
    write("dir/c.yml", json);
    write("dir/nested/d.json", json);
    write("dir/notes.txt", "not an agreement");
    write("dir/e.json.bak", "not an agreement");
    write("dir/README", "not an agreement");
    Run run = sla("validate", "--format", "json", "--as-of", AS_OF, tmp.resolve("dir").toString());
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    List<String> names = new ArrayList<>();
    for (Object o : Json.array(Json.object(Json.parse(run.out())).get("files"))) {
      names.add(tmp.resolve("dir").relativize(Path.of((String) Json.object(o).get("file")))
          .toString().replace('\\', '/'));
    }
    assertThat(names).containsExactlyInAnyOrder("a.json", "b.yaml", "c.yml", "nested/d.json");
  }

  @Test
  void walksADirectoryNamedThroughASymbolicLink() throws IOException {
    write("real/a.json", Json.write(base()));
    Path link;
    try {
      link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("real"));
    } catch (UnsupportedOperationException | IOException e) {
      throw new TestAbortedException("no symbolic links on this file system", e);
    }
    Run run = sla("validate", "--format", "json", "--as-of", AS_OF, link.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    List<Object> reported = Json.array(Json.object(Json.parse(run.out())).get("files"));
    assertThat(reported).extracting(o -> Json.object(o).get("file"))
        .containsExactly(link.resolve("a.json").toString());
  }

  @Test
  void yamlFindingsCarryPathLineAndColumn() throws IOException {
    Result r = validateText("agreement.yaml", """
        formatVersion: "1.0"
        id: yaml-agreement
        title: YAML agreement
        colour: blue
        """);
    assertFinding(r, "UNKNOWN_FIELD", "ERROR", "/colour");
    assertThat(r.only("UNKNOWN_FIELD").line()).isEqualTo(4);
  }

  // --- (b) and (e) report shapes ----------------------------------------------------------

  @Test
  void theJsonReportHasExactlyTheContractShape() throws IOException {
    Map<String, Object> bad = base();
    bad.put("colour", 1);
    Path one = write("one.json", Json.write(bad));
    Path two = write("two.json", Json.write(base()));
    Run run = sla("validate", "--format", "json", "--as-of", AS_OF, one.toString(),
        two.toString());
    assertThat(run.exit()).isEqualTo(1);
    Map<String, Object> report = Json.object(Json.parse(run.out()));
    assertThat(report.keySet()).containsExactly("files");
    List<Object> reported = Json.array(report.get("files"));
    assertThat(reported).hasSize(2);
    Map<String, Object> first = Json.object(reported.get(0));
    assertThat(first.keySet()).containsExactly("file", "valid", "findings");
    assertThat(first.get("valid")).isEqualTo(false);
    Map<String, Object> finding = Json.object(Json.array(first.get("findings")).get(0));
    assertThat(finding.keySet()).containsExactly("severity", "code", "path", "line", "column",
        "message");
    assertThat(finding.get("line")).isInstanceOf(BigDecimal.class);
    Map<String, Object> second = Json.object(reported.get(1));
    assertThat(second.get("valid")).isEqualTo(true);
    assertThat(Json.array(second.get("findings"))).isEmpty();
  }

  @Test
  void theSarifReportIsVersion210WithTheCodeAsRuleId() throws IOException {
    Map<String, Object> bad = base();
    bad.put("colour", 1);
    party(bad, 1).put("type", "OTHER");
    section(bad, "INFORMATION_SHARING").put("retentionPeriod", "P60D");
    Path file = write("sarif.json", Json.write(bad));
    Run run = sla("validate", "--format", "sarif", "--as-of", AS_OF, file.toString());
    assertThat(run.exit()).isEqualTo(1);
    Map<String, Object> sarif = Json.object(Json.parse(run.out()));
    assertThat(sarif.get("version")).isEqualTo("2.1.0");
    assertThat((String) sarif.get("$schema")).contains("sarif");
    Map<String, Object> theRun = Json.object(Json.array(sarif.get("runs")).get(0));
    Map<String, Object> driver = Json.object(Json.object(theRun.get("tool")).get("driver"));
    assertThat(driver.get("name")).isEqualTo("sla");
    List<String> ruleIds = new ArrayList<>();
    for (Object rule : Json.array(driver.get("rules"))) {
      ruleIds.add((String) Json.object(rule).get("id"));
    }
    List<String> resultIds = new ArrayList<>();
    List<String> levels = new ArrayList<>();
    for (Object result : Json.array(theRun.get("results"))) {
      Map<String, Object> res = Json.object(result);
      resultIds.add((String) res.get("ruleId"));
      levels.add((String) res.get("level"));
      assertThat(ruleIds.get(((BigDecimal) res.get("ruleIndex")).intValueExact()))
          .isEqualTo(res.get("ruleId"));
    }
    assertThat(resultIds).containsExactlyInAnyOrder("UNKNOWN_FIELD", "PARTY_COMPOSITION",
        "RETENTION_LONG");
    assertThat(levels).containsExactlyInAnyOrder("error", "error", "warning");
    assertThat(ruleIds).containsExactlyInAnyOrderElementsOf(resultIds);
  }

  // --- a small JSON reader and writer, independent of the library ---------------------------

  /** Reads JSON into LinkedHashMap, ArrayList, String, BigDecimal, Boolean and null. */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json p = new Json(text);
      Object v = p.value();
      p.ws();
      if (p.i != text.length()) {
        throw new IllegalArgumentException("trailing text at " + p.i);
      }
      return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object o) {
      assertThat(o).isInstanceOf(Map.class);
      return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object o) {
      assertThat(o).isInstanceOf(List.class);
      return (List<Object>) o;
    }

    /** Whether an RFC 6901 pointer names a value of the document. */
    static boolean resolves(Object doc, String pointer) {
      if (pointer.isEmpty()) {
        return true;
      }
      Object at = doc;
      for (String raw : pointer.substring(1).split("/", -1)) {
        String token = raw.replace("~1", "/").replace("~0", "~");
        if (at instanceof Map<?, ?> m && m.containsKey(token)) {
          at = m.get(token);
        } else if (at instanceof List<?> l && token.matches("0|[1-9][0-9]*")
            && Integer.parseInt(token) < l.size()) {
          at = l.get(Integer.parseInt(token));
        } else {
          return false;
        }
      }
      return true;
    }

    private void ws() {
      while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    private Object value() {
      ws();
      char c = s.charAt(i);
      if (c == '{') {
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        ws();
        if (s.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          ws();
          String k = string();
          ws();
          expect(':');
          if (m.containsKey(k)) {
            throw new IllegalArgumentException("duplicate key " + k);
          }
          m.put(k, value());
          ws();
          if (s.charAt(i++) == '}') {
            return m;
          }
        }
      }
      if (c == '[') {
        i++;
        List<Object> l = new ArrayList<>();
        ws();
        if (s.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(value());
          ws();
          if (s.charAt(i++) == ']') {
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      for (String word : List.of("true", "false", "null")) {
        if (s.startsWith(word, i)) {
          i += word.length();
          return word.equals("null") ? null : Boolean.valueOf(word);
        }
      }
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      return new BigDecimal(s.substring(start, i));
    }

    private void expect(char c) {
      if (s.charAt(i++) != c) {
        throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
    }

    /** The line on which {@link #write} puts each value, by JSON Pointer. */
    static Map<String, Integer> lines(Object value) {
      Map<String, Integer> lines = new LinkedHashMap<>();
      lines(value, "", new int[] {1}, lines);
      return lines;
    }

    private static void lines(Object v, String pointer, int[] line, Map<String, Integer> lines) {
      lines.put(pointer, line[0]);
      if (v instanceof Map<?, ?> m && !m.isEmpty()) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          line[0]++;
          lines(e.getValue(), pointer + "/" + ((String) e.getKey()).replace("~", "~0")
              .replace("/", "~1"), line, lines);
        }
        line[0]++;
      } else if (v instanceof List<?> l && !l.isEmpty()) {
        for (int n = 0; n < l.size(); n++) {
          line[0]++;
          lines(l.get(n), pointer + "/" + n, line, lines);
        }
        line[0]++;
      }
    }

    /** Writes JSON with one field or element a line, so that lines and columns mean something. */
    static String write(Object value) {
      StringBuilder b = new StringBuilder();
      write(b, value, "");
      return b.append('\n').toString();
    }

    private static void write(StringBuilder b, Object v, String indent) {
      if (v instanceof Map<?, ?> m) {
        if (m.isEmpty()) {
          b.append("{}");
          return;
        }
        b.append("{\n");
        int n = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          b.append(indent).append("  ");
          quote(b, (String) e.getKey());
          b.append(": ");
          write(b, e.getValue(), indent + "  ");
          b.append(++n < m.size() ? ",\n" : "\n");
        }
        b.append(indent).append('}');
      } else if (v instanceof List<?> l) {
        if (l.isEmpty()) {
          b.append("[]");
          return;
        }
        b.append("[\n");
        for (int n = 0; n < l.size(); n++) {
          b.append(indent).append("  ");
          write(b, l.get(n), indent + "  ");
          b.append(n + 1 < l.size() ? ",\n" : "\n");
        }
        b.append(indent).append(']');
      } else if (v instanceof String str) {
        quote(b, str);
      } else if (v instanceof BigDecimal d) {
        b.append(d);
      } else {
        b.append(v);
      }
    }

    private static void quote(StringBuilder b, String str) {
      b.append('"');
      for (char c : str.toCharArray()) {
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          default -> {
            if (c < 0x20) {
              b.append(String.format("\\u%04x", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
      b.append('"');
    }
  }
}
