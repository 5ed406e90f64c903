package io.github.slaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTests {

  /** ESC, BEL, CR, U+202E (right-to-left override) and U+0085 (next line): the usual forgers. */
  private static final String PAYLOAD = "a\u001b[2Jb\u0007c\rd\u202Ee\u0085f";

  @Test
  void terminalTextShowsEveryControlAsVisibleEscapes() {
    assertThat(SafeText.terminal(PAYLOAD))
        .isEqualTo("a\\u001b[2Jb\\u0007c\\u000dd\\u202ee\\u0085f");
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f, 0x061c,
      0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2028, 0x2029, 0x2066, 0x2067,
      0x2068, 0x2069, 0xfeff})
  void everyUnsafeCharacterIsEscapedInEveryOutputKind(int c) {
    String s = "x" + (char) c + "y";
    String escaped = String.format("\\u%04x", c);
    assertThat(SafeText.terminal(s)).isEqualTo("x" + escaped + "y");
    assertThat(SafeText.excerpt(s, 40, '"')).isEqualTo("\"x" + escaped + "y\"");
    assertThat(SafeText.markdown(s)).doesNotContain(String.valueOf((char) c));
    if (c != '\n' && c != '\t') {
      assertThat(SafeText.html(s)).isEqualTo("x" + escaped + "y");
    }
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    String s = "Leeds City Council — café 10% «ok» 😀 ü 中文";
    assertThat(SafeText.terminal(s)).isSameAs(s);
    assertThat(SafeText.excerpt(s, 100, '"')).isEqualTo('"' + s + '"');
  }

  @Test
  void aLoneSurrogateIsEscapedButAPairIsKept() {
    assertThat(SafeText.terminal("a\uD83D")).isEqualTo("a\\ud83d");
    assertThat(SafeText.terminal("\uDE00b")).isEqualTo("\\ude00b");
    assertThat(SafeText.terminal("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void anExcerptIsCutWithAnEllipsisAndNeverSplitsAPair() {
    assertThat(SafeText.excerpt("abcdef", 3, '\'')).isEqualTo("'abc…'");
    assertThat(SafeText.excerpt("ab\uD83D\uDE00", 3, '"')).isEqualTo("\"ab…\"");
    assertThat(SafeText.excerpt("say \"hi\" \\", 40, '"')).isEqualTo("\"say \\\"hi\\\" \\\\\"");
    assertThat(SafeText.excerpt("it's", 40, '\'')).isEqualTo("'it\\'s'");
  }

  @Test
  void htmlEscapesMarkupAndKeepsLineFeedsAsWhiteSpace() {
    assertThat(SafeText.html("<b a=\"1\" b='2'>&</b>\n\tz\u001b"))
        .isEqualTo("&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;&lt;/b&gt;\n\tz\\u001b");
  }

  @Test
  void markdownEscapesMarkupAndPutsLineBreaksOnOneLine() {
    assertThat(SafeText.markdown("*a* _b_ [c](d) `e` | # ! ~ \\ <i> &"))
        .isEqualTo("\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\| \\# \\! \\~ \\\\ &lt;i&gt; &amp;");
    assertThat(SafeText.markdown("one\r\ntwo\nthree\rfour\u2028five\tsix"))
        .isEqualTo("one two three four five six");
    assertThat(SafeText.markdown(PAYLOAD)).isEqualTo("a\\u001b\\[2Jb\\u0007c d\\u202ee f");
  }

  @Test
  void paragraphsSplitAtEveryLineBreakAndDropBlankLines() {
    assertThat(SafeText.paragraphs("First.\n\nSecond\r\nThird.\rFourth\u2029  Fifth  \n \n"))
        .containsExactly("First.", "Second", "Third.", "Fourth", "Fifth");
    assertThat(SafeText.paragraphs("one line")).containsExactly("one line");
    assertThat(SafeText.paragraphs(" \n ")).isEqualTo(List.of());
  }

  @Test
  void aFindingLineCannotBeForgedByTheFileNameOrTheMessage() {
    Finding f = Finding.builder().severity(Severity.ERROR).code("PARTY_REFERENCE")
        .path("/parties/0").message("no party \u202Eevil\u0085")
        .location(new SourceLocation(3, 7)).build();

    String line = f.describe("a.json\n/etc/b.json:1:1: ERROR SYNTAX forged");

    assertThat(line).isEqualTo("a.json\\u000a/etc/b.json:1:1: ERROR SYNTAX forged:3:7: ERROR "
        + "PARTY_REFERENCE no party \\u202eevil\\u0085");
    assertThat(line).doesNotContain("\n", "\u202E", "\u0085");
  }

  @Test
  void theShortDescriptionEscapesThePathAndTheMessage() {
    Finding f = Finding.of(Severity.WARNING, "UNKNOWN_FIELD", "/x\u001b[2J", "bad\rline");

    assertThat(f.describe()).isEqualTo("WARNING UNKNOWN_FIELD /x\\u001b[2J bad\\u000dline");
  }
}
