package io.github.slaframework.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.core.value.JsonValue;
import java.util.Map;
import io.github.slaframework.testkit.GeneratedFiles;
import io.github.slaframework.testkit.SampleAgreements;
import io.github.slaframework.testkit.SampleFrameworks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AgreementRendererTests {

  /** Golden files beside the tests; {@code -Dsla.regenerate=true} rewrites them. */
  private static final Path GOLDEN =
      Path.of("src/test/resources/io/github/slaframework/render/golden");

  private final Agreement agreement = SampleAgreements.hostileTextOutOfOrder();
  private final AgreementRenderer withFramework =
      AgreementRenderer.builder().framework(SampleFrameworks.testFramework()).build();

  @Test
  void rendersMarkdownAsTheGoldenFile() {
    assertMatchesGolden("fixture.md", withFramework.render(agreement, RenderFormat.MARKDOWN));
  }

  @Test
  void rendersHtmlAsTheGoldenFile() {
    assertMatchesGolden("fixture.html", withFramework.render(agreement, RenderFormat.HTML));
  }

  @Test
  void ordersChaptersByTheFrameworkAndTitlesThemFromIt() {
    String md = withFramework.render(agreement, RenderFormat.MARKDOWN);
    assertThat(md).containsSubsequence(
        "## 1. Purpose and legitimacy", "## 2. Legal considerations", "## 3. Information sharing",
        "## 4. Communication", "## 5. Finance", "## 6. Future technology",
        "## 7. Evaluation and review", "## 8. Technical standards", "## 9. Parking");
  }

  @Test
  void printsThePartnershipsOwnTermsAtTheEndOfTheirSectionAndTheFrameworksReadingNote() {
    Agreement own = agreement.withSections(agreement.sections().stream()
        .map(section -> section instanceof PurposeAndLegitimacySection purpose
            ? purpose.withExtensions(Map.of("x-boardMinute", JsonValue.of("PB-2026-14")))
            : section)
        .toList());
    var noted = SampleFrameworks.testFramework().withExtensions(
        Map.of("x-readingNote", JsonValue.of("Our reading, not the national text.")));

    String md = AgreementRenderer.builder().framework(noted).build()
        .render(own, RenderFormat.MARKDOWN);

    assertThat(md).containsSubsequence("*Our reading, not the national text.*",
        "## 1. Purpose and legitimacy", "### The partnership's own terms", "| Term | Value |",
        "| x-boardMinute | PB-2026-14 |", "## 2. Legal considerations");
    assertThat(withFramework.render(agreement, RenderFormat.MARKDOWN))
        .doesNotContain("own terms");
  }

  @Test
  void numbersClausesWithinTheirChapter() {
    String md = withFramework.render(agreement, RenderFormat.MARKDOWN);
    assertThat(md).contains("**1.1** To prevent", "**1.2** Signs", "**3.1 Retention.** Footage");
  }

  @Test
  void titlesAreasFromTheirCodesWithoutAFramework() {
    String md = AgreementRenderer.standard().render(agreement, RenderFormat.MARKDOWN);
    assertThat(md).contains("## 1. Purpose and legitimacy", "## 3. Information sharing");
  }

  @Test
  void showsEachCameraWithItsDensityAndTheLevelItReaches() {
    String md = withFramework.render(agreement, RenderFormat.MARKDOWN);
    assertThat(md)
        .contains("| cam-1 | Loc cam-1 | 1920 px / 12 m | 160.0 | Recognise (125.0) | Recognise | Yes |")
        .contains("| cam-2 | Loc cam-2 | 1920 px / 12 m | 160.0 | Identify (250.0) | Recognise | No |")
        .contains("| Not a level of this edition |");
  }

  @Test
  void escapesDocumentTextInHtml() {
    String html = withFramework.render(agreement, RenderFormat.HTML);
    assertThat(html)
        .contains("<title>Test &lt;Council&gt; &amp; &quot;Force&quot; agreement</title>")
        .contains("&lt;b&gt;unless&lt;/b&gt;")
        .doesNotContain("<b>unless");
  }

  @Test
  void escapesDocumentTextInMarkdown() {
    String md = withFramework.render(agreement, RenderFormat.MARKDOWN);
    assertThat(md)
        .contains("# Test &lt;Council&gt; &amp; \"Force\" agreement")
        .contains("\\*then\\* overwritten \\| &lt;b&gt;unless");
  }

  @Test
  void htmlIsSelfContainedAndPrintable() {
    String html = withFramework.render(agreement, RenderFormat.HTML);
    assertThat(html).contains("<style>", "@media print").doesNotContain("<script", "<link",
        "src=\"http");
  }

  @Test
  void leavesSignatureLinesForPartiesThatHaveNotSigned() {
    String md = withFramework.render(agreement, RenderFormat.MARKDOWN);
    assertThat(md).contains("**Testshire Police**\n\nSigned: \\_\\_");
    assertThat(md).contains("Name: B. Director");
  }

  private static void assertMatchesGolden(String name, String actual) {
    assertThat(actual)
        .as("golden file %s; %s", name, GeneratedFiles.HOW_TO_REGENERATE)
        .isEqualTo(GeneratedFiles.expected(GOLDEN.resolve(name), actual));
  }
}
