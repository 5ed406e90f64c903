package io.github.slaframework.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.diff.Change;
import io.github.slaframework.core.diff.Change.Op;
import io.github.slaframework.core.diff.ChangeSet;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.testkit.GeneratedFiles;
import io.github.slaframework.testkit.SampleAgreements;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code render --since}: what changed since a previous version, summarised and marked. */
class ChangesSinceRenderingTests {

  private static final Path GOLDEN =
      Path.of("src/test/resources/io/github/slaframework/render/golden");

  private final Agreement agreement = SampleAgreements.councilAndForce();

  /** The changes a previous version would give: a changed clause, a new party, a removed one. */
  private static ChangeSet changes() {
    Map<String, JsonValue> removed = new LinkedHashMap<>();
    removed.put("id", JsonValue.of("ngo"));
    removed.put("name", JsonValue.of("Friends | <script>alert(1)</script>"));
    return new ChangeSet(List.of(
        new Change(Op.ADD, "/parties/1", Optional.empty(), Optional.empty(),
            Optional.of(JsonValue.of("police")), "party \"police\"", "/parties/1"),
        new Change(Op.REPLACE, "/sections/3/clauses/0/text", Optional.of("INFORMATION_SHARING"),
            Optional.of(JsonValue.of("Old *text*\nwith a line break")),
            Optional.of(JsonValue.of("New text")), "clause \"share-1\" › text",
            "/sections/3/clauses/0/text"),
        new Change(Op.REMOVE, "/parties/2", Optional.empty(),
            Optional.of(JsonValue.object(removed)), Optional.empty(), "party \"ngo\"",
            "/parties")));
  }

  @Test
  void summarisesAndMarksChangesInMarkdownAsTheGoldenFile() {
    String md = AgreementRenderer.standard().render(agreement, RenderFormat.MARKDOWN, changes());
    assertThat(md).isEqualTo(GeneratedFiles.expected(GOLDEN.resolve("since.md"), md));
    assertThat(md).containsSubsequence(
        "## Changes since the previous version",
        "| Area | What changed | Before | Now |",
        "| — | party \"police\" added | — | police |",
        "| Information sharing | clause \"share-1\" › text changed | Old \\*text\\* with a line "
            + "break | New text |",
        "| — | party \"ngo\" removed | {\"id\": \"ngo\", \"name\": \"Friends \\| "
            + "&lt;script&gt;alert(1)&lt;/script&gt;\"} | — |",
        "## Parties", "(new)",
        "Information sharing", "*Changed since the previous version.*",
        "**4.1**", "*Changed since the previous version.*");
  }

  @Test
  void summarisesAndMarksChangesInHtmlAsTheGoldenFile() {
    String html = AgreementRenderer.standard().render(agreement, RenderFormat.HTML, changes());
    assertThat(html).isEqualTo(GeneratedFiles.expected(GOLDEN.resolve("since.html"), html));
    assertThat(html).contains("Changes since the previous version")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
  }

  @Test
  void marksChangesInWelshAndInBothLanguages() {
    AgreementRenderer welsh = AgreementRenderer.builder()
        .languages(java.util.List.of(java.util.Locale.forLanguageTag("cy"))).build();
    String md = welsh.render(agreement, RenderFormat.MARKDOWN, changes());
    assertThat(md).contains("Newidiadau ers y fersiwn flaenorol")
        .contains("| Maes | Beth a newidiodd | Cynt | Nawr |")
        .doesNotContain("Changes since the previous version");
    String both = AgreementRenderer.builder().languages(java.util.List.of(
            java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("cy"))).build()
        .render(agreement, RenderFormat.HTML, changes());
    assertThat(both).contains("Changes since the previous version")
        .contains("Newidiadau ers y fersiwn flaenorol");
  }

  @Test
  void saysSoWhenNothingChangedAndMarksNothing() {
    String md = AgreementRenderer.standard().render(agreement, RenderFormat.MARKDOWN,
        new ChangeSet(List.of()));
    assertThat(md).contains("*Nothing has changed since the previous version.*")
        .doesNotContain("(new)").doesNotContain("(changed)")
        .doesNotContain("Changed since the previous version");
    // Without --since the document is as before: no summary at all.
    assertThat(AgreementRenderer.standard().render(agreement, RenderFormat.MARKDOWN))
        .doesNotContain("previous version");
  }

  @Test
  void marksAnAddedServiceLevelAndSection() {
    ChangeSet added = new ChangeSet(List.of(
        new Change(Op.ADD, "/sections/0", Optional.of("PURPOSE_AND_LEGITIMACY"),
            Optional.empty(), Optional.of(JsonValue.object(Map.of())), "section", "/sections/0"),
        new Change(Op.ADD, "/serviceLevels/0", Optional.empty(), Optional.empty(),
            Optional.of(JsonValue.object(Map.of())), "service level \"x\"",
            "/serviceLevels/0")));
    String md = AgreementRenderer.standard().render(agreement, RenderFormat.MARKDOWN, added);
    String id = agreement.serviceLevels().get(0).id();
    assertThat(md).containsSubsequence("## 1. Purpose and legitimacy",
        "*New since the previous version.*", "## Service levels", "| " + id + " (new) |");
  }
}
