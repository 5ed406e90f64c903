package io.github.slaframework.json.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.json.DocumentFormat;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TreeSourceMapTests {

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\": \"a\"}",
      "{\"id\": \"caf\u00e9 \u2013 \u20ac \u4e2d\"}",
      "{\"x-pair\": \"\ud83d\ude00\"}",
      "{\"q\": \"a \\\" b \\n c \\\\ d\"}",
      "id: \"tab\\tand\\x41\"\n",
      "{\"id\": \"\ud55c \ud7a3\"}",
      "{\"q\": \"a\\\\\"}",
      "{\"q\": \"\\\\\\\\n\"}",
      "{\"id\": \"\\\\u\"}"})
  void knowsTextWithoutAnyWayForASurrogateIn(String text) {
    assertThat(TreeSourceMap.surrogateFree(text.getBytes(StandardCharsets.UTF_8), 0)).isTrue();
    assertThat(TreeSourceMap.surrogateFree(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\": \"\\ud800\"}",
      "{\"id\": \"\\uD800\"}",
      "{\"id\": \"\\u0041\"}",
      "id: \"\\U0001F600\"\n",
      "{\"id\": \"a\\\\\\u0041\"}"})
  void suspectsEveryUnicodeEscape(String text) {
    assertThat(TreeSourceMap.surrogateFree(text.getBytes(StandardCharsets.UTF_8), 0)).isFalse();
    assertThat(TreeSourceMap.surrogateFree(text)).isFalse();
  }

  /** The scan relies on it: a surrogate's own bytes never reach a string, in JSON or YAML. */
  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void theReaderRefusesTheBytesOfASurrogateAsMalformed(DocumentFormat format) {
    String text = format == DocumentFormat.JSON ? "{\"id\": \"a?b\"}" : "id: \"a?b\"\n";
    byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
    int at = text.indexOf('?');
    byte[] bytes = new byte[ascii.length + 2];
    System.arraycopy(ascii, 0, bytes, 0, at);
    bytes[at] = (byte) 0xED; // U+D800 in three bytes
    bytes[at + 1] = (byte) 0xA0;
    bytes[at + 2] = (byte) 0x80;
    System.arraycopy(ascii, at + 1, bytes, at + 3, ascii.length - at - 1);
    ReadResult<Agreement> read = SlaReader.defaults().readAgreement(bytes, format);
    assertThat(read.value()).isEmpty();
    assertThat(read.report().findings()).extracting(Finding::code).containsExactly("SYNTAX");
  }
}
