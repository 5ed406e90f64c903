package io.github.slaframework.cli;

import static io.github.slaframework.cli.SlaCommandLineTests.sla;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.SlaCommandLineTests.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partnership's own framework of docs/frameworks.md, {@code docs/frameworks/}: it loads with
 * {@code --frameworks}, an example that selects it validates, and its rules fire.
 */
class FrameworkFileDocsTests {

  static final String AS_OF = "2026-11-27";
  static final String PROFILE = "../docs/frameworks/ashworth-partnership.json";

  @TempDir Path tmp;

  private Path metropolitanUnderThePartnership(String from, String to) throws IOException {
    String text = Files.readString(Path.of("../examples/metropolitan-council.json"),
        StandardCharsets.UTF_8);
    String tailored = text.replace("\"version\": \"2026\"\n",
        "\"version\": \"2026\",\n    \"profile\": \"ashworth-partnership\"\n").replace(from, to);
    assertThat(tailored).contains("ashworth-partnership");
    return Files.writeString(tmp.resolve("ashworth.json"), tailored, StandardCharsets.UTF_8);
  }

  @Test
  void theExampleValidatesUnderThePartnershipsOwnFramework() throws IOException {
    Path agreement = metropolitanUnderThePartnership("", "");

    Run run = sla("validate", "--strict", "--as-of", AS_OF, "--frameworks", PROFILE,
        agreement.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(sla("validate", "--as-of", AS_OF, agreement.toString()).out())
        .as("without --frameworks the profile is unknown").contains("FRAMEWORK_UNKNOWN");
  }

  @Test
  void thePartnershipsRulesFire() throws IOException {
    Path agreement = metropolitanUnderThePartnership("\"retentionPeriod\": \"P31D\"",
        "\"retentionPeriod\": \"P45D\"");

    Run run = sla("validate", "--as-of", AS_OF, "--frameworks", PROFILE, agreement.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("ERROR ASHWORTH_RETENTION", "WARNING RETENTION_LONG");
  }

  @Test
  void sayWhichFrameworksAreKnown() {
    Run run = sla("frameworks", "--frameworks", PROFILE);
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("ashworth-partnership — Ashworth CCTV partnership",
        "rule ERROR    ASHWORTH_AIRWAVE");
  }
}
