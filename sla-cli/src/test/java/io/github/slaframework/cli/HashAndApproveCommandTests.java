package io.github.slaframework.cli;

import static io.github.slaframework.cli.SlaCommandLineTests.sla;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.ContractConformanceTests.Json;
import io.github.slaframework.cli.SlaCommandLineTests.Run;
import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sla hash} and {@code sla approve} (format 1.1 section 6). */
class HashAndApproveCommandTests {

  private static final String AS_OF = "2026-11-27";

  @TempDir Path tmp;

  static Stream<Path> examples() {
    return ExampleFiles.jsonFiles(ExampleFiles.EXAMPLES).stream();
  }

  // --- hash -------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("examples")
  void hashesEveryExampleAsTheIndependentImplementationDoes(Path example) throws IOException {
    Run run = sla("hash", example.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(independentHash(Files.readString(example)) + "  "
        + example + "\n");
  }

  @Test
  void hashesTrickyTextAsTheIndependentImplementationDoes() throws IOException {
    String json = "{\"formatVersion\":\"1.1\",\"title\":\"Caerdydd \u00e2\u0175 \u5317\u4eac "
        + "\\ud83d\\ude00 \ud83c\udff4\",\"x-c\":\"\\u0000\\u001f\\t\\n\\\"\\\\\\/\\u007f\","
        + "\"x-n\":[30.00,0.1,-0.5,1e21,1e-7,123456789.123456789,-0,4.50,2e-3,1e-400],"
        + "\"term\":{\"reviewEvery\":\"P1W\",\"notes\":null},\"sections\":[],\"x-e\":{}}";
    Path file = tmp.resolve("tricky.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    assertThat(sla("hash", file.toString()).out())
        .isEqualTo(independentHash(json) + "  " + file + "\n");
  }

  @Test
  void printsOneLinePerFileAndTheErrorsOfTheRestOnStderr() throws IOException {
    Path good = ExampleFiles.EXAMPLES.resolve("minimal.json");
    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{\"id\": ");
    Path big = tmp.resolve("big.json");
    Files.writeString(big, "{\n  \"x-big\": -1e400\n}\n");
    Path invalid = tmp.resolve("invalid.json");
    Files.writeString(invalid, "{\"formatVersion\": 7, \"unknown\": true}");
    Path missing = tmp.resolve("missing.json");

    Run run = sla("hash", broken.toString(), good.toString(), big.toString(),
        invalid.toString(), missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEqualTo(
        independentHash(Files.readString(good)) + "  " + good + "\n"
            + independentHash(Files.readString(invalid)) + "  " + invalid + "\n");
    assertThat(run.err()).contains(broken + ":1:").contains("SYNTAX")
        .contains(big + ":2:12: ERROR INVALID_VALUE")
        .contains("missing.json")
        .doesNotContain(good.toString()).doesNotContain("invalid.json");
  }

  @Test
  void givesAFileItsYamlTwinAndItsCanonicalRewriteOneHash() throws IOException {
    Path json = tmp.resolve("a.json");
    // Not canonical: members reordered, spaces, 30.00, a null and an empty object.
    Files.writeString(json, Files.readString(ExampleFiles.EXAMPLES.resolve("minimal.json"))
        .replace("{\n  \"formatVersion\"", "{\"x-z\": {}, \"x-n\": 30.00,\n  \"formatVersion\""));
    String before = sla("hash", json.toString()).out().split("  ")[0];
    Path yaml = tmp.resolve("a.yaml");
    Files.writeString(yaml, "# the YAML twin\n" + Files.readString(json));
    String written = Files.readString(json);
    assertThat(sla("format", json.toString()).exit()).isZero();
    assertThat(Files.readString(json)).isNotEqualTo(written);
    assertThat(sla("hash", json.toString(), yaml.toString()).out())
        .isEqualTo(before + "  " + json + "\n" + before + "  " + yaml + "\n");
  }

  // --- approve ----------------------------------------------------------------------------

  private Path copyOf(String example) throws IOException {
    Path file = tmp.resolve(example);
    Files.copy(ExampleFiles.EXAMPLES.resolve(example), file);
    return file;
  }

  private static List<String> stale(Run validate) {
    return validate.out().lines().filter(l -> l.contains("APPROVAL_STALE")).toList();
  }

  @Test
  void recordsAnApprovalThatValidatesUntilAClauseChanges() throws IOException {
    Path file = copyOf("metropolitan-council.json");
    Run approve = sla("approve", file.toString(), "--party", "pennine-valley-police", "--name",
        "Ch. Supt. Ada",
        "--position", "Area Commander", "--date", "2026-05-01");
    assertThat(approve.exit()).as(approve.err()).isZero();
    String hash = sla("hash", file.toString()).out().split("  ")[0];
    assertThat(approve.out())
        .isEqualTo(file + ": approved by pennine-valley-police (" + hash + ")\n");
    String text = Files.readString(file);
    assertThat(text).contains("\"documentHash\": \"" + hash + "\"")
        .contains("\"name\": \"Ch. Supt. Ada\"").contains("\"date\": \"2026-05-01\"");

    Run valid = sla("validate", "--strict", "--as-of", AS_OF, file.toString());
    assertThat(valid.exit()).as(valid.out()).isZero();
    assertThat(stale(valid)).isEmpty();

    // Reordering members keeps the hash; so does sla format.
    Map<String, Object> doc = Json.object(Json.parse(text));
    List<String> names = new ArrayList<>(doc.keySet());
    Collections.reverse(names);
    Map<String, Object> reversed = new LinkedHashMap<>();
    names.forEach(n -> reversed.put(n, doc.get(n)));
    Files.writeString(file, Json.write(reversed));
    assertThat(stale(sla("validate", "--as-of", AS_OF, file.toString()))).isEmpty();
    assertThat(sla("format", file.toString()).exit()).isZero();
    assertThat(stale(sla("validate", "--as-of", AS_OF, file.toString()))).isEmpty();

    // Any clause changed: stale, at the approval.
    String changed = Files.readString(file);
    int clause = changed.indexOf("\"text\": \"");
    assertThat(clause).isPositive();
    Files.writeString(file, changed.substring(0, clause) + "\"text\": \"Amended: "
        + changed.substring(clause + 9));
    Run after = sla("validate", "--as-of", AS_OF, file.toString());
    assertThat(stale(after)).singleElement().satisfies(line -> assertThat(line)
        .startsWith(file + ":").contains("ERROR APPROVAL_STALE")
        .contains("\"pennine-valley-police\""));
  }

  @Test
  void replacesAPartysApprovalInPlaceAndAddsOthersAtTheEnd() throws IOException {
    Path file = copyOf("minimal.json");
    sla("approve", file.toString(), "--party", "police", "--name", "A", "--position", "P",
        "--date", "2026-05-01");
    sla("approve", file.toString(), "--party", "council", "--name", "B", "--position", "Q",
        "--date", "2026-05-02");
    sla("approve", file.toString(), "--party", "police", "--name", "C", "--position", "R",
        "--date", "2026-05-03");
    List<Object> approvals = Json.array(Json.object(Json.parse(Files.readString(file)))
        .get("approvals"));
    assertThat(approvals).extracting(a -> Json.object(a).get("party"))
        .containsExactly("police", "council");
    assertThat(Json.object(approvals.get(0)).get("name")).isEqualTo("C");
  }

  @Test
  void keepsAYamlFileYamlAndItsPermissions() throws IOException {
    Path json = copyOf("metropolitan-council.json");
    Path yaml = tmp.resolve("agreement.yaml");
    Files.writeString(yaml, Files.readString(json));
    boolean posix = yaml.getFileSystem().supportedFileAttributeViews().contains("posix");
    Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
    if (posix) {
      Files.setPosixFilePermissions(yaml, mode);
    }
    Run approve = sla("approve", yaml.toString(), "--party", "ashworth-mbc", "--name", "N",
        "--position", "P");
    assertThat(approve.exit()).as(approve.err()).isZero();
    String text = Files.readString(yaml);
    assertThat(text).startsWith("formatVersion: \"1.1\"\n").contains("documentHash: \"sha256:");
    if (posix) {
      assertThat(Files.getPosixFilePermissions(yaml)).isEqualTo(mode);
    }
    assertThat(stale(sla("validate", "--as-of", AS_OF, yaml.toString()))).isEmpty();
    assertThat(sla("hash", yaml.toString(), json.toString()).out().lines()
        .map(l -> l.split("  ")[0]).distinct()).hasSize(1);
  }

  @Test
  void refusesAnUnknownPartyAndLeavesTheFileUntouched() throws IOException {
    Path file = copyOf("minimal.json");
    byte[] before = Files.readAllBytes(file);
    Run run = sla("approve", file.toString(), "--party", "nobody", "--name", "N",
        "--position", "P");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no party with the id nobody");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void upgradesA10FileOnTheWay() throws IOException {
    Path file = tmp.resolve("old.json");
    Files.writeString(file, Files.readString(ExampleFiles.EXAMPLES.resolve("minimal.json"))
        .replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\"")
        .replace("\"dpia\":", "\"privacyImpactAssessment\":"));
    Run run = sla("approve", file.toString(), "--party", "council", "--name", "N",
        "--position", "P", "--date", "2026-05-01");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).endsWith(" (upgraded from 1.0)\n");
    assertThat(Files.readString(file)).contains("\"formatVersion\": \"1.1\"");
    assertThat(stale(sla("validate", "--as-of", AS_OF, file.toString()))).isEmpty();
  }

  // --- the independent side ---------------------------------------------------------------

  /** Section 6's removals done here, then erdtman's RFC 8785 form and SHA-256. */
  static String independentHash(String json) throws IOException {
    Object pruned = prune(Json.parse(json), true, false);
    String canonical = new JsonCanonicalizer(Json.write(pruned)).getEncodedString();
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static Object prune(Object value, boolean root, boolean extension) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> kept = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String name = (String) e.getKey();
        if (root && (name.equals("approvals") || name.equals("status"))) {
          continue;
        }
        boolean inside = extension || name.startsWith("x-");
        Object v = prune(e.getValue(), false, inside);
        boolean empty = v == null || (v instanceof Map<?, ?> vm && vm.isEmpty())
            || (v instanceof List<?> vl && vl.isEmpty());
        if (inside || !empty) {
          kept.put(name, v);
        }
      }
      return kept;
    }
    if (value instanceof List<?> l) {
      List<Object> elements = new ArrayList<>();
      l.forEach(e -> elements.add(prune(e, false, extension)));
      return elements;
    }
    return value;
  }
}
