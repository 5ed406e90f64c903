package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.SourceLocation;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.testkit.SampleAgreements;
import io.github.slaframework.testkit.SampleFrameworks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaReaderTests {

  private final SlaReader reader = SlaReader.defaults();
  private final SlaWriter writer = SlaWriter.defaults();

  @Test
  void roundTripsAnAgreementWithEveryTypeAndSectionKind() {
    Agreement agreement = SampleAgreements.everyField();
    String json = writer.writeAgreement(agreement);
    ReadResult<Agreement> read = reader.readAgreement(json);
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.value()).contains(agreement);
    assertThat(writer.writeAgreement(read.value().orElseThrow())).isEqualTo(json);
  }

  @Test
  void leavesOutUnreadableOptionalValuesOfAnAgreementSoTheRestIsStillBuilt() {
    Agreement agreement = SampleAgreements.everyField();
    String json = writer.writeAgreement(agreement)
        .replaceFirst("\"status\": \"[A-Z]+\"", "\"status\": \"FINISHED\"")
        .replaceFirst("\"expiresOn\": \"[0-9-]+\"", "\"expiresOn\": \"2026-13-01\"")
        .replaceFirst("\"UK_GDPR\"", "\"UK_GDPRR\"");

    ReadResult<Agreement> read = reader.readAgreement(json);

    assertThat(read.report().findings())
        .extracting(f -> f.code())
        .containsExactly("INVALID_VALUE", "INVALID_VALUE", "INVALID_VALUE");
    assertThat(read.hasErrors()).isTrue();
    Agreement partial = read.value().orElseThrow();
    assertThat(partial.status()).isEmpty();
    assertThat(partial.term().expiresOn()).isEmpty();
    assertThat(partial.parties()).isEqualTo(agreement.parties());
  }

  @Test
  void findsEveryDuplicateKeyOfAnObjectWithManyMembers() {
    // 64 x- members (every hash bit taken, so the scan for duplicates runs in full), with
    // duplicates among the first twelve members and far beyond them.
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < 64; i++) {
      extra.append("\"x-m").append(i).append("\": ").append(i).append(", ");
    }
    extra.append("\"x-m3\": 1, \"x-m40\": 2, \"x-m63\": 3, ");
    String json = writer.writeAgreement(SampleAgreements.everyField())
        .replaceFirst("\\{", "{\"x-m0\": 0, \"x-m0\": 0, " + extra);

    ReadResult<Agreement> read = reader.readAgreement(json);

    assertThat(read.report().findings())
        .filteredOn(f -> f.code().equals("DUPLICATE_KEY"))
        .extracting(f -> f.path())
        .containsExactly("/x-m0", "/x-m0", "/x-m3", "/x-m40", "/x-m63");
  }

  @Test
  void buildsNoAgreementWhenARequiredValueCannotBeRead() {
    String json = writer.writeAgreement(SampleAgreements.everyField())
        .replaceFirst("\"effectiveFrom\": \"[0-9-]+\"", "\"effectiveFrom\": \"soon\"");

    ReadResult<Agreement> read = reader.readAgreement(json);

    assertThat(read.report().findings()).extracting(f -> f.path()).containsExactly("/term/effectiveFrom");
    assertThat(read.value()).isEmpty();
  }

  @Test
  void readsFrameworksStrictlySoARuleNeverLosesItsCondition() {
    String json = writer.writeFramework(SampleFrameworks.everyRuleKind())
        .replaceFirst("\"severity\": \"[A-Z]+\"", "\"severity\": \"FATAL\"");

    ReadResult<Framework> read = reader.readFramework(json);

    assertThat(read.hasErrors()).isTrue();
    assertThat(read.value()).isEmpty();
  }

  @Test
  void roundTripsAFrameworkWithRulesConditionsAndProfiles() {
    Framework framework = SampleFrameworks.everyRuleKind();
    String json = writer.writeFramework(framework);
    ReadResult<Framework> read = reader.readFramework(json);
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.value()).contains(framework);
    assertThat(writer.writeFramework(read.value().orElseThrow())).isEqualTo(json);
  }

  @Test
  void roundTripsAProfileDocument() {
    Profile profile = SampleFrameworks.housingAssociationProfile();
    String json = writer.writeProfile(profile);
    ReadResult<Profile> read = reader.readProfile(json);
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.value()).contains(profile);
    assertThat(writer.writeProfile(read.value().orElseThrow())).isEqualTo(json);
  }

  @Test
  void readsEveryInputKindAlike(@TempDir Path dir) throws IOException {
    String json = writer.writeAgreement(SampleAgreements.everyField());
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("a.json");
    Files.write(file, bytes);
    Agreement expected = SampleAgreements.everyField();
    assertThat(reader.readAgreement(file).value()).contains(expected);
    assertThat(reader.readAgreement(bytes, DocumentFormat.JSON).value()).contains(expected);
    assertThat(reader.readAgreement(new ByteArrayInputStream(bytes), DocumentFormat.JSON).value())
        .contains(expected);
    assertThat(reader.readAgreement(new StringReader(json), DocumentFormat.JSON).value())
        .contains(expected);
  }

  @Test
  void readsYamlIntoTheSameModelAsJson() {
    String yaml =
        String.join("\n",
            "formatVersion: \"1.0\"",
            "id: leeds-wyp-2026",
            "title: Public space CCTV",
            "framework: {id: uk-cctv-partnership, version: \"2021\"}",
            "parties:",
            "  - {id: council, name: Leeds City Council, type: LOCAL_AUTHORITY}",
            "  - id: wyp",
            "    name: West Yorkshire Police",
            "    type: POLICE_FORCE",
            "term:",
            "  effectiveFrom: 2026-04-01",
            "sections:",
            "  - area: INFORMATION_SHARING",
            "    retentionPeriod: P31D",
            "    clauses: []",
            "  - area: x-drones",
            "    clauses: []",
            "    x-max-altitude: 120",
            "");
    String json = SampleAgreements.ONE_LINE_JSON;
    ReadResult<Agreement> fromYaml =
        reader.readAgreement(yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    assertThat(fromYaml.report().findings()).isEmpty();
    assertThat(fromYaml.value()).isEqualTo(reader.readAgreement(json).value());
    assertThat(fromYaml.value().orElseThrow().sections().get(1)).isInstanceOf(CustomSection.class);
    assertThat(fromYaml.sourceMap().locate("/parties/1/name"))
        .contains(new SourceLocation(8, 11));
  }

  @Test
  void reportsEveryProblemInOnePass() {
    String json =
        "{\"formatVersion\":\"1.0\",\"id\":\"a\",\n"
            + "\"framework\":{\"id\":\"f\",\"version\":\"1\"},\n"
            + "\"parties\":[{\"id\":\"p\",\"name\":7,\"type\":\"OTHER\"},"
            + "{\"id\":\"q\",\"name\":\"Q\",\"type\":\"POLICE_FORCE\"}],\n"
            + "\"term\":{\"effectiveFrom\":\"2026-01-01\"},\n"
            + "\"sections\":[{\"area\":\"GOVERNANCE\",\"clauses\":[],\"colour\":\"red\"}]}";
    ReadResult<Agreement> read = reader.readAgreement(json);
    assertThat(read.value()).isEmpty();
    assertThat(read.report().findings())
        .extracting(Finding::code, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("REQUIRED", "/title"),
            org.assertj.core.groups.Tuple.tuple("TYPE_MISMATCH", "/parties/0/name"),
            org.assertj.core.groups.Tuple.tuple("UNKNOWN_FIELD", "/sections/0/colour"));
    assertThat(read.report().findings().get(1).location())
        .contains(new SourceLocation(3, 29));
  }

  @Test
  void locatesValuesThroughTheSourceMap() {
    String json = writer.writeAgreement(SampleAgreements.everyField());
    ReadResult<Agreement> read = reader.readAgreement(json);
    assertThat(read.sourceMap().locate("")).contains(new SourceLocation(1, 1));
    assertThat(read.sourceMap().locate("/id")).contains(new SourceLocation(3, 9));
    assertThat(read.sourceMap().locate("/parties/0")).isPresent();
    assertThat(read.sourceMap().locate("/parties/9")).isEmpty();
    assertThat(read.sourceMap().locate("/nothing")).isEmpty();
    assertThat(read.sourceMap().locateNearest("/term/nothing"))
        .isEqualTo(read.sourceMap().locate("/term"));
  }

  @Test
  void throwsOnlyForRealInputOutputFailures(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.readAgreement(dir.resolve("missing.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void readsADocumentWithAByteOrderMark() {
    String json = writer.writeAgreement(SampleAgreements.everyField());
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(reader.readAgreement(bytes, DocumentFormat.JSON).report().findings()).isEmpty();
    assertThat(reader.readAgreement(bytes, DocumentFormat.YAML).report().findings()).isEmpty();
    assertThat(reader.readAgreement("\uFEFF" + json).report().findings()).isEmpty();
  }

  @Test
  void capsTheNumberOfFindings() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < 50; i++) {
      sb.append("\"u").append(i).append("\":1,");
    }
    sb.append("\"z\":1}");
    SlaReader capped = SlaReader.builder().maxFindings(10).build();
    List<Finding> findings = capped.readAgreement(sb.toString()).report().findings();
    assertThat(findings).hasSize(11);
    assertThat(findings).filteredOn(f -> f.code().equals("LIMIT")).hasSize(1);
  }

  @Test
  void choosesTheFormatByFileName() {
    assertThat(DocumentFormat.forPath(Path.of("a.yml"))).isEqualTo(DocumentFormat.YAML);
    assertThat(DocumentFormat.forPath(Path.of("a.YAML"))).isEqualTo(DocumentFormat.YAML);
    assertThat(DocumentFormat.forPath(Path.of("a.json"))).isEqualTo(DocumentFormat.JSON);
  }

  /**
   * Nine sections, then an {@code x-} object of nine members, both one level below the root: the
   * located tree reads the list and the object with the same per-level scratch rows, which the
   * list had grown for values only (regression: {@code Index 8 out of bounds for length 8}).
   */
  @Test
  void containsTextSearchesEveryStringValueAsDecodedAndNoMemberName() {
    String json = "{\"title\": \"Plan\", \"x-notes\": {\"a\": [1, \"see [TO COMPLETE] here\"]}}";
    assertThat(reader.readAgreement(json).containsText("[TO COMPLETE]")).isTrue();
    // An escape is decoded first; an unknown member is searched too (the file holds it).
    assertThat(reader.readAgreement("{\"other\": \"\\u005BTO COMPLETE]\"}")
        .containsText("[TO COMPLETE]")).isTrue();
    assertThat(reader.readAgreement("{\"[TO COMPLETE]\": \"name only\", \"n\": 1}")
        .containsText("[TO COMPLETE]")).isFalse();
    assertThat(reader.readAgreement("{\"title\": \"[TO COMPLETE\"}")
        .containsText("[TO COMPLETE]")).isFalse();
    assertThat(reader.readAgreement("{").containsText("{")).isFalse();
    // YAML's folding joins the lines of a plain scalar with a space before the search.
    byte[] yaml = "title: Plan\nnotes: see [TO\n  COMPLETE] here\n".getBytes(StandardCharsets.UTF_8);
    assertThat(reader.readAgreement(yaml, DocumentFormat.YAML).containsText("[TO COMPLETE]"))
        .isTrue();
    assertThatThrownBy(() -> reader.readAgreement(json).containsText(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void readsALongSectionListFollowedByAnExtensionObjectWithManyMembers() {
    StringBuilder json = new StringBuilder("{\"formatVersion\": \"1.0\", \"id\": \"long-lists\", "
        + "\"title\": \"Long lists\", \"framework\": {\"id\": \"f\", \"version\": \"1\"}, "
        + "\"parties\": [{\"id\": \"p\", \"name\": \"P\", \"type\": \"POLICE_FORCE\"}], "
        + "\"term\": {\"effectiveFrom\": \"2026-04-01\"}, \"sections\": [");
    StringBuilder yaml = new StringBuilder("formatVersion: \"1.0\"\nid: long-lists\n"
        + "title: Long lists\nframework: {id: f, version: \"1\"}\n"
        + "parties: [{id: p, name: P, type: POLICE_FORCE}]\n"
        + "term: {effectiveFrom: \"2026-04-01\"}\nsections:\n");
    for (int i = 0; i < 9; i++) {
      // "area" after "clauses": the JSON takes the located tree too, as YAML always does
      json.append(i == 0 ? "" : ", ").append("{\"clauses\": [], \"area\": \"x-area-")
          .append(i).append("\"}");
      yaml.append("  - area: x-area-").append(i).append("\n    clauses: []\n");
    }
    json.append("], \"x-notes\": {");
    yaml.append("x-notes:\n");
    for (int i = 0; i < 9; i++) {
      json.append(i == 0 ? "" : ", ").append("\"m").append(i).append("\": ").append(i);
      yaml.append("  m").append(i).append(": ").append(i).append('\n');
    }
    json.append("}}");

    for (ReadResult<Agreement> read : List.of(
        reader.readAgreement(json.toString()),
        reader.readAgreement(yaml.toString().getBytes(StandardCharsets.UTF_8),
            DocumentFormat.YAML))) {
      assertThat(read.report().findings()).isEmpty();
      Agreement agreement = read.value().orElseThrow();
      assertThat(agreement.sections()).hasSize(9);
      assertThat(((JsonValue.JsonObject) agreement.extensions().get("x-notes")).members())
          .hasSize(9);
      assertThat(read.sourceMap().locate("/x-notes/m8")).isPresent();
    }
  }
}
