package io.github.slaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointerTests {

  @Test
  void escapesAndUnescapesTheTwoSpecialCharacters() {
    String p = JsonPointer.child(JsonPointer.child("", "a/b~c"), 3);

    assertThat(p).isEqualTo("/a~1b~0c/3");
    assertThat(JsonPointer.tokens(p)).contains(List.of("a/b~c", "3"));
    assertThat(JsonPointer.escape("plain")).isSameAs("plain");
    // "~01" is "~" then "1", not "/": ~1 is unescaped first only when written so.
    assertThat(JsonPointer.tokens("/~01")).contains(List.of("~1"));
  }

  @Test
  void theRootHasNoTokensAndTextWithoutASlashIsNoPointer() {
    assertThat(JsonPointer.tokens("")).contains(List.of());
    assertThat(JsonPointer.tokens("/")).contains(List.of(""));
    assertThat(JsonPointer.tokens("parties")).isEmpty();
    assertThat(JsonPointer.tokens(null)).isEmpty();
  }

  @Test
  void aPointerLiesWithinItselfItsAncestorsAndTheRoot() {
    assertThat(JsonPointer.isWithin("/a/b", "/a")).isTrue();
    assertThat(JsonPointer.isWithin("/a", "/a")).isTrue();
    assertThat(JsonPointer.isWithin("/a", "")).isTrue();
    assertThat(JsonPointer.isWithin("/ab", "/a")).isFalse();
  }

  @Test
  void ordersArrayIndexesAsNumbers() {
    List<String> pointers = new ArrayList<>(List.of("/a/10", "/a/2", "/a", "/a/b", "", "/a/2/x"));
    pointers.sort(JsonPointer::compare);

    assertThat(pointers).containsExactly("", "/a", "/a/2", "/a/2/x", "/a/10", "/a/b");
    assertThat(Report.comparePointers("/a/2", "/a/10")).isNegative();
  }
}
