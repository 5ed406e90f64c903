package io.github.slaframework.json.internal.read;

import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The messages of {@code SYNTAX} and {@code LIMIT} findings made from the parser's exceptions:
 * one line, a short excerpt, and none of the parser's advice about its own Java API (whoever
 * reads a finding edits a document, not a parser's configuration).
 */
final class SyntaxMessages {

  private SyntaxMessages() {}

  /** Jackson's limit message without its hint at the Java API. */
  static String limit(StreamConstraintsException e) {
    String m = firstLine(String.valueOf(e.getOriginalMessage()));
    int hint = m.indexOf(", from `");
    if (hint >= 0) {
      m = m.substring(0, hint) + ")";
    }
    return Text.excerpt(m, 160);
  }

  /** A parser's message as a finding's message. */
  static String of(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    return Text.excerpt(withoutLibraryHints(firstLine(m)), 160);
  }

  /** Jackson's advice to enable one of its features: meaningless to whoever wrote the file. */
  private static final Pattern ENABLE_HINT =
      Pattern.compile("\\s*[:;,]?\\s*enable `[^`]*` to allow");

  /** Jackson's note that a comment would need a parser feature. */
  private static final Pattern COMMENT_HINT =
      Pattern.compile("maybe a \\(non-standard\\) comment\\? \\(not recognized as one since "
          + "Feature '[A-Z_]+' not enabled for parser\\)");

  /**
   * A parser message without its hints at the library's Java API (features to enable): the
   * reader of a finding edits a document, not the parser's configuration. Anything left that
   * still names a feature is cut there.
   */
  static String withoutLibraryHints(String m) {
    String s = ENABLE_HINT.matcher(m).replaceAll("");
    s = COMMENT_HINT.matcher(s).replaceAll("comments are not allowed in JSON");
    for (String hint : new String[] {"Feature", "enable `"}) {
      int at = s.indexOf(hint);
      if (at >= 0) {
        s = s.substring(0, at).stripTrailing();
        while (!s.isEmpty() && ":;,(".indexOf(s.charAt(s.length() - 1)) >= 0) {
          s = s.substring(0, s.length() - 1).stripTrailing();
        }
      }
    }
    return s;
  }

  /** The first line with text: the YAML scanner's messages start with a line break. */
  static String firstLine(String m) {
    String s = m.strip();
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl).stripTrailing();
  }

}
