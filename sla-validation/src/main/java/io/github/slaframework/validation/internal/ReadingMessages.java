package io.github.slaframework.validation.internal;

import io.github.slaframework.core.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the findings of reading a document. The reader ({@code sla-json}) writes English
 * only, and at start-up speed; rather than thread a locale through its format tables, its
 * messages are matched here against the English templates {@code read.*} of the bundle and
 * rewritten with the locale's template, each parameter keeping the text it matched. A message
 * that no template matches keeps its English text after the locale's sentence for its code
 * ({@code read.untranslated}), so that every code reads in the locale.
 */
public final class ReadingMessages {

  /** The templates, most specific first: the first that matches a message translates it. */
  static final List<String> KEYS =
      List.of(
          "read.unknownFieldExtensible",
          "read.unknownField",
          "read.requiredMissing",
          "read.requiredNull",
          "read.duplicateKeyFormer",
          "read.duplicateKey",
          "read.deprecated",
          "read.notOneOf",
          "read.typeMismatch",
          "read.outOfRange",
          "read.notValid",
          "read.elementNull",
          "read.blankName",
          "read.empty",
          "read.trailing",
          "read.tooDeep",
          "read.notUtf8Bytes",
          "read.notUtf8",
          "read.notYaml",
          "read.yamlAlias",
          "read.versionUnsupported",
          "read.versionNewer",
          "read.versionType",
          "read.leftOutOne",
          "read.leftOut");

  private static final String NEWER_MINOR = "read.newerMinor";

  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)\\}");

  private final Messages messages;
  private final List<Template> templates = new ArrayList<>(KEYS.size());
  private final Template newerMinor;

  /** An English template as a pattern, with the names of its parameters in order. */
  record Template(String key, Pattern pattern, List<String> names) {}

  /**
   * The translator of one locale's messages.
   *
   * @param messages the messages of the locale
   */
  public ReadingMessages(Messages messages) {
    this.messages = messages;
    Messages english = Messages.of(java.util.Locale.ROOT);
    for (String key : KEYS) {
      templates.add(compile(key, english.get(key), "^", "$"));
    }
    newerMinor = compile(NEWER_MINOR, english.get(NEWER_MINOR), "^(.*)", "$");
  }

  /**
   * A pattern that matches the text a template gives: its text literally, each parameter as
   * any text (as little as will do).
   */
  static Template compile(String key, String template, String prefix, String suffix) {
    StringBuilder regex = new StringBuilder(prefix);
    List<String> names = new ArrayList<>();
    Matcher m = PARAMETER.matcher(template);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(at, m.start()))).append("(.*?)");
      names.add(m.group(1));
      at = m.end();
    }
    regex.append(Pattern.quote(template.substring(at))).append(suffix);
    return new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(names));
  }

  /**
   * A reading finding with its message in the locale.
   *
   * @param finding a finding of reading, with its English message
   * @return the finding with its message translated; the finding itself in English
   */
  public Finding translate(Finding finding) {
    if (messages.english()) {
      return finding;
    }
    return finding.withMessage(translate(finding.code(), finding.message()));
  }

  /**
   * A reading message in the locale.
   *
   * @param code the finding's code
   * @param message the English message
   * @return the message in the locale
   */
  String translate(String code, String message) {
    String suffix = "";
    Matcher newer = newerMinor.pattern().matcher(message);
    if (newer.matches()) {
      message = newer.group(1);
      suffix = fill(NEWER_MINOR, newerMinor, newer, 1);
    }
    for (Template t : templates) {
      Matcher m = t.pattern().matcher(message);
      if (m.matches()) {
        return fill(t.key(), t, m, 0) + suffix;
      }
    }
    String summary = messages.has("code." + code) ? messages.get("code." + code) : code;
    return messages.get("read.untranslated", "summary", summary, "message", message) + suffix;
  }

  private String fill(String key, Template t, Matcher m, int skip) {
    Object[] pairs = new Object[t.names().size() * 2];
    for (int i = 0; i < t.names().size(); i++) {
      pairs[2 * i] = t.names().get(i);
      pairs[2 * i + 1] = m.group(i + 1 + skip);
    }
    return messages.get(key, pairs);
  }
}
