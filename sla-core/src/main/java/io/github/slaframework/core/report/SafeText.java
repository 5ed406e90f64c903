package io.github.slaframework.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Escaping for text that came from a document, an event log or a file name, so that printing it
 * can never forge output: one rule per output kind, used by every module that prints.
 *
 * <p>A character is <em>unsafe</em> when a terminal or a reader could act on it instead of
 * showing it: C0 and C1 controls, DEL, the bidirectional controls (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069) and every other Unicode format character, U+0085, U+2028,
 * U+2029, and a surrogate that is not half of a pair. Unsafe characters are written as the six
 * visible characters {@code \}{@code u001b} (lower-case hex), the style of the reader's excerpts.
 *
 * <ul>
 *   <li>{@link #terminal} for one line of terminal text (finding lines, summaries, the measure
 *       text report);
 *   <li>{@link #excerpt} for a short quoted piece of input inside a message;
 *   <li>{@link #html} for HTML element content and quoted attribute values;
 *   <li>{@link #markdown} for inline Markdown text and table cells;
 *   <li>{@link #paragraphs} to split a text at its line breaks into paragraphs for Markdown and
 *       HTML.
 * </ul>
 *
 * <p>Vendors that print findings or document text themselves can use the same rules. Every
 * method is pure and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class SafeText {

  /** What a cut excerpt ends with. */
  private static final char ELLIPSIS = '\u2026';

  private SafeText() {}

  /**
   * Whether a character must not reach a terminal, Markdown or HTML output as it is.
   *
   * @param text the text
   * @param i the index of the character in {@code text}
   * @return {@code true} when the character at {@code i} is unsafe (see the class comment)
   */
  public static boolean isUnsafe(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    if (c < 0xa0) {
      return false;
    }
    if (Character.isSurrogate(c)) {
      return !pairedSurrogate(text, i);
    }
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Text for one line of terminal output: every unsafe character as {@code \}{@code uXXXX}, so a
   * value can neither move the cursor, change colours, start a new line nor reorder what follows.
   *
   * @param text the text, such as a file name, an event id or a finding message
   * @return the escaped text; {@code text} itself when nothing needed escaping
   */
  public static String terminal(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n && !isUnsafe(text, i)) {
      i++;
    }
    if (i == n) {
      return text.toString();
    }
    StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      appendEscaped(sb, text, i, (char) 0);
    }
    return sb.toString();
  }

  /**
   * A short quoted piece of input for a message, which never echoes more: at most {@code max}
   * characters, unsafe characters escaped as in {@link #terminal}, the quote character and the
   * backslash escaped with a backslash, and an ellipsis when cut.
   *
   * @param text the input
   * @param max the most characters of input quoted
   * @param quote the quote character, such as {@code '"'}
   * @return the excerpt, quotes included
   */
  public static String excerpt(CharSequence text, int max, char quote) {
    int end = Math.min(text.length(), max);
    if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder sb = new StringBuilder(end + 8).append(quote);
    for (int i = 0; i < end; i++) {
      appendEscaped(sb, text, i, quote);
    }
    if (end < text.length()) {
      sb.append(ELLIPSIS);
    }
    return sb.append(quote).toString();
  }

  /**
   * Text for HTML element content or a double- or single-quoted attribute value: {@code & < > "
   * '} as character references, unsafe characters as in {@link #terminal} except the line feed
   * and the tab, which HTML shows as white space.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String html(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\n', '\t' -> sb.append(c);
        default -> appendEscaped(sb, text, i, (char) 0);
      }
    }
    return sb.toString();
  }

  /**
   * Inline Markdown text, also safe in a table cell: the characters Markdown reads as markup
   * escaped with a backslash, {@code < > &} as HTML character references (no raw HTML), line
   * breaks and tabs as one space (use {@link #paragraphs} to keep paragraphs), other unsafe
   * characters as in {@link #terminal}.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String markdown(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~' -> sb.append('\\').append(c);
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            sb.append(' ');
          }
        }
        case '\n', '\t', '\u0085', '\u2028', '\u2029' -> sb.append(' ');
        default -> appendEscaped(sb, text, i, (char) 0);
      }
    }
    return sb.toString();
  }

  /**
   * The paragraphs of a text: it is split at every line break ({@code \n}, {@code \r\n},
   * {@code \r}, U+0085, U+2028, U+2029), lines are stripped of surrounding white space and empty
   * ones dropped, so one or more line breaks start a new paragraph.
   *
   * @param text the text
   * @return the paragraphs in order; empty for a blank text
   */
  public static List<String> paragraphs(CharSequence text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        String line = text.subSequence(start, i).toString().strip();
        if (!line.isEmpty()) {
          out.add(line);
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static void appendEscaped(StringBuilder sb, CharSequence text, int i, char quote) {
    char c = text.charAt(i);
    if (quote != 0 && (c == quote || c == '\\')) {
      sb.append('\\').append(c);
    } else if (isUnsafe(text, i)) {
      sb.append("\\u");
      String hex = Integer.toHexString(c);
      for (int pad = hex.length(); pad < 4; pad++) {
        sb.append('0');
      }
      sb.append(hex);
    } else {
      sb.append(c);
    }
  }

  private static boolean pairedSurrogate(CharSequence s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
