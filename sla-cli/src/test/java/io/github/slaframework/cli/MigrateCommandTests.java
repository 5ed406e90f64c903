package io.github.slaframework.cli;

import static io.github.slaframework.cli.SlaCommandLineTests.sla;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.SlaCommandLineTests.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import io.github.slaframework.testkit.ExampleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sla migrate}: moving agreements from framework version 2021 to 2026. */
class MigrateCommandTests {

  static final String AS_OF = "2026-11-27";

  @TempDir Path tmp;

  /** A 2021 agreement that is valid under 2021: council and force, every mandatory area. */
  private static final String AGREEMENT_2021 = """
      {
        "formatVersion": "1.0",
        "id": "kingsmere-2021",
        "title": "Kingsmere CCTV",
        "framework": { "id": "uk-cctv-partnership", "version": "2021" },
        "status": "DRAFT",
        "parties": [
          { "id": "council", "name": "Kingsmere Council", "type": "LOCAL_AUTHORITY",
            "roles": ["SYSTEM_OWNER", "DATA_CONTROLLER"] },
          { "id": "police", "name": "Kingsmere Police", "type": "POLICE_FORCE", "roles": ["POLICE"] }
        ],
        "term": { "effectiveFrom": "2026-04-01", "reviewEvery": "P1Y" },
        "sections": [
          { "area": "PURPOSE_AND_LEGITIMACY", "purposes": ["PUBLIC_SAFETY"],
            "pressingNeed": "Night-time violence.",
            "privacyImpactAssessment": { "reference": "K-1", "completedOn": "2026-01-10",
              "nextReviewOn": "2027-01-10" }, "clauses": [] },
          { "area": "LEGAL_CONSIDERATIONS", "jurisdiction": "ENGLAND_AND_WALES",
            "legalBases": ["UK_GDPR", "DPA_2018_PART_3"], "clauses": [] },
          { "area": "GOVERNANCE", "meetingFrequency": "P3M", "escalation": "CCTV manager",
            "clauses": [] },
          { "area": "INFORMATION_SHARING", "retentionPeriod": "P31D",
            "evidenceExport": { "format": "NATIVE", "integrity": "SHA_256" }, "clauses": [] },
          { "area": "EVALUATION_AND_REVIEW", "reviewFrequency": "P1Y",
            "nextReviewOn": "2027-04-01", "clauses": [] }
        ]
      }
      """;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void movesTheAgreementTo2026RewritesItAndSaysWhatTheNewVersionFinds() throws IOException {
    Path file = write("kingsmere.json", AGREEMENT_2021);
    assertThat(sla("validate", "--as-of", AS_OF, file.toString()).exit()).isZero();

    Run run = sla("migrate", "--to", "2026", "--as-of", AS_OF, file.toString());

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains("\"formatVersion\": \"1.1\"", "\"version\": \"2026\"", "\"dpia\"")
        .doesNotContain("privacyImpactAssessment");
    assertThat(run.out()).startsWith(file + ": migrated from \"2021\" to 2026\n");
    // 2026 makes SURVEILLANCE_TYPES mandatory: the partnership must add it.
    assertThat(run.out()).contains("ERROR AREA_MISSING", "SURVEILLANCE_TYPES",
        "Checked 1 file: 0 valid, 1 invalid");
    assertThat(run.exit()).isEqualTo(1);
    // The rewrite is canonical: format --check finds nothing to do.
    assertThat(sla("format", "--check", file.toString()).exit()).isZero();
  }

  @Test
  void exitsZeroWhenTheMigratedAgreementPassesTheNewVersion() throws IOException {
    String complete = AGREEMENT_2021.replace(
        "{ \"area\": \"EVALUATION_AND_REVIEW\"",
        "{ \"area\": \"SURVEILLANCE_TYPES\", \"types\": [\"OVERT\"], \"clauses\": [] },\n"
            + "    { \"area\": \"EVALUATION_AND_REVIEW\"");
    Path file = write("complete.json", complete);

    Run run = sla("migrate", "--to", "2026", "--as-of", AS_OF, "--format", "json",
        file.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    // The report is JSON only; the note on what was migrated goes to standard error.
    assertThat(run.out()).startsWith("{").contains("\"valid\": true");
    assertThat(run.err()).contains("migrated from \"2021\" to 2026");
  }

  @Test
  void moves2021ExamplesTo2026WithNoErrorOrWithWhatToAdd() throws IOException {
    List<String> args = new ArrayList<>(List.of("migrate", "--to", "2026", "--as-of", AS_OF));
    for (Path example : ExampleFiles.jsonFiles(ExampleFiles.EXAMPLES_2021)) {
      assertThat(sla("validate", "--as-of", AS_OF, example.toString()).exit()).isZero();
      Path copy = tmp.resolve(example.getFileName());
      Files.copy(example, copy);
      args.add(copy.toString());
    }

    Run run = sla(args.toArray(String[]::new));

    // The full examples pass 2026; the minimal one is told exactly which areas and facts to add.
    List<String> errors = run.out().lines().filter(l -> l.contains(": ERROR ")).toList();
    assertThat(errors).isNotEmpty().allSatisfy(line -> assertThat(line)
        .contains("minimal.json")
        .containsAnyOf("ERROR AREA_MISSING", "ERROR AREA_INCOMPLETE", "ERROR CONTROLLER_MISSING"));
    assertThat(run.out()).contains("Checked 5 files: 4 valid, 1 invalid");
  }

  @Test
  void leavesAFileAloneWhenItsFrameworkHasNoSuchVersion() throws IOException {
    Path file = write("kingsmere.json", AGREEMENT_2021);

    Run run = sla("migrate", "--to", "2099", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("has no version \"2099\"; file left alone");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(AGREEMENT_2021);
  }

  @Test
  void leavesAFileThatCannotBeReadAloneAndExitsOne() throws IOException {
    String broken = AGREEMENT_2021.replace("\"title\"", "\"titel\"");
    Path file = write("broken.json", broken);

    Run run = sla("migrate", "--to", "2026", file.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("UNKNOWN_FIELD", "cannot be read as an agreement");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(broken);
  }

  @Test
  void keepsTheFilePermissions() throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = write("kingsmere.json", AGREEMENT_2021);
    Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(file, mode);

    sla("migrate", "--to", "2026", "--as-of", AS_OF, file.toString());

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(mode);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"version\": \"2026\"");
  }

  @Test
  void takesFrameworksFromFiles() throws IOException {
    Path file = write("kingsmere.json", AGREEMENT_2021);

    Run run = sla("migrate", "--to", "2026", "--frameworks", tmp.resolve("missing").toString(),
        file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or directory");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(AGREEMENT_2021);
  }
}
