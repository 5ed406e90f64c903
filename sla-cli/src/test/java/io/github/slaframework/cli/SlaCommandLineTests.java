package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlaCommandLineTests {

  static final String AS_OF = "2026-11-27";

  @TempDir Path tmp;

  /** The outcome of one run: exit code and what went to each stream. */
  record Run(int exit, String out, String err) {}

  static Run sla(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Sla.run(new PrintWriter(out, true), new PrintWriter(err, true), false, args);
    return new Run(exit, out.toString(), err.toString());
  }

  // --- validate ---------------------------------------------------------------------------

  @Test
  void validatesEveryExampleAndExitsZero() {
    Run run = sla("validate", "--as-of", AS_OF, "../examples");
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Checked 8 files: 8 valid, 0 invalid");
    assertThat(run.out()).doesNotContain("ERROR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"metropolitan-council.json", "housing-association.json",
      "scottish-council.json", "university-campus.json", "nhs-trust.json", "welsh-council.json",
      "northern-ireland.json"})
  void everyFullExampleValidatesWithoutAnyFinding(String example) {
    Run run = sla("validate", "--strict", "--as-of", AS_OF, "../examples/" + example);
    assertThat(run.out()).isEqualTo("Checked 1 file: 1 valid, 0 invalid (0 errors, 0 warnings); "
        + "warnings fail (--strict).\n");
    assertThat(run.exit()).isZero();
  }

  @Test
  void printsEachFindingAsFileLineColumnSeverityCodeMessage() {
    Run run = sla("validate", "--as-of", AS_OF, "../invalid-examples");
    assertThat(run.exit()).isEqualTo(1);
    Golden.assertMatches("validate-invalid.txt", run.out());
    assertThat(run.out()).containsPattern(
        "(?m)^\\.\\./invalid-examples/missing-police-party\\.json:\\d+:\\d+: ERROR "
            + "PARTY_COMPOSITION .+$");
  }

  @Test
  void printsTheFormatJsonReport() {
    Run run = sla("validate", "--format", "json", "--as-of", AS_OF, "../invalid-examples",
        "../examples/minimal.json");
    assertThat(run.exit()).isEqualTo(1);
    Golden.assertMatches("validate-invalid.json", run.out());
  }

  @Test
  void printsASarifReport() {
    Run run = sla("validate", "--format", "sarif", "--as-of", AS_OF, "../invalid-examples");
    assertThat(run.exit()).isEqualTo(1);
    Golden.assertMatches("validate-invalid.sarif.json", run.out());
  }

  static Stream<Arguments> invalidExamples() {
    return Stream.of(
        Arguments.of("missing-police-party.json", "ERROR PARTY_COMPOSITION"),
        Arguments.of("covert-without-ripa.json", "ERROR COVERT_AUTHORISATION"),
        Arguments.of("camera-below-density.json", "ERROR PIXEL_DENSITY"),
        Arguments.of("missing-mandatory-area.json", "ERROR AREA_MISSING"),
        Arguments.of("typo-in-field.json", "ERROR UNKNOWN_FIELD"),
        // Framework version 2026 (format 1.1 section 3): one example per code at least.
        Arguments.of("area-incomplete.json", "ERROR AREA_INCOMPLETE"),
        Arguments.of("placeholder-in-agreed.json", "ERROR PLACEHOLDER"),
        Arguments.of("approval-missing.json", "ERROR APPROVAL_MISSING"),
        Arguments.of("facial-recognition-without-dpia.json", "ERROR BIOMETRIC_DPIA"),
        Arguments.of("controller-missing.json", "ERROR CONTROLLER_MISSING"),
        Arguments.of("council-on-legitimate-interests.json", "ERROR DATA_PROTECTION_BASIS"),
        // Every framework and version (format 1.1 section 6).
        Arguments.of("approval-stale.json", "ERROR APPROVAL_STALE"));
  }

  static Stream<Arguments> examplesWithWarningsOnly() {
    return Stream.of(
        Arguments.of("term-expired.json", "WARNING TERM_EXPIRED"),
        Arguments.of("review-cycle-mismatch.json", "WARNING REVIEW_CYCLE"),
        Arguments.of("dpia-overdue.json", "WARNING DPIA_OVERDUE"),
        Arguments.of("retention-shorter-than-turnaround.json", "WARNING RETENTION_SHORT"),
        Arguments.of("english-law-in-scotland.json", "WARNING JURISDICTION_LAW"),
        Arguments.of("waivers-expired-and-unapproved.json", "WARNING WAIVER_EXPIRED"),
        Arguments.of("waivers-expired-and-unapproved.json", "WARNING WAIVER_UNAPPROVED"),
        Arguments.of("wales-english-only.json", "WARNING WELSH_LANGUAGE"));
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @MethodSource("examplesWithWarningsOnly")
  void eachWarningExampleGivesItsDocumentedFindingAndFailsOnlyWhenStrict(String file,
      String finding) {
    Run run = sla("validate", "--as-of", AS_OF, "../invalid-examples/" + file);
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).contains(finding);
    assertThat(sla("validate", "--strict", "--as-of", AS_OF, "../invalid-examples/" + file)
        .exit()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @MethodSource("invalidExamples")
  void eachInvalidExampleGivesItsDocumentedFinding(String file, String finding) {
    Run run = sla("validate", "--as-of", AS_OF, "../invalid-examples/" + file);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(finding);
  }

  @Test
  void failsOnWarningsWhenStrict() {
    assertThat(sla("validate", "--as-of", AS_OF, "../examples/minimal.json").exit()).isZero();
    Run strict = sla("validate", "--strict", "--as-of", AS_OF, "../examples/minimal.json");
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.out()).contains("WARNING AREA_MISSING", "warnings fail (--strict)");
  }

  @Test
  void reportsAReviewOverdueAsOfTheGivenDate() {
    Run run = sla("validate", "--as-of", "2030-01-01", "../examples/metropolitan-council.json");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("WARNING REVIEW_OVERDUE");
  }

  static Stream<Arguments> profileRules() {
    return Stream.of(
        Arguments.of("scottish-council.json", "\"SCOTLAND\"", "\"ENGLAND_AND_WALES\"",
            "ERROR SCOTLAND_JURISDICTION", 1),
        // Version 2026 leaves PoFA in Scotland to the framework's JURISDICTION_LAW.
        Arguments.of("scottish-council.json", "\"HRA_1998\"", "\"HRA_1998\", \"POFA_2012\"",
            "WARNING JURISDICTION_LAW", 0),
        Arguments.of("university-campus.json", "IEC_62676_4_2025", "IEC_62676_4_2014",
            "WARNING PIXEL_DENSITY_EDITION", 1),
        Arguments.of("university-campus.json", "\"area\": \"COMMUNICATION\"",
            "\"area\": \"x-communication\"", "ERROR AREA_MISSING", 1),
        Arguments.of("housing-association.json", "\"area\": \"FINANCE\"",
            "\"area\": \"x-finance\"", "ERROR AREA_MISSING", 1));
  }

  @ParameterizedTest(name = "{0} with {2} gives {3}")
  @MethodSource("profileRules")
  void profilesTailorTheFramework(String example, String from, String to, String finding,
      int exit) throws IOException {
    Path file = tmp.resolve(example);
    String text = Files.readString(Path.of("../examples", example));
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
    Run run = sla("validate", "--as-of", AS_OF, file.toString());
    assertThat(run.out()).contains(finding);
    assertThat(run.exit()).as(run.out()).isEqualTo(exit);
  }

  @Test
  void coloursSeveritiesOnlyOnATerminal() {
    String[] args = {"validate", "--as-of", AS_OF, "../examples/minimal.json"};
    StringWriter out = new StringWriter();
    Sla.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), true, args);
    assertThat(out.toString()).contains("\u001b[33mWARNING\u001b[0m AREA_MISSING");
    assertThat(sla(args).out()).doesNotContain("\u001b[");
  }

  @Test
  void showsProgressOnATerminalForManyFiles() throws IOException {
    String minimal = Files.readString(Path.of("../examples/minimal.json"));
    for (int i = 0; i <= ValidateCommand.PROGRESS_THRESHOLD; i++) {
      Files.writeString(tmp.resolve("a" + i + ".json"), minimal);
    }
    StringWriter err = new StringWriter();
    int exit = Sla.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), true,
        "validate", "--as-of", AS_OF, tmp.toString());
    assertThat(exit).isZero();
    assertThat(err.toString()).contains("\rvalidating 0/301 files", "\rvalidating 300/301 files");
    assertThat(sla("validate", "--as-of", AS_OF, tmp.toString()).err()).isEmpty();
  }

  @Test
  void validatesManyFilesInParallelAndReportsThemInOrder() throws IOException {
    // Enough files for every core; valid and invalid ones, interleaved by name.
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> invalid = Files.list(Path.of("../invalid-examples"))) {
      invalid.filter(p -> p.toString().endsWith(".json")).sorted().forEach(sources::add);
    }
    sources.add(Path.of("../examples/minimal.json"));
    int count = 4 * ValidateCommand.FILES_PER_THREAD;
    StringBuilder expected = new StringBuilder();
    int valid = 0;
    for (int i = 0; i < count; i++) {
      Path copy = tmp.resolve(String.format("%03d.json", i));
      Files.copy(sources.get(i % sources.size()), copy);
      Run one = sla("validate", "--as-of", AS_OF, copy.toString());
      valid += one.exit() == 0 ? 1 : 0;
      expected.append(one.out().lines()
          .takeWhile(line -> !line.isEmpty()).map(line -> line + "\n")
          .collect(Collectors.joining()));
    }
    Run run = sla("validate", "--as-of", AS_OF, tmp.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith(expected.toString())
        .contains("Checked " + count + " files: " + valid + " valid");
  }

  @Test
  void exitsTwoForAMissingFileWithoutAStackTrace() {
    Run run = sla("validate", "no-such-file.json");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or directory: no-such-file.json")
        .doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsTwoForADirectoryWithoutAgreements() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "no agreement here");
    Run run = sla("validate", tmp.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("sla: no *.json, *.yaml or *.yml file under " + tmp + "\n");
  }

  @Test
  void reportsSyntaxErrorsAsFindingsNotExceptions() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{ \"formatVersion\": \"1.0\",,");
    Run run = sla("validate", bad.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("ERROR SYNTAX");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validatesYamlFilesFoundInADirectory() throws IOException {
    Files.writeString(tmp.resolve("minimal.yaml"), """
        formatVersion: "1.0"
        id: minimal-yaml
        title: Minimal agreement in YAML
        framework: {id: uk-cctv-partnership, version: "2021"}
        parties:
          - {id: council, name: Example Council, type: LOCAL_AUTHORITY}
          - {id: police, name: Example Police, type: POLICE_FORCE}
        term: {effectiveFrom: 2026-04-01}
        sections:
          - {area: PURPOSE_AND_LEGITIMACY, clauses: []}
          - {area: LEGAL_CONSIDERATIONS, legalBases: [UK_GDPR], clauses: []}
          - {area: GOVERNANCE, clauses: []}
          - {area: INFORMATION_SHARING, retentionPeriod: P45D, clauses: []}
          - {area: EVALUATION_AND_REVIEW, clauses: []}
        """);
    Files.writeString(tmp.resolve("notes.txt"), "not an agreement");
    Run run = sla("validate", "--as-of", AS_OF, tmp.toString());
    assertThat(run.exit()).as(run.out()).isZero();
    assertThat(run.out()).containsPattern("minimal\\.yaml:\\d+:\\d+: WARNING RETENTION_LONG")
        .contains("Checked 1 file: 1 valid");
  }

  @Test
  void exitsTwoForABadDate() {
    Run run = sla("validate", "--as-of", "27/11/2026", "../examples/minimal.json");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("sla: Invalid value for option '--as-of': expected a date as "
        + "YYYY-MM-DD, got '27/11/2026'\nTry 'sla validate --help' for more information.\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--nope", "validate --format xml x.json", "render", "schema policy"})
  void exitsTwoForUsageErrors(String args) {
    assertThat(sla(args.split(" ")).exit()).isEqualTo(2);
  }

  @Test
  void exitsTwoWithUsageWhenNoCommandIsGiven() {
    Run run = sla();
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: sla");
  }

  // --- help and version -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"validate", "init", "render", "format", "migrate", "schema",
      "frameworks", "measure", "diff", "hash", "approve"})
  void everyCommandHasHelp(String command) {
    Run run = sla(command, "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: sla " + command, "Exit codes:");
  }

  @Test
  void printsItsVersion() {
    Run run = sla("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("sla ").contains("Agreement format 1.1");
    assertThat(sla("validate", "--version").out()).isEqualTo(run.out());
    assertThat(sla("-V").out()).isEqualTo(run.out());
    assertThat(sla("--version", "validate").out()).isEqualTo(run.out());
  }

  @Test
  void registersOnlyTheCommandsTheArgumentsNeed() {
    assertThat(Sla.subcommands("validate", "--strict", "x.json"))
        .containsExactly(ValidateCommand.class);
    assertThat(Sla.subcommands("--version")).isEmpty();
    assertThat(Sla.subcommands("-V", "--version")).isEmpty();
    assertThat(Sla.subcommands()).hasSize(12);
    assertThat(Sla.subcommands("--help")).hasSize(12);
    assertThat(Sla.subcommands("help", "validate")).hasSize(12);
    assertThat(Sla.subcommands("--version", "validate")).hasSize(12);
  }

  // --- render -----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
      "metropolitan-council, markdown, md", "metropolitan-council, html, html",
      "housing-association, markdown, md", "housing-association, html, html",
      "scottish-council, markdown, md", "university-campus, markdown, md",
      "minimal, markdown, md", "minimal, html, html"})
  void rendersEachExampleAsItsGoldenFile(String example, String to, String extension) {
    Run run = sla("render", "--to", to, "../examples/" + example + ".json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    Golden.assertMatches(example + "." + extension, run.out());
  }

  @Test
  void rendersToAFile() throws IOException {
    Path out = tmp.resolve("scottish.html");
    Run run = sla("render", "--to", "html", "-o", out.toString(),
        "../examples/scottish-council.json");
    assertThat(run.exit()).isZero();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>")
        .contains("Regulation of Investigatory Powers (Scotland) Act 2000");
  }

  @Test
  void reportsAnOutputIoErrorInOneLine() {
    Run run = sla("render", "-o", tmp.resolve("no/such/dir/out.md").toString(),
        "../examples/minimal.json");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("sla: ").contains("no such file").doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void refusesToRenderAFileThatCannotBeRead() {
    Run run = sla("render", "../invalid-examples/typo-in-field.json");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("UNKNOWN_FIELD", "cannot be read as an agreement");
    assertThat(run.out()).isEmpty();
  }

  // --- init -------------------------------------------------------------------------------

  @Test
  void scaffoldsADraftThatValidates() {
    Path draft = tmp.resolve("draft.json");
    Run init = sla("init", "--framework", "uk-cctv-partnership:2021",
        "--party", "LOCAL_AUTHORITY:kirkby:Kirkby Borough Council",
        "--party", "POLICE_FORCE:mvp:Mercia Vale Police", "-o", draft.toString());
    assertThat(init.exit()).as(init.err()).isZero();
    assertThat(init.err()).contains("Wrote " + draft, "/sections/3/retentionPeriod");
    Run validate = sla("validate", "--format", "json", draft.toString());
    assertThat(validate.exit()).as(validate.out()).isZero();
    assertThat(validate.out()).doesNotContain("\"ERROR\"");
  }

  @Test
  void scaffoldsA2026DraftWhosePlaceholdersAreWarningsUntilItIsAgreed() throws Exception {
    Path draft = tmp.resolve("draft.json");
    Run init = sla("init", "--framework", "uk-cctv-partnership",
        "--party", "LOCAL_AUTHORITY:kirkby:Kirkby Borough Council",
        "--party", "POLICE_FORCE:mvp:Mercia Vale Police", "-o", draft.toString());
    assertThat(init.exit()).as(init.err()).isZero();
    assertThat(Files.readString(draft)).contains("\"version\": \"2026\"");
    Run validate = sla("validate", draft.toString());
    assertThat(validate.exit()).as(validate.out()).isZero();
    assertThat(validate.out()).contains("WARNING PLACEHOLDER").doesNotContain("ERROR");
    assertThat(validate.out().lines().filter(l -> l.contains(" WARNING "))
        .allMatch(l -> l.contains("WARNING PLACEHOLDER"))).as(validate.out()).isTrue();

    Files.writeString(draft, Files.readString(draft).replace("\"DRAFT\"", "\"AGREED\""));
    Run agreed = sla("validate", draft.toString());
    assertThat(agreed.exit()).isEqualTo(1);
    assertThat(agreed.out()).contains("ERROR PLACEHOLDER", "ERROR APPROVAL_MISSING")
        .doesNotContain("WARNING PLACEHOLDER");
  }

  @Test
  void listsThe2026ProfilesAndSaysTheFrameworkIsThisProjectsReading() {
    Run run = sla("frameworks");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("uk-cctv-partnership 2026", "this project's reading",
        "    nhs-trust", "    retail-bid", "    wales", "    northern-ireland",
        "rule WARNING  WELSH_LANGUAGE");
  }

  @Test
  void scaffoldsWithAProfileToStandardOutput() {
    Run init = sla("init", "--framework", "uk-cctv-partnership", "--profile",
        "housing-association", "--party", "HOUSING_ASSOCIATION:ngh:Northgate Homes",
        "--party", "POLICE_FORCE:a:Force A", "--party", "POLICE_FORCE:b:Force B");
    assertThat(init.exit()).as(init.err()).isZero();
    assertThat(init.out()).contains("\"profile\": \"housing-association\"",
        "\"area\": \"FINANCE\"");
  }

  @Test
  void refusesToOverwriteWithoutForce() throws IOException {
    Path existing = Files.writeString(tmp.resolve("x.json"), "{}");
    Run run = sla("init", "--framework", "uk-cctv-partnership", "--party", "OTHER:a:A",
        "--party", "POLICE_FORCE:b:B", "-o", existing.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(Files.readString(existing)).isEqualTo("{}");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "--framework nope --party OTHER:a:A --party POLICE_FORCE:b:B",
      "--framework uk-cctv-partnership --profile nope --party OTHER:a:A --party POLICE_FORCE:b:B",
      "--framework uk-cctv-partnership --party CASTLE:a:A --party POLICE_FORCE:b:B",
      "--framework uk-cctv-partnership --party a-only --party POLICE_FORCE:b:B",
      "--framework uk-cctv-partnership --party POLICE_FORCE:b:B"})
  void exitsTwoForBadInitArguments(String args) {
    Run run = sla(("init " + args).split(" "));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("sla: ");
  }

  // --- format -----------------------------------------------------------------------------

  @Test
  void formatsAFileCanonicallyAndThenChecksClean() throws IOException {
    Path file = tmp.resolve("minimal.json");
    Files.writeString(file, Files.readString(Path.of("../examples/minimal.json"))
        .replace("\n", "\n    "));
    Run check = sla("format", "--check", file.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains("not in canonical form");
    Run format = sla("format", file.toString());
    assertThat(format.exit()).isZero();
    assertThat(sla("format", "--check", file.toString()).exit()).isZero();
  }

  @Test
  void examplesAreInCanonicalForm() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples"))) {
      String[] args = Stream.concat(Stream.of("format", "--check"),
          files.filter(f -> f.toString().endsWith(".json")).sorted().map(Path::toString))
          .toArray(String[]::new);
      Run run = sla(args);
      assertThat(run.exit()).as(run.out() + run.err()).isZero();
    }
  }

  @Test
  void leavesAFileWithErrorsAlone() throws IOException {
    Path file = tmp.resolve("typo.json");
    String text = Files.readString(Path.of("../invalid-examples/typo-in-field.json"));
    Files.writeString(file, text);
    assertThat(sla("format", file.toString()).exit()).isEqualTo(1);
    assertThat(Files.readString(file)).isEqualTo(text);
  }

  // --- schema and frameworks --------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"agreement", "framework"})
  void printsTheSchemas(String kind) {
    Run run = sla("schema", kind);
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("{").contains("\"$schema\"");
  }

  @Test
  void listsTheBuiltInFrameworkWithItsAreasAndProfiles() {
    Run run = sla("frameworks");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("uk-cctv-partnership 2021", "MANDATORY    PURPOSE_AND_LEGITIMACY",
        "housing-association");
  }

  // --- --frameworks -----------------------------------------------------------------------

  /** A vendor framework whose one mandatory area is GOVERNANCE. */
  static final String ACME = """
      {
        "formatVersion": "1.0",
        "id": "acme",
        "version": "1",
        "title": "Acme partnership",
        "areas": [
          { "code": "GOVERNANCE", "title": "Governance", "level": "MANDATORY" }
        ],
        "rules": [
          {
            "code": "ACME_ESCALATION", "severity": "WARNING", "message": "say how to escalate",
            "require": { "exists": { "area": "GOVERNANCE", "path": "/escalation" } }
          }
        ]
      }
      """;

  static final String ACME_PROFILE = """
      { "id": "strict", "title": "Strict",
        "framework": { "id": "acme", "version": "1" },
        "levels": { "GOVERNANCE": "RECOMMENDED" } }
      """;

  private Path acmeAgreement() throws IOException {
    String minimal = Files.readString(Path.of("../examples/minimal.json"));
    return Files.writeString(tmp.resolve("acme-agreement.json"), minimal
        .replace("\"id\": \"uk-cctv-partnership\"", "\"id\": \"acme\"")
        .replace("\"version\": \"2026\"", "\"version\": \"1\""));
  }

  @Test
  void validatesAgainstAFrameworkGivenAsAFile() throws IOException {
    Path framework = Files.writeString(tmp.resolve("acme.json"), ACME);
    Path agreement = acmeAgreement();
    Run without = sla("validate", "--as-of", AS_OF, agreement.toString());
    assertThat(without.exit()).isEqualTo(1);
    assertThat(without.out()).contains("FRAMEWORK_UNKNOWN");
    Run with = sla("validate", "--as-of", AS_OF, "--frameworks", framework.toString(),
        agreement.toString());
    assertThat(with.out()).doesNotContain("FRAMEWORK_UNKNOWN");
    assertThat(with.exit()).as(with.out() + with.err()).isIn(0, 1);
  }

  @Test
  void readsEveryFrameworkAndProfileOfADirectory() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("frameworks"));
    Files.writeString(dir.resolve("acme.json"), ACME);
    Files.writeString(dir.resolve("acme-strict.json"), ACME_PROFILE);
    Run run = sla("frameworks", "--frameworks", dir.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("uk-cctv-partnership 2021", "acme 1 — Acme partnership",
        "ACME_ESCALATION", "strict — Strict");
    Run init = sla("init", "--frameworks", dir.toString(), "--framework", "acme:1",
        "--profile", "strict", "--party", "LOCAL_AUTHORITY:k:Kirkby Council",
        "--party", "POLICE_FORCE:m:Mercia Vale Police");
    assertThat(init.exit()).as(init.err()).isZero();
    assertThat(init.out()).contains("\"id\": \"acme\"", "\"profile\": \"strict\"",
        "\"area\": \"GOVERNANCE\"");
  }

  @Test
  void rendersWithAFrameworkGivenAsAFile() throws IOException {
    Path framework = Files.writeString(tmp.resolve("acme.json"), ACME);
    Run run = sla("render", "--frameworks", framework.toString(), acmeAgreement().toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Acme partnership");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "init", "render", "frameworks"})
  void printsTheFindingsOfABadFrameworkFileAndExitsTwo(String command) throws IOException {
    Path bad = Files.writeString(tmp.resolve("typo.json"), ACME
        .replace("\"path\": \"/escalation\"", "\"path\": \"/escalaton\"")
        .replace("\"require\": {", "\"check\": \"ACME_MAGIC\", \"x-unused\": {"));
    List<String> args = new ArrayList<>(List.of(command, "--frameworks", bad.toString()));
    switch (command) {
      case "validate", "render" -> args.add(acmeAgreement().toString());
      case "init" -> args.addAll(List.of("--framework", "acme", "--party", "OTHER:a:A",
          "--party", "POLICE_FORCE:b:B"));
      default -> { }
    }
    Run run = sla(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(bad + ":12:16: ERROR CHECK_UNKNOWN rule \"ACME_ESCALATION\" "
        + "names check \"ACME_MAGIC\"").contains(
        "sla: a framework given with --frameworks is refused");
  }

  @Test
  void refusesAFrameworkThatRepeatsABuiltInOneAndAMissingPath() throws IOException {
    String builtIn = ACME.replace("\"id\": \"acme\"", "\"id\": \"uk-cctv-partnership\"")
        .replace("\"version\": \"1\"", "\"version\": \"2021\"");
    Path twin = Files.writeString(tmp.resolve("twin.json"), builtIn);
    Run run = sla("frameworks", "--frameworks", twin.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(twin + ":4:14: ERROR FRAMEWORK_DUPLICATE framework "
        + "uk-cctv-partnership:2021 is already registered");
    Run missing = sla("frameworks", "--frameworks", tmp.resolve("nope.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("sla: no such file or directory: ");
  }
}
