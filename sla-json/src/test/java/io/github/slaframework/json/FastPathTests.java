package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.json.internal.Node;
import io.github.slaframework.json.internal.ObjectSpec;
import io.github.slaframework.json.internal.Pointer;
import io.github.slaframework.json.internal.Problems;
import io.github.slaframework.json.internal.Specs;
import io.github.slaframework.json.internal.TreeReader;
import io.github.slaframework.json.internal.TreeSourceMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.ObjectReadContext;

/**
 * The fast read path (binding straight from the tokens, {@code Cursor}) against the located-tree
 * path it stands in for: on every document, either the tree path has something to report and the
 * fast path declines, or the tree path reports nothing and the fast path binds the same value
 * with a source map that locates every pointer where the tree does. Valid documents must take the
 * fast path: a fast path that always declined would pass the first half and be worthless.
 */
class FastPathTests {

  private static final ReadLimits LIMITS = ReadLimits.defaults();
  private static final TreeReader READER =
      new TreeReader(LIMITS.maxNestingDepth(), LIMITS.maxStringLength(), LIMITS.maxNameLength(),
          LIMITS.maxNumberLength(), LIMITS.maxDocumentLength(), LIMITS.maxTokenCount());

  /** What the two paths made of one document. */
  record Outcome(boolean fast, boolean findings) {}

  /**
   * Reads a document on both paths, as text and as UTF-8 bytes, and checks that they agree.
   *
   * @param spec the root table
   * @param json the document
   * @return which path answered for the text, and whether the tree path had findings
   */
  static <T> Outcome assertPathsAgree(ObjectSpec<T, ?> spec, String json) {
    // a size hint of 0 makes the table grow from its smallest size: both ways are exercised
    Outcome text = assertPathsAgree(spec, json,
        f -> f.createParser(ObjectReadContext.empty(), json),
        json.length() % 2 == 0 ? 0 : json.length());
    // the parser of bytes matches names from bytes, and counts columns in bytes: each input is
    // held to the tree of the same input
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertPathsAgree(spec, json,
        f -> f.createParser(ObjectReadContext.empty(), bytes), bytes.length);
    return text;
  }

  private static <T> Outcome assertPathsAgree(
      ObjectSpec<T, ?> spec, String json, TreeReader.Source source, int length) {
    Problems problems = new Problems(1000, spec == Specs.AGREEMENT);
    Node root = READER.read(source, false, problems);
    T slow = root == null ? null : spec.read(root, problems, Pointer.root());
    TreeReader.Bound<T> fast = READER.stream(spec, source, length);
    if (problems.any()) {
      assertThat(fast).as("the fast path declines a document with findings:%n%s", json).isNull();
      return new Outcome(false, true);
    }
    assertThat(fast).as("the fast path binds a document without findings:%n%s", json)
        .isNotNull();
    assertThat(fast.value()).isEqualTo(slow);
    assertSameLocations(root, fast.sourceMap());
    return new Outcome(true, false);
  }

  /** Every pointer of the tree, and some that miss, located alike by both source maps. */
  private static void assertSameLocations(Node root, SourceMap fast) {
    SourceMap tree = new TreeSourceMap(root);
    List<String> pointers = new ArrayList<>();
    pointers(root, "", pointers);
    assertThat(pointers).isNotEmpty();
    for (String pointer : pointers) {
      assertThat(fast.locate(pointer)).as(pointer).isEqualTo(tree.locate(pointer)).isPresent();
      for (String miss : List.of(pointer + "/nope", pointer + "/0", pointer + "/9999",
          pointer + "/-1", pointer + "/01", pointer + "/")) {
        assertThat(fast.locate(miss)).as(miss).isEqualTo(tree.locate(miss));
      }
    }
    for (String odd : List.of("nope", "/", "//", "~", "/~0", "/~1")) {
      assertThat(fast.locate(odd)).as(odd).isEqualTo(tree.locate(odd));
    }
  }

  private static void pointers(Node node, String at, List<String> out) {
    out.add(at);
    for (int i = 0; i < node.size(); i++) {
      String token = node.type() == Node.OBJECT ? Pointer.escape(node.name(i)) : "" + i;
      pointers(node.value(i), at + "/" + token, out);
    }
  }

  @Test
  void bindsTheFixturesOnTheFastPath() {
    SlaWriter writer = SlaWriter.defaults();
    assertThat(assertPathsAgree(Specs.AGREEMENT, writer.writeAgreement(Fixtures.everything())))
        .isEqualTo(new Outcome(true, false));
    assertThat(assertPathsAgree(Specs.FRAMEWORK, writer.writeFramework(Fixtures.framework())))
        .isEqualTo(new Outcome(true, false));
    assertThat(assertPathsAgree(Specs.PROFILE, writer.writeProfile(Fixtures.profile())))
        .isEqualTo(new Outcome(true, false));
  }

  @Test
  void locatesEscapedNamesAndOneLineDocuments() {
    String json = Fixtures.ONE_LINE_AGREEMENT.substring(
        0, Fixtures.ONE_LINE_AGREEMENT.length() - 1) + ",\"x-a/b~c\":{\"x\":[1,{\"y\":null}]}}";
    assertThat(assertPathsAgree(Specs.AGREEMENT, json)).isEqualTo(new Outcome(true, false));
    TreeReader.Bound<?> fast =
        READER.stream(Specs.AGREEMENT, f -> f.createParser(ObjectReadContext.empty(), json), 0);
    int column = json.indexOf("{\"y\":null}") + "{\"y\":".length() + 1;
    assertThat(fast.sourceMap().locate("/x-a~1b~0c/x/1/y").orElseThrow().column())
        .isEqualTo(column);
    assertThat(fast.sourceMap().locate("/x-a~1b~0c/x/1/y").orElseThrow().line()).isEqualTo(1);
  }

  /** Every bad document of the golden suite: the fast path declines each one. */
  @Test
  void declinesEveryBadDocumentOfTheGoldenSuite() throws IOException {
    List<Path> documents;
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/cases"))) {
      documents = walk.filter(p -> p.getFileName().toString().equals("document.json")).toList();
    }
    assertThat(documents).hasSizeGreaterThan(10);
    for (Path document : documents) {
      String json = Files.readString(document);
      String kind = Files.readString(document.resolveSibling("expected.json"));
      ObjectSpec<?, ?> spec = kind.contains("\"framework\"") ? Specs.FRAMEWORK
          : kind.contains("\"profile\"") ? Specs.PROFILE : Specs.AGREEMENT;
      Outcome outcome = assertPathsAgree(spec, json);
      if (!document.toString().contains("is-read")) {
        assertThat(outcome.findings()).as(document.toString()).isTrue();
      }
    }
  }

  /**
   * Documents a line away from a valid one: a line deleted, doubled (a duplicate member), moved,
   * or a value replaced by another kind of value. The two paths agree on every one, and both
   * outcomes occur often.
   */
  @Test
  void agreesWithTheTreePathOnThousandsOfNearlyValidDocuments() {
    SlaWriter writer = SlaWriter.defaults();
    List<Case> bases = List.of(
        new Case(Specs.AGREEMENT, writer.writeAgreement(Fixtures.everything())),
        new Case(Specs.FRAMEWORK, writer.writeFramework(Fixtures.framework())),
        new Case(Specs.PROFILE, writer.writeProfile(Fixtures.profile())));
    Random random = new Random(20261127);
    int fast = 0;
    int declined = 0;
    for (int i = 0; i < 3000; i++) {
      Case base = bases.get(i % bases.size());
      Outcome outcome = assertPathsAgree(base.spec(), mutate(base.json(), random));
      if (outcome.fast()) {
        fast++;
      } else {
        declined++;
      }
    }
    assertThat(fast).isGreaterThan(100);
    assertThat(declined).isGreaterThan(1000);
  }

  private record Case(ObjectSpec<?, ?> spec, String json) {}

  private static final String[] REPLACEMENTS =
      {"null", "0", "-1.5", "true", "\"\"", "\" \"", "\"x\"", "{}", "[]", "[null]", "\"P1D\"",
          "\"2026-02-30\"", "12345678901", "{\"x-a\": 1}", "{\"a\": 1}", "1e9999999999",
          "{\"x-a\": [1e-9999999999]}"};

  private static String mutate(String json, Random random) {
    List<String> lines = new ArrayList<>(List.of(json.split("\n", -1)));
    int i = 1 + random.nextInt(lines.size() - 2);
    String line = lines.get(i);
    switch (random.nextInt(4)) {
      case 0 -> lines.remove(i);
      case 1 -> lines.add(i, line);
      case 2 -> {
        int j = 1 + random.nextInt(lines.size() - 2);
        lines.set(i, lines.get(j));
        lines.set(j, line);
      }
      default -> {
        int colon = line.indexOf("\": ");
        String replacement = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
        if (colon >= 0) {
          String end = line.endsWith(",") ? "," : "";
          lines.set(i, line.substring(0, colon + 3) + replacement + end);
        } else {
          lines.set(i, line.replaceAll("\"[^\"]*\"|-?[0-9.]+|true|false|null", replacement));
        }
      }
    }
    return String.join("\n", lines);
  }
}
