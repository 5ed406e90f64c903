package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.testkit.SampleAgreements;
import io.github.slaframework.testkit.SampleFrameworks;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaWriterTests {

  private final SlaWriter writer = SlaWriter.defaults();

  @Test
  void writesFieldsInFormatOrderWithExtensionsLast() {
    JsonValue.JsonObject tree = writer.toJsonValue(SampleAgreements.everyField());
    assertThat(tree.members().keySet())
        .containsExactly("formatVersion", "id", "title", "framework", "status", "languages",
            "parties", "term", "sections", "serviceLevels", "approvals", "waivers", "x-vendor");
  }

  @Test
  void writesMoneyAsDecimalStringAndMeasuresAsNumbers() {
    String json = writer.writeAgreement(SampleAgreements.everyField());
    assertThat(json).contains("\"amount\": \"12500.00\"")
        .contains("\"sceneWidthMetres\": 12.5")
        .contains("\"threshold\": \"P5D\"")
        .contains("\"threshold\": 99.0")
        .contains("\"retentionPeriod\": \"P31D\"")
        .contains("\"effectiveFrom\": \"2026-04-01\"");
  }

  @Test
  void writesTwoSpaceIndentUnixLineEndsAndFinalNewline() {
    String json = writer.writeAgreement(SampleAgreements.everyField());
    assertThat(json).startsWith("{\n  \"formatVersion\": \"1.1\",\n").endsWith("}\n")
        .doesNotContain("\r").doesNotContain("\t");
  }

  @Test
  void writesRequiredEmptyClausesButOmitsEmptyOptionalLists() {
    String json = writer.writeAgreement(SampleAgreements.everyField());
    assertThat(json).contains("\"clauses\": []");
    JsonValue.JsonObject wyp =
        (JsonValue.JsonObject)
            ((JsonValue.JsonArray) writer.toJsonValue(SampleAgreements.everyField()).members()
                .get("parties")).elements().get(1);
    assertThat(wyp.members()).doesNotContainKey("contacts");
  }

  @Test
  void writesSectionAreaFirst() {
    JsonValue.JsonArray sections =
        (JsonValue.JsonArray)
            writer.toJsonValue(SampleAgreements.everyField()).members().get("sections");
    for (JsonValue section : sections.elements()) {
      assertThat(((JsonValue.JsonObject) section).members().keySet().iterator().next())
          .isEqualTo("area");
    }
  }

  @Test
  void escapesControlCharactersInStrings() {
    String json = writer.writeValue(JsonValue.of("a\"b\\c\nd\u0001e\u2028"));
    assertThat(json).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001e\\u2028\"\n");
  }

  @Test
  void writesEmptyContainersOnOneLine() {
    String json =
        writer.writeValue(
            JsonValue.object(Map.of("a", JsonValue.array(List.of()))));
    assertThat(json).isEqualTo("{\n  \"a\": []\n}\n");
  }

  @Test
  void keepsTheScaleOfNumbers() {
    assertThat(writer.writeValue(JsonValue.of(new BigDecimal("1.50")))).isEqualTo("1.50\n");
  }

  @Test
  void writesFrameworksWithConditions() {
    String json = writer.writeFramework(SampleFrameworks.everyRuleKind());
    assertThat(json).contains("\"compare\": {").contains("\"operator\": \"LE\"")
        .contains("\"allOf\": [").contains("\"check\": \"PIXEL_DENSITY\"")
        .contains("\"levels\": {\n        \"FINANCE\": \"MANDATORY\"");
  }

  @Test
  void writesFilesAtomicallyWithoutLeavingTemporaryFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.json");
    Files.writeString(file, "old");
    writer.writeAgreement(SampleAgreements.everyField(), file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(writer.writeAgreement(SampleAgreements.everyField()));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void refusesToWriteWhatTheReaderWouldRefuseAndLeavesTheTargetAlone(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), "old");
    Agreement longTitle = SampleAgreements.everyField()
        .withTitle("t".repeat(ReadLimits.defaults().maxStringLength() + 1));

    assertThatThrownBy(() -> writer.writeAgreement(longTitle, file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not written")
        .hasMessageContaining("1000000 a reader accepts");
    assertThat(Files.readString(file)).isEqualTo("old");
  }

  @Test
  void refusesADocumentLongerThanTheReaderAccepts(@TempDir Path dir) {
    Agreement a = SampleAgreements.everyField();
    // Twenty party names of 900,000 characters each (under the string limit): 18 MB in all.
    List<Party> parties = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      parties.add(a.parties().get(0).withId("p" + i)
          .withName("x".repeat(900_000)));
    }
    Agreement big = a.withParties(parties);

    assertThatThrownBy(() -> writer.writeAgreement(big, dir.resolve("big.json")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("big.json: not written: it would be")
        .hasMessageContaining("16777216 a reader accepts");
    assertThat(dir.resolve("big.json")).doesNotExist();
  }

  @Test
  void deletesTheTemporaryFileWhenTheMoveFails(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("a.json");
    Files.createDirectories(target.resolve("occupied")); // a non-empty folder cannot be replaced
    assertThatThrownBy(() -> writer.writeFramework(SampleFrameworks.everyRuleKind(), target))
        .isInstanceOf(IOException.class);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void failsWithoutTouchingTheTargetWhenTheFolderIsMissing(@TempDir Path dir) {
    Path file = dir.resolve("missing/a.json");
    Profile profile = SampleFrameworks.housingAssociationProfile();
    assertThatThrownBy(() -> writer.writeProfile(profile, file))
        .isInstanceOf(IOException.class);
    assertThat(file).doesNotExist();
  }
}
