package io.github.slaframework.cli;

import static io.github.slaframework.cli.SlaCommandLineTests.sla;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.SlaCommandLineTests.Run;
import io.github.slaframework.core.Agreement;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.SampleAgreements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sla format} upgrades a format 1.0 file to 1.1 and says so (format 1.1 section 1). */
class FormatUpgradeTests {

  @TempDir Path tmp;

  private final String council11 = SlaWriter.defaults().writeAgreement(
      SampleAgreements.councilAndForce());

  /** The council sample as format 1.0 has it. */
  private final String council10 = council11
      .replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\"")
      .replace("\"dpia\":", "\"privacyImpactAssessment\":");

  @Test
  void upgradesA10FileAndSaysSo() throws IOException {
    assertThat(council10).isNotEqualTo(council11).contains("\"privacyImpactAssessment\"");
    Path file = tmp.resolve("council.json");
    Files.writeString(file, council10);

    Run check = sla("format", "--check", file.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).isEqualTo(file + ": not in canonical form (format 1.0)\n");
    assertThat(Files.readString(file)).isEqualTo(council10);

    Run format = sla("format", file.toString());
    assertThat(format.exit()).as(format.err()).isZero();
    assertThat(format.out()).isEqualTo(file + ": formatted (upgraded from 1.0)\n");
    assertThat(format.err()).isEqualTo("sla: " + file + ": the upgrade changed its document hash;"
        + " approvals of the 1.0 text are stale (record new ones with sla approve)\n");
    assertThat(Files.readString(file)).isEqualTo(council11);
    // no data lost: the upgraded file reads as the same agreement
    Agreement upgraded = SlaReader.defaults().readAgreement(file).value().orElseThrow();
    assertThat(upgraded).isEqualTo(SampleAgreements.councilAndForce());

    Run again = sla("format", file.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).isEmpty();
  }

  @Test
  void upgradesA10FileThatIsOtherwiseCanonicalToo() throws IOException {
    Path file = tmp.resolve("c.json");
    Files.writeString(file, council11.replace("\"formatVersion\": \"1.1\"",
        "\"formatVersion\": \"1.0\"").replace("\"dpia\":", "\"privacyImpactAssessment\":"));
    assertThat(sla("format", file.toString()).out()).endsWith(": formatted (upgraded from 1.0)\n");
  }

  @Test
  void renamesThe10NameInA11FileWithoutCallingItAnUpgrade() throws IOException {
    Path file = tmp.resolve("renamed.json");
    Files.writeString(file, council11.replace("\"dpia\":", "\"privacyImpactAssessment\":"));
    Run format = sla("format", file.toString());
    assertThat(format.exit()).isZero();
    assertThat(format.out()).isEqualTo(file + ": formatted\n");
    assertThat(Files.readString(file)).isEqualTo(council11);
  }

  @Test
  void leavesAFileOfANewerMinorAlone() throws IOException {
    Path file = tmp.resolve("newer.json");
    String newer = council11.replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.2\"")
        .replace("\"title\":", "\"subtitle\": \"kept\",\n  \"title\":");
    Files.writeString(file, newer);
    Run format = sla("format", file.toString());
    assertThat(format.exit()).isEqualTo(1);
    assertThat(format.out()).isEqualTo(file + ": not formatted: format version 1.2 is newer than"
        + " 1.1, and writing it as 1.1 would drop what 1.1 does not know\n");
    assertThat(Files.readString(file)).isEqualTo(newer);
  }
}
