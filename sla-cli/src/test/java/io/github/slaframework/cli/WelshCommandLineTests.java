package io.github.slaframework.cli;

import static io.github.slaframework.cli.SlaCommandLineTests.sla;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.SlaCommandLineTests.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --lang} of {@code sla validate} and {@code sla render}. */
class WelshCommandLineTests {

  private static final String INVALID = "../invalid-examples/missing-mandatory-area.json";
  private static final String WELSH_EXAMPLE = "../examples/welsh-council.json";

  @Test
  void validateInWelshChangesTheMessagesOnly() {
    Run english = sla("validate", "--as-of", "2026-06-01", INVALID);
    Run welsh = sla("validate", "--as-of", "2026-06-01", "--lang", "cy", INVALID);
    assertThat(welsh.exit()).isEqualTo(english.exit()).isEqualTo(1);
    assertThat(welsh.out()).contains(
        "ERROR AREA_MISSING mae'r fframwaith yn gofyn am faes INFORMATION_SHARING "
            + "(Rhannu gwybodaeth)");
    assertThat(prefixes(welsh.out())).isEqualTo(prefixes(english.out()));
  }

  @Test
  void validateJsonInWelshHasWelshMessagesAndTheSameCodesAndPaths() {
    Run english = sla("validate", "--format", "json", "--as-of", "2026-06-01", INVALID);
    Run welsh = sla("validate", "--format", "json", "--as-of", "2026-06-01", "--lang", "cy",
        INVALID);
    assertThat(welsh.out()).contains("\"message\": \"mae'r fframwaith yn gofyn am faes")
        .doesNotContain("the framework requires");
    assertThat(withoutMessages(welsh.out())).isEqualTo(withoutMessages(english.out()));
  }

  @Test
  void theWelshExampleIsValid() {
    Run run = sla("validate", "--as-of", "2026-06-01", WELSH_EXAMPLE);
    assertThat(run.exit()).as(run.out()).isZero();
  }

  @Test
  void rendersTheWelshExampleInBothLanguagesAsItsGoldenFile() {
    Run run = sla("render", "--to", "html", "--lang", "en,cy", WELSH_EXAMPLE);
    assertThat(run.exit()).as(run.err()).isZero();
    Golden.assertMatches("welsh-council.en-cy.html", run.out());
  }

  @Test
  void rendersInWelshWithTheTwinsThePartiesWrote() {
    Run run = sla("render", "--lang", "cy", WELSH_EXAMPLE);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("# Teledu cylch cyfyng mewn mannau cyhoeddus")
        .contains("## Partïon", "| Cyngor Bwrdeistref Sirol Glanrafon | Awdurdod lleol |",
            "**1.1 Diben y system.**", "## Lefelau gwasanaeth", "- **Statws:** Cytunwyd",
            "Yn weithredol o:** 1 Ebrill 2026")
        .doesNotContain("## Parties", "x-cy");
  }

  @Test
  void renderRefusesALanguageTwiceOrOneItHasNoWordsFor() {
    Run twice = sla("render", "--lang", "cy,cy", WELSH_EXAMPLE);
    assertThat(twice.exit()).isEqualTo(2);
    assertThat(twice.err()).contains("--lang takes one language or two different ones");
    Run french = sla("render", "--lang", "fr", WELSH_EXAMPLE);
    assertThat(french.exit()).isEqualTo(2);
    assertThat(french.err()).contains("--lang");
  }

  /** Each finding line up to its message: file, location, severity and code. */
  private static List<String> prefixes(String out) {
    return out.lines().filter(l -> l.contains(": ERROR ") || l.contains(": WARNING "))
        .map(l -> l.replaceFirst("^(.*?: (ERROR|WARNING|INFO) [A-Z_]+) .*$", "$1")).toList();
  }

  private static List<String> withoutMessages(String json) {
    return json.lines().filter(l -> !l.contains("\"message\"")).toList();
  }

  @Test
  void refusesAFrameworkFileInWelshToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws java.io.IOException {
    // The built-in 2026 framework once more: FRAMEWORK_DUPLICATE, found by the registry, not by
    // a validator, yet printed in the language asked for.
    java.nio.file.Path copy = tmp.resolve("again.json");
    java.nio.file.Files.copy(io.github.slaframework.testkit.ExampleFiles.EXAMPLES.getParent()
        .resolve("sla-validation/src/main/resources/io/github/slaframework/validation/frameworks"
            + "/uk-cctv-partnership-2026.json"), copy);
    Run english = sla("validate", "--frameworks", copy.toString(), WELSH_EXAMPLE);
    Run welsh = sla("validate", "--lang", "cy", "--frameworks", copy.toString(), WELSH_EXAMPLE);
    assertThat(english.exit()).isEqualTo(2);
    assertThat(welsh.exit()).isEqualTo(2);
    assertThat(english.err()).contains("FRAMEWORK_DUPLICATE");
    assertThat(welsh.err()).contains("FRAMEWORK_DUPLICATE")
        .contains("mae'r un fframwaith neu broffil wedi'i gofrestru ddwywaith");
  }
}
