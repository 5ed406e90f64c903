package io.github.slaframework.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.validation.FrameworkRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The message bundles: the same keys in every language, and a Welsh message for every code. */
class FindingMessagesTests {

  private static final Locale WELSH = Locale.forLanguageTag("cy");
  private static final Properties ENGLISH_FILE = Messages.file(Messages.BUNDLE);
  private static final Properties WELSH_FILE = Messages.file(Messages.BUNDLE + "_cy");

  @Test
  void everyKeyExistsInEnglishAndWelshAlike() {
    assertThat(new TreeSet<>(WELSH_FILE.stringPropertyNames()))
        .as("keys of ValidationMessages_cy.properties")
        .isEqualTo(new TreeSet<>(ENGLISH_FILE.stringPropertyNames()));
  }

  @Test
  void everyWelshTemplateKeepsTheParametersOfItsEnglishOne() {
    for (String key : ENGLISH_FILE.stringPropertyNames()) {
      assertThat(parameters(WELSH_FILE.getProperty(key)))
          .as("parameters of %s in Welsh", key)
          .isEqualTo(parameters(ENGLISH_FILE.getProperty(key)));
    }
  }

  @Test
  void everyFindingCodeKnownToTheLibraryHasAWelshMessage() throws IllegalAccessException {
    List<String> codes = knownCodes();
    assertThat(codes).contains("REQUIRED", "APPROVAL_STALE", "WELSH_LANGUAGE", "AREA_INCOMPLETE");
    for (String code : codes) {
      String welsh = WELSH_FILE.getProperty("code." + code);
      assertThat(welsh).as("Welsh message of %s", code).isNotBlank();
      assertThat(welsh).as("Welsh message of %s is a translation", code)
          .isNotEqualTo(ENGLISH_FILE.getProperty("code." + code));
    }
  }

  @Test
  void approvalStaleSaysWhatTheContractSays() {
    assertThat(ENGLISH_FILE.getProperty("code.APPROVAL_STALE"))
        .isEqualTo("approval's documentHash differs from the document's hash");
    assertThat(WELSH_FILE.getProperty("code.APPROVAL_STALE")).contains("documentHash");
  }

  @Test
  void everyBuiltInRuleMessageIsTheEnglishTextItsTranslationIsFor() {
    Messages welsh = Messages.of(WELSH);
    for (Rule rule : builtInRules()) {
      String translated = welsh.translate("rule." + rule.code() + ".2021", rule.message());
      if (translated.equals(rule.message())) {
        translated = welsh.translate("rule." + rule.code(), rule.message());
      }
      assertThat(translated)
          .as("rule %s: its message must be the English text of rule.%s (or rule.%s.VERSION)",
              rule.code(), rule.code(), rule.code())
          .isNotEqualTo(rule.message());
    }
  }

  @Test
  void englishNeedsNoTranslation() {
    Messages english = Messages.of(Locale.ENGLISH);
    assertThat(english.english()).isTrue();
    assertThat(english.translate("rule.REVIEW_OVERDUE", "the next review is overdue"))
        .isEqualTo("the next review is overdue");
    assertThat(Messages.of(Locale.forLanguageTag("cy-GB")).get("code.REQUIRED"))
        .isEqualTo(WELSH_FILE.getProperty("code.REQUIRED"));
  }

  @Test
  void anotherFrameworksRuleWithABuiltInCodeKeepsItsOwnWords() {
    assertThat(Messages.of(WELSH).translate("rule.REVIEW_OVERDUE", "our board's review is late"))
        .isEqualTo("our board's review is late");
  }

  @Test
  void readingMessagesAreTranslatedWithTheirParametersAsWritten() {
    ReadingMessages welsh = new ReadingMessages(Messages.of(WELSH));
    assertThat(welsh.translate("UNKNOWN_FIELD",
        "unknown field \"colour\"; extension fields start with \"x-\""))
        .isEqualTo("maes anhysbys \"colour\"; mae meysydd estyn yn dechrau gyda \"x-\"");
    assertThat(welsh.translate("REQUIRED", "missing required field \"name\""))
        .isEqualTo("mae'r maes gofynnol \"name\" ar goll");
    assertThat(welsh.translate("INVALID_VALUE", "\"PURPLE\" is not one of RED, GREEN"))
        .isEqualTo("nid yw \"PURPLE\" yn un o RED, GREEN");
    assertThat(welsh.translate("UNKNOWN_FIELD",
        "unknown field \"colour\" (format version 1.2 is newer than this library's 1.1)"))
        .isEqualTo("maes anhysbys \"colour\" (mae fersiwn fformat 1.2 yn fwy newydd na 1.1 y"
            + " llyfrgell hon)");
  }

  @Test
  void aReadingMessageWithoutTemplateKeepsItsEnglishAfterTheWelshSentenceForItsCode() {
    ReadingMessages welsh = new ReadingMessages(Messages.of(WELSH));
    assertThat(welsh.translate("SYNTAX", "Unexpected character ('}' (code 125))"))
        .isEqualTo(WELSH_FILE.getProperty("code.SYNTAX")
            + " (yn Saesneg: Unexpected character ('}' (code 125)))");
  }

  @Test
  void everyReadingTemplateIsTriedAndMatchesItsOwnText() {
    Messages english = Messages.of(Locale.ROOT);
    List<String> templates = new ArrayList<>();
    for (String key : ENGLISH_FILE.stringPropertyNames()) {
      if (key.startsWith("read.") && !key.equals("read.newerMinor")
          && !key.equals("read.untranslated")) {
        templates.add(key);
      }
    }
    assertThat(ReadingMessages.KEYS).containsExactlyInAnyOrderElementsOf(templates);
    for (String key : ReadingMessages.KEYS) {
      assertThat(ReadingMessages.compile(key, english.get(key), "^", "$").pattern()
          .matcher(english.get(key)).matches()).as(key).isTrue();
    }
  }

  private static List<String> parameters(String template) {
    List<String> names = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\\{([A-Za-z]+)\\}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    names.sort(null);
    return names;
  }

  /** FindingCodes' constants, the built-in frameworks' and profiles' rule codes, APPROVAL_STALE. */
  static List<String> knownCodes() throws IllegalAccessException {
    TreeSet<String> codes = new TreeSet<>();
    for (Field f : FindingCodes.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        codes.add((String) f.get(null));
      }
    }
    for (Rule rule : builtInRules()) {
      codes.add(rule.code());
    }
    // Added by the document hash work (format 1.1 section 6); named here so the lead's merge
    // finds its message in place.
    codes.add("APPROVAL_STALE");
    return List.copyOf(codes);
  }

  private static List<Rule> builtInRules() {
    FrameworkRegistry registry = FrameworkRegistry.builtIn();
    List<Rule> rules = new ArrayList<>();
    for (Framework f : registry.frameworks()) {
      rules.addAll(f.rules());
    }
    for (Profile p : registry.profiles()) {
      rules.addAll(p.rules());
    }
    assertThat(rules).isNotEmpty();
    return rules;
  }
}
