package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.testkit.GeneratedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden-file suite of bad documents: one folder per case under {@code cases/}, holding the
 * document ({@code document.json} or {@code document.yaml}) and {@code expected.json}, {@code
 * { "kind"?: "agreement"|"framework"|"profile", "findings": [ { "code", "severity", "path",
 * "line"?, "column"? } ] }}. Findings are compared exactly, in document order. After a deliberate
 * change, rewrite the expectations with {@code -Dsla.regenerate=true} and review the diff.
 */
class BadDocumentCasesTests {

  private static final Path CASES = Path.of("src/test/resources/cases");

  @TestFactory
  Stream<DynamicTest> reportsTheExpectedFindingsForEveryBadDocument() throws IOException {
    List<Path> folders;
    try (Stream<Path> list = Files.list(CASES)) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(folders).isNotEmpty();
    return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
        () -> check(f)));
  }

  private static void check(Path folder) throws IOException {
    Path document = Files.exists(folder.resolve("document.yaml"))
        ? folder.resolve("document.yaml") : folder.resolve("document.json");
    Path expectedFile = folder.resolve("expected.json");
    JsonValue.JsonObject expected = Files.exists(expectedFile)
        ? (JsonValue.JsonObject) Json.parse(Files.readString(expectedFile))
        : new JsonValue.JsonObject(Map.of());
    String kind = expected.members().get("kind") instanceof JsonValue.JsonString s
        ? s.value() : "agreement";
    SlaReader reader = SlaReader.defaults();
    List<Finding> findings = switch (kind) {
      case "framework" -> reader.readFramework(document).report().findings();
      case "profile" -> reader.readProfile(document).report().findings();
      default -> reader.readAgreement(document).report().findings();
    };
    JsonValue.JsonObject actual = describe(kind, findings);
    if (GeneratedFiles.regenerating()) {
      GeneratedFiles.write(expectedFile, SlaWriter.defaults().writeValue(actual));
      // The messages, for reviewing the regenerated expectations.
      Path review = Path.of("target/case-messages");
      Files.createDirectories(review);
      Files.write(review.resolve(folder.getFileName() + ".txt"),
          findings.stream().map(Finding::describe).toList(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(SlaWriter.defaults().writeValue(actual))
        .as("findings of %s (messages: %s)", folder.getFileName(),
            findings.stream().map(Finding::describe).toList())
        .isEqualTo(SlaWriter.defaults().writeValue(expected));
    for (Finding f : findings) {
      assertThat(f.message().length()).as("message length").isLessThan(200);
    }
  }

  private static JsonValue.JsonObject describe(String kind, List<Finding> findings) {
    List<JsonValue> list = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      m.put("code", JsonValue.of(f.code()));
      m.put("severity", JsonValue.of(f.severity().name()));
      m.put("path", JsonValue.of(f.path()));
      f.location().ifPresent(l -> {
        m.put("line", JsonValue.of(l.line()));
        m.put("column", JsonValue.of(l.column()));
      });
      list.add(new JsonValue.JsonObject(m));
    }
    Map<String, JsonValue> root = new LinkedHashMap<>();
    if (!kind.equals("agreement")) {
      root.put("kind", JsonValue.of(kind));
    }
    root.put("findings", new JsonValue.JsonArray(list));
    return new JsonValue.JsonObject(root);
  }
}
