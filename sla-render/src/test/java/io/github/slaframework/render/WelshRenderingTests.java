package io.github.slaframework.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.testkit.SampleAgreements;
import io.github.slaframework.validation.FrameworkRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rendering in Welsh and in English and Welsh side by side. */
class WelshRenderingTests {

  private static final Locale WELSH = Locale.forLanguageTag("cy");

  private final Agreement agreement = SampleAgreements.councilAndForce();

  private static AgreementRenderer renderer(Locale... languages) {
    return AgreementRenderer.builder().frameworks(FrameworkRegistry.builtIn()::resolve)
        .languages(List.of(languages)).build();
  }

  /** The agreement with a Welsh twin of its title and of its first clause's text. */
  private Agreement withTwins() {
    Map<String, JsonValue> title = new LinkedHashMap<>(agreement.extensions());
    title.put("x-cy", JsonValue.object(Map.of("title", JsonValue.of("Cytundeb y bartneriaeth"))));
    List<Section> sections = new ArrayList<>();
    for (Section section : agreement.sections()) {
      if (section instanceof PurposeAndLegitimacySection purpose) {
        List<Clause> clauses = new ArrayList<>(purpose.clauses());
        clauses.set(0, clauses.get(0).withExtensions(Map.of("x-cy",
            JsonValue.object(Map.of("text", JsonValue.of("Testun y cymal yn Gymraeg."))))));
        section = purpose.withClauses(clauses);
      }
      sections.add(section);
    }
    return agreement.withExtensions(title).withSections(sections);
  }

  @Test
  void welshTranslatesHeadingsLabelsAreaTitlesAndEnumLabels() {
    String md = renderer(WELSH).render(agreement, RenderFormat.MARKDOWN);
    assertThat(md).contains("## Partïon", "## Lefelau gwasanaeth", "## Llofnodion",
        "Diben a dilysrwydd", "Heddlu", "Awdurdod lleol", "- **Statws:**", "Llofnod: ");
    assertThat(md).doesNotContain("## Parties", "## Service levels", "Signed: ",
        "Police force", "Local authority");
  }

  @Test
  void theTextsThePartiesWroteArePrintedAsWrittenUnlessTheyWroteAWelshTwin() {
    Agreement twins = withTwins();
    String english = agreement.sections().stream()
        .filter(PurposeAndLegitimacySection.class::isInstance).findFirst().orElseThrow()
        .clauses().get(0).text();
    String welsh = renderer(WELSH).render(twins, RenderFormat.MARKDOWN);
    assertThat(welsh).startsWith("# Cytundeb y bartneriaeth\n")
        .contains("Testun y cymal yn Gymraeg.")
        .doesNotContain("x-cy");
    assertThat(renderer(WELSH).render(agreement, RenderFormat.MARKDOWN))
        .contains(agreement.title(), english.substring(0, 20));
  }

  @Test
  void englishIgnoresTheTwinsAndDoesNotListThemAsOwnTerms() {
    String plain = AgreementRenderer.builder().frameworks(FrameworkRegistry.builtIn()::resolve)
        .build().render(agreement, RenderFormat.HTML);
    String withTwins = renderer(Locale.ENGLISH).render(withTwins(), RenderFormat.HTML);
    assertThat(withTwins).isEqualTo(plain);
  }

  @Test
  void bilingualHtmlPutsEachSectionInTwoColumnsWithUniqueIds() {
    String html = renderer(Locale.ENGLISH, WELSH).render(withTwins(), RenderFormat.HTML);
    int sections = count(html, "<div class=\"bilingual\">");
    assertThat(sections).isEqualTo(3 + agreement.sections().size() + 1
        + (agreement.serviceLevels().isEmpty() ? 0 : 1));
    assertThat(count(html, "<div class=\"column\" lang=\"en-GB\">")).isEqualTo(sections);
    assertThat(count(html, "<div class=\"column\" lang=\"cy\">")).isEqualTo(sections);
    assertThat(html).contains("<html lang=\"en-GB\">",
        "<title>" + agreement.title() + " / Cytundeb y bartneriaeth</title>",
        "<h2 id=\"parties\">Parties</h2>", "<h2 id=\"parties-cy\">Partïon</h2>");
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile(" id=\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertThat(ids).doesNotHaveDuplicates().contains("top", "top-cy");
  }

  @Test
  void bilingualMarkdownGivesEachSectionInEnglishThenWelsh() {
    String md = renderer(Locale.ENGLISH, WELSH).render(agreement, RenderFormat.MARKDOWN);
    assertThat(md).containsSubsequence("## Parties", "## Partïon", "## Term",
        "## Cyfnod y cytundeb", "## Signatures", "## Llofnodion");
  }

  @Test
  void welshFirstPutsWelshOnTheLeft() {
    String html = renderer(WELSH, Locale.ENGLISH).render(agreement, RenderFormat.HTML);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"cy\">")
        .containsSubsequence("<h2 id=\"parties\">Partïon</h2>", "<h2 id=\"parties-en\">Parties");
  }

  @Test
  void languagesAreOneOrTwoOfEnglishAndWelsh() {
    var builder = AgreementRenderer.builder();
    assertThatThrownBy(() -> builder.languages(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.languages(List.of(WELSH, Locale.forLanguageTag("cy-GB"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> builder.languages(List.of(Locale.GERMAN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
