package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.testkit.ExampleFiles;
import io.github.slaframework.testkit.SampleAgreements;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The document hash of format 1.1 section 6 against an independent RFC 8785 implementation
 * (erdtman's java-json-canonicalization), with the removals of section 6 done here once more,
 * separately from the module's code.
 */
class AgreementHashTests {

  static Stream<Path> examples() {
    return ExampleFiles.jsonFiles(ExampleFiles.EXAMPLES).stream();
  }

  static Stream<Agreement> samples() {
    return SampleAgreements.all().stream();
  }

  /** Documents whose text is hard to canonicalise: each as JSON text. */
  static Stream<String> tricky() {
    return Stream.of(
        "{\"title\":\"Caerdydd \u2014 Cyngor Sir \u00e2\u00ea\u00ee\u00f4\u00fb\u0175\u0177\","
            + "\"x-name\":\"\u5317\u4eac \u0645\u0631\u062d\u0628\u0627 \u00df\u00e9\"}",
        "{\"title\":\"tab\\tnew line\\ncarriage\\rbell\\u0007nul\\u0000 esc\\u001f del\\u007f\","
            + "\"x-q\":\"quote\\\" backslash\\\\ slash\\/ \\b\\f\"}",
        "{\"title\":\"emoji \\ud83d\\ude00 and \ud83c\udff4\udb40\udc67\udb40\udc62\","
            + "\"x-\ud83d\ude00\":\"key with a surrogate pair\",\"x-\ufb33\":1,\"x-\u20ac\":2}",
        "{\"x-n\":[30.00,0.1,-0.5,1e21,1e-7,123456789.123456789,5e-324,1.7976931348623157e308,"
            + "-0,0.0,100,1E2,4.50,2e-3,333333333.33333329,1e-400],\"retention\":\"P1W\"}",
        "{\"status\":\"AGREED\",\"approvals\":[],\"parties\":[{\"id\":\"a\",\"roles\":[],"
            + "\"x-e\":{}},null,{}],\"term\":{\"notes\":null,\"x-keep\":null}}");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void agreesWithTheIndependentImplementationOnEveryExample(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(AgreementHash.of(file).value()).contains(independentHash(text));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void agreesWithTheIndependentImplementationOnEverySample(Agreement agreement) throws Exception {
    String json = SlaWriter.defaults().writeAgreement(agreement);
    assertThat(hashOf(json)).isEqualTo(independentHash(json));
    assertThat(AgreementHash.of(agreement)).isEqualTo(independentHash(json));
  }

  @ParameterizedTest
  @MethodSource("tricky")
  void agreesWithTheIndependentImplementationOnTrickyText(String json) throws Exception {
    assertThat(hashOf(json)).isEqualTo(independentHash(json));
    assertThat(AgreementHash.of(Json.parse(json))).isEqualTo(independentHash(json));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void keepsTheHashOfAFileInItsCanonicalRewriteAndItsYamlTwin(Path file) throws IOException {
    String hash = AgreementHash.of(file).value().orElseThrow();
    Agreement agreement = SlaReader.defaults().readAgreement(file).value().orElseThrow();
    String json = SlaWriter.defaults().writeAgreement(agreement, DocumentFormat.JSON);
    String yaml = SlaWriter.defaults().writeAgreement(agreement, DocumentFormat.YAML);
    assertThat(hashOf(json)).isEqualTo(hash);
    assertThat(AgreementHash.of(yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML)
        .value()).contains(hash);
    assertThat(AgreementHash.of(agreement)).isEqualTo(hash);
    // The YAML twin reads back as the same agreement, so YAML stays YAML on a rewrite.
    assertThat(SlaReader.defaults()
        .readAgreement(yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML).value())
        .contains(agreement);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void keepsTheHashOfASampleInItsYamlTwin(Agreement agreement) {
    String yaml = SlaWriter.defaults().writeAgreement(agreement, DocumentFormat.YAML);
    ReadResult<Agreement> read = SlaReader.defaults()
        .readAgreement(yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.value()).contains(agreement);
    assertThat(AgreementHash.of(read).value()).contains(AgreementHash.of(agreement));
  }

  @Test
  void hashesAHandWrittenYamlTwinAsItsJson() {
    String json = "{\"formatVersion\":\"1.1\",\"id\":\"a\",\"x-list\":[1.50,true,null,\"yes\"],"
        + "\"x-text\":\"line\\nnext\",\"term\":{\"reviewEvery\":\"P1W\"}}";
    String yaml = "# a comment\nformatVersion: \"1.1\"\nid: a\nx-list: [1.5, True, ~, yes]\n"
        + "x-text: |-\n  line\n  next\nterm:\n  reviewEvery: P1W\n";
    assertThat(AgreementHash.of(yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML)
        .value()).contains(hashOf(json));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void ignoresTheOrderOfMembers(Path file) throws IOException {
    JsonValue value = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    JsonValue shuffled = shuffle(value, new Random(19));
    assertThat(SlaWriter.defaults().writeValue(shuffled))
        .isNotEqualTo(SlaWriter.defaults().writeValue(value));
    assertThat(hashOf(SlaWriter.defaults().writeValue(shuffled)))
        .isEqualTo(AgreementHash.of(file).value().orElseThrow());
  }

  @Test
  void changesWhenAnyClauseChanges() {
    JsonValue.JsonObject document =
        SlaWriter.defaults().toJsonValue(SampleAgreements.everyField());
    String before = AgreementHash.of(document);
    int clauses = 0;
    List<JsonValue> sections = array(document, "sections");
    for (int s = 0; s < sections.size(); s++) {
      JsonValue.JsonObject section = (JsonValue.JsonObject) sections.get(s);
      for (int c = 0; c < array(section, "clauses").size(); c++) {
        clauses++;
        JsonValue changed = with(document, List.of("sections", s, "clauses", c, "text"),
            t -> JsonValue.of(((JsonValue.JsonString) t).value() + "."));
        assertThat(AgreementHash.of(changed)).as("section %d clause %d", s, c)
            .isNotEqualTo(before);
      }
    }
    assertThat(clauses).isPositive();
  }

  @Test
  void leavesOutStatusAndApprovals() {
    Agreement agreement = SampleAgreements.councilAndForce();
    String before = AgreementHash.of(agreement);
    Agreement signed = Approvals.approve(agreement, agreement.parties().get(0).id(), "A. Person",
        "Chief Executive", java.time.LocalDate.of(2026, 4, 1));
    assertThat(AgreementHash.of(signed)).isEqualTo(before);
    assertThat(AgreementHash.of(Agreement.copyOf(signed)
        .withStatus(io.github.slaframework.core.AgreementStatus.AGREED))).isEqualTo(before);
  }

  @Test
  void reportsANumberOutsideTheDoubleRangeAsInvalidValueAtIt() {
    ReadResult<String> hash = AgreementHash.of(
        "{\n  \"id\": \"a\",\n  \"x-big\": 1e400\n}".getBytes(StandardCharsets.UTF_8),
        DocumentFormat.JSON);
    assertThat(hash.value()).isEmpty();
    assertThat(hash.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("INVALID_VALUE");
      assertThat(f.path()).isEqualTo("/x-big");
      assertThat(f.describe()).startsWith("3:12: ERROR INVALID_VALUE /x-big");
    });
    assertThatThrownBy(() -> AgreementHash.of(Json.parse("{\"x-a\":[1e400]}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/x-a/0");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\n  \"id\": \"a\",\n  \"x-big\": 1e400\n}",
      "{\"id\": \"a\", \"x-list\": [1, {\"x\": [2, -1E+999]}]}",
      "{\"id\": \"\\ud800 lone\"}",
      "{\"id\": \"a\", \"x-o\": {\"k\": [\"ok\", \"\\udc00\"]}}",
      "{\"id\": \"a\", \"x-pair\": \"\\ud83d\\ude00\", \"x-small\": 1e-400}",
      "{\"approvals\": [{\"x-big\": 1e400}], \"status\": \"\\ud800\"}",
      "{\"id\": \"a\", \"x-o\": {\"x-\\ud83d\\ude00\": [1, \"\\udfff\"]}}",
      "{\"id\": \"a\", \"x-\\u0041\": [1, 12345678901234567890.5e2, \"\\\\u00\"]}",
      "{\"id\": \"\uD55C\uAE00\", \"x-n\": 1.5E-3}"})
  void checkFindsWhatStopsTheHashWithoutHashing(String text) {
    assertCheckAgreesWithTheHash(text, DocumentFormat.JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "id: \"\\ud800\"\n",
      "id: a\nx-s: [ok, \"\\U0001F600\", \"\\udc00\"]\n",
      "id: a\nx-n: 1e400\n",
      "id: a\nx-o:\n  k: [1, {\"\\udc00\": 2}]\n"})
  void checkFindsWhatStopsTheHashOfYaml(String yaml) {
    assertThat(assertCheckAgreesWithTheHash(yaml, DocumentFormat.YAML)).isNotEmpty();
  }

  /** Checks that {@code check} reports what stops {@code of}, and returns those findings. */
  private static List<Finding> assertCheckAgreesWithTheHash(String text, DocumentFormat format) {
    ReadResult<Agreement> read =
        SlaReader.defaults().readAgreement(text.getBytes(StandardCharsets.UTF_8), format);
    List<Finding> stopping = AgreementHash.of(read).report().findings();
    assertThat(AgreementHash.check(read).findings()).extracting(Finding::describe)
        .containsExactlyElementsOf(stopping.stream().map(Finding::describe).toList());
    // The same text given as characters, not bytes, is scanned for escapes the same way.
    ReadResult<Agreement> fromText;
    try {
      fromText = SlaReader.defaults().readAgreement(new StringReader(text), format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(AgreementHash.check(fromText).findings()).extracting(Finding::describe)
        .containsExactlyElementsOf(stopping.stream().map(Finding::describe).toList());
    return stopping;
  }

  @ParameterizedTest
  @ValueSource(strings = {".inf", "-.inf", ".nan", ".NaN"})
  void refusesAYamlNumberThatIsNotFiniteRatherThanHashItAsNull(String number) {
    String yaml = "id: a\nx-n:\n  - 1\n  - " + number + "\n";
    ReadResult<String> hash =
        AgreementHash.of(yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    assertThat(hash.value()).isEmpty();
    assertThat(hash.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("INVALID_VALUE");
      assertThat(f.path()).isEqualTo("/x-n/1");
      assertThat(f.message()).contains(number).contains("not finite");
    });
    ReadResult<Agreement> read = SlaReader.defaults().readAgreement(
        yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    assertThat(AgreementHash.check(read).findings()).extracting(Finding::describe)
        .containsExactlyElementsOf(hash.report().findings().stream().map(Finding::describe)
            .toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\": \"a\", \"x-a\": 1, \"x-a\": 2}", "id: a\nx-a: 1\nx-a: 2\n"})
  void refusesAFileThatNamesAMemberTwice(String text) {
    DocumentFormat format = text.startsWith("{") ? DocumentFormat.JSON : DocumentFormat.YAML;
    ReadResult<String> hash = AgreementHash.of(text.getBytes(StandardCharsets.UTF_8), format);
    assertThat(hash.value()).isEmpty();
    assertThat(hash.report().findings()).extracting(Finding::code)
        .containsExactly("DUPLICATE_KEY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\": ", "[1, 2", "{\"a\":1} {}"})
  void reportsTextThatIsNotJsonWithTheReadersFindings(String text) {
    ReadResult<String> hash =
        AgreementHash.of(text.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON);
    assertThat(hash.value()).isEmpty();
    assertThat(hash.report().findings()).extracting(Finding::code).containsExactly("SYNTAX");
  }

  @Test
  void hashesADocumentThatIsNoValidAgreement() {
    assertThat(AgreementHash.of("{\"formatVersion\":7,\"unknown\":[]}"
        .getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON).value())
        .contains(sha256("{\"formatVersion\":7}"));
  }

  // ----- the independent side -------------------------------------------------------------------

  private static String hashOf(String json) {
    return AgreementHash.of(json.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON)
        .value().orElseThrow();
  }

  /** Section 6's removals, done here on the value, then erdtman's RFC 8785 form and SHA-256. */
  private static String independentHash(String json) throws IOException {
    JsonValue pruned = prune(Json.parse(json), true, false);
    String text = SlaWriter.defaults().writeValue(pruned);
    return sha256(new JsonCanonicalizer(text).getEncodedString());
  }

  private static JsonValue prune(JsonValue value, boolean root, boolean extension) {
    if (value instanceof JsonValue.JsonObject o) {
      Map<String, JsonValue> kept = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        String name = e.getKey();
        if (root && (name.equals("approvals") || name.equals("status"))) {
          continue;
        }
        boolean inside = extension || name.startsWith("x-");
        JsonValue v = prune(e.getValue(), false, inside);
        boolean empty = v instanceof JsonValue.JsonNull
            || (v instanceof JsonValue.JsonObject vo && vo.members().isEmpty())
            || (v instanceof JsonValue.JsonArray va && va.elements().isEmpty());
        if (inside || !empty) {
          kept.put(name, v);
        }
      }
      return JsonValue.object(kept);
    }
    if (value instanceof JsonValue.JsonArray a) {
      List<JsonValue> elements = new ArrayList<>();
      a.elements().forEach(e -> elements.add(prune(e, false, extension)));
      return JsonValue.array(elements);
    }
    return value;
  }

  private static String sha256(String canonical) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonValue shuffle(JsonValue value, Random random) {
    if (value instanceof JsonValue.JsonObject o) {
      List<String> names = new ArrayList<>(o.members().keySet());
      Collections.shuffle(names, random);
      Collections.reverse(names); // never the same order for a two-member object either
      Map<String, JsonValue> members = new LinkedHashMap<>();
      names.forEach(n -> members.put(n, shuffle(o.members().get(n), random)));
      return JsonValue.object(members);
    }
    if (value instanceof JsonValue.JsonArray a) {
      return JsonValue.array(a.elements().stream().map(e -> shuffle(e, random)).toList());
    }
    return value;
  }

  private static List<JsonValue> array(JsonValue.JsonObject o, String name) {
    JsonValue v = o.members().get(name);
    return v instanceof JsonValue.JsonArray a ? a.elements() : List.of();
  }

  /** A value with the value at a path replaced. */
  private static JsonValue with(JsonValue value, List<Object> path,
      java.util.function.UnaryOperator<JsonValue> change) {
    if (path.isEmpty()) {
      return change.apply(value);
    }
    Object step = path.get(0);
    List<Object> rest = path.subList(1, path.size());
    if (value instanceof JsonValue.JsonObject o) {
      Map<String, JsonValue> members = new LinkedHashMap<>(o.members());
      members.put((String) step, with(members.get(step), rest, change));
      return JsonValue.object(members);
    }
    List<JsonValue> elements = new ArrayList<>(((JsonValue.JsonArray) value).elements());
    elements.set((Integer) step, with(elements.get((Integer) step), rest, change));
    return JsonValue.array(elements);
  }
}
