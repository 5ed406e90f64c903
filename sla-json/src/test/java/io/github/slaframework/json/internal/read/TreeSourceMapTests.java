package io.github.slaframework.json.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TreeSourceMapTests {

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\": \"a\"}",
      "{\"id\": \"caf\u00e9 \u2013 \u20ac \u4e2d\"}",
      "{\"x-pair\": \"\ud83d\ude00\"}",
      "{\"q\": \"a \\\" b \\n c \\\\ d\"}",
      "id: \"tab\\tand\\x41\"\n"})
  void knowsTextWithoutAnyWayForASurrogateIn(String text) {
    assertThat(TreeSourceMap.surrogateFree(text.getBytes(StandardCharsets.UTF_8), 0)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\": \"\\ud800\"}",
      "{\"id\": \"\\uD800\"}",
      "{\"id\": \"\\u0041\"}",
      "id: \"\\U0001F600\"\n",
      "{\"id\": \"\\\\u\"}",
      "{\"id\": \"\ud55c\"}"})
  void suspectsEveryEscapeAndEveryByteThatCanHoldOne(String text) {
    assertThat(TreeSourceMap.surrogateFree(text.getBytes(StandardCharsets.UTF_8), 0)).isFalse();
  }
}
