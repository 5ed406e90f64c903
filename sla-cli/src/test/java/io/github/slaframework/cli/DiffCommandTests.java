package io.github.slaframework.cli;

import static io.github.slaframework.cli.SlaCommandLineTests.sla;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.SlaCommandLineTests.Run;
import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sla diff}: format 1.1 §6's ops, paths, order and exit codes. */
class DiffCommandTests {

  @TempDir Path tmp;

  static final String OLD =
      io.github.slaframework.testkit.SampleAgreements.PREVIOUS_VERSION_JSON;

  /** {@link #OLD} reordered, with a clause changed, a service level added, a party removed. */
  static final String NEW_YAML = """
      title: T
      id: a
      formatVersion: "1.1"
      framework: {version: "2021", id: uk-cctv-partnership}
      parties:
        - {id: police, name: P, type: POLICE_FORCE, roles: [POLICE]}
        - {id: council, name: C, type: LOCAL_AUTHORITY, roles: [SYSTEM_OWNER]}
      term: {effectiveFrom: "2026-01-01"}
      sections:
        - area: GOVERNANCE
          clauses:
            - {id: gov-2, text: Minutes kept.}
            - {id: gov-1, text: Meet quarterly.}
      serviceLevels:
        - {id: sl-1, metric: FOOTAGE_REQUEST_TURNAROUND, obligatedParty: council}
        - {id: sl-2, metric: CAMERA_AVAILABILITY, obligatedParty: council, cameraCount: 12}
      """;

  /** Written by hand from format 1.1 §6. */
  static final String EXPECTED_JSON = """
      {
        "changes": [
          {
            "op": "replace",
            "path": "/sections/0/clauses/1/text",
            "area": "GOVERNANCE",
            "old": "Meet monthly.",
            "new": "Meet quarterly."
          },
          {
            "op": "add",
            "path": "/serviceLevels/1",
            "new": {
              "id": "sl-2",
              "metric": "CAMERA_AVAILABILITY",
              "obligatedParty": "council",
              "cameraCount": 12
            }
          },
          {
            "op": "remove",
            "path": "/parties/2",
            "old": {
              "id": "ngo",
              "name": "N",
              "type": "OTHER"
            }
          }
        ]
      }
      """;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  @Test
  void reportsTheChangesOfAYamlVersionAsJsonWithTheContractsOpsAndPaths() throws IOException {
    Run run = sla("diff", "--format", "json", write("old.json", OLD).toString(),
        write("new.yaml", NEW_YAML).toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(EXPECTED_JSON);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exitsZeroForAnExampleAgainstItsYamlTwinReordered() throws IOException {
    Path yaml = write("twin.yaml", """
        formatVersion: "1.1"
        title: T
        id: a
        framework: {version: "2021", id: uk-cctv-partnership}
        parties:
          - {id: police, type: POLICE_FORCE, name: P, roles: [POLICE]}
          - {id: ngo, name: N, type: OTHER}
          - {id: council, name: C, type: LOCAL_AUTHORITY, roles: [SYSTEM_OWNER]}
        term: {effectiveFrom: "2026-01-01"}
        sections:
          - clauses:
              - {text: Minutes kept., id: gov-2}
              - {id: gov-1, text: Meet monthly.}
            area: GOVERNANCE
        serviceLevels:
          - {obligatedParty: council, id: sl-1, metric: FOOTAGE_REQUEST_TURNAROUND}
        """);
    Run run = sla("diff", write("old.json", OLD).toString(), yaml.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).startsWith("No changes from ");
    Run example = sla("diff", ExampleFiles.METROPOLITAN_COUNCIL.toString(),
        ExampleFiles.METROPOLITAN_COUNCIL.toString());
    assertThat(example.exit()).isZero();
  }

  @Test
  void printsReadableText() throws IOException {
    Run run = sla("diff", write("old.json", OLD).toString(), write("new.yaml", NEW_YAML).toString());
    assertThat(run.out().lines()).containsSubsequence(
        "replace /sections/0/clauses/1/text  [GOVERNANCE]  clause \"gov-1\" › text",
        "    old: \"Meet monthly.\"",
        "    new: \"Meet quarterly.\"",
        "add     /serviceLevels/1  service level \"sl-2\"",
        "remove  /parties/2  party \"ngo\"");
    assertThat(run.out()).startsWith("3 changes from ");
  }

  @Test
  void printsAMarkdownTableWithEverythingFromTheFilesEscaped() throws IOException {
    Path before = write("old.json", OLD);
    Path after = write("new.json", OLD.replace("Meet monthly.",
        "Meet | <b>weekly</b>\\n# not a heading"));
    Run run = sla("diff", "--format", "markdown", before.toString(), after.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().lines().toList()).endsWith(
        "| Area | What changed | Old | New |",
        "| --- | --- | --- | --- |",
        "| GOVERNANCE | clause \"gov-1\" › text changed | Meet monthly. "
            + "| Meet \\| &lt;b&gt;weekly&lt;/b&gt; \\# not a heading |");
  }

  @Test
  void ordersIndexesAsNumbers() throws IOException {
    StringBuilder before = new StringBuilder("{\"sections\": [");
    StringBuilder after = new StringBuilder("{\"sections\": [");
    for (int i = 0; i < 12; i++) {
      String comma = i == 0 ? "" : ",";
      before.append(comma).append("{\"area\": \"x-a").append(i).append("\", \"clauses\": []}");
      after.append(comma).append("{\"area\": \"x-a").append(i).append("\", \"clauses\": ")
          .append(i == 2 || i == 10 ? "[{\"id\": \"c" + i + "\", \"text\": \"t\"}]" : "[]")
          .append('}');
    }
    Run run = sla("diff", write("a.json", before + "]}").toString(),
        write("b.json", after + "]}").toString());
    assertThat(run.out().lines().filter(l -> l.startsWith("add"))).containsExactly(
        "add     /sections/2/clauses/0  [x-a2]  clause \"c2\"",
        "add     /sections/10/clauses/0  [x-a10]  clause \"c10\"");
  }

  @Test
  void showsTheVersionOfA10FileAgainstA11FileAsAReplace() throws IOException {
    Run run = sla("diff", "--format", "json", write("old.json", OLD.replace("\"1.1\"", "\"1.0\""))
        .toString(), write("new.json", OLD).toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("\"path\": \"/formatVersion\"").contains("\"old\": \"1.0\"");
  }

  @Test
  void exitsTwoForAFileThatCannotBeRead() throws IOException {
    Path good = write("old.json", OLD);
    Run broken = sla("diff", good.toString(), write("broken.json", "{\"id\": ").toString());
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).contains("SYNTAX").contains("cannot be read");
    assertThat(broken.out()).isEmpty();
    Run missing = sla("diff", tmp.resolve("missing.json").toString(), good.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void exitsTwoForDuplicateIdsPrintingTheFindingAsValidateDoes() throws IOException {
    Path duplicated = write("dup.json", OLD.replace("\"id\": \"ngo\"", "\"id\": \"police\""));
    Run run = sla("diff", write("old.json", OLD).toString(), duplicated.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    String validated = Arrays.stream(sla("validate", duplicated.toString()).out().split("\n"))
        .filter(l -> l.contains("DUPLICATE_ID")).findFirst().orElseThrow();
    assertThat(run.err().lines()).contains(validated);
  }

  @Test
  void rendersWhatChangedSinceAPreviousVersion() throws IOException {
    String now = Files.readString(ExampleFiles.METROPOLITAN_COUNCIL);
    Path previous = write("previous.json", now.replace("The CCTV partnership board, chaired",
        "The CCTV board, chaired"));
    Run run = sla("render", "--since", previous.toString(),
        ExampleFiles.METROPOLITAN_COUNCIL.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsSubsequence("## Changes since the previous version",
        "| Governance | clause \"gv-1\" › text changed | The CCTV board, chaired",
        "## 3. ", "*Changed since the previous version.*", "**3.1 ",
        "*Changed since the previous version.*", "## 4. ");
    Run html = sla("render", "--to", "html", "--since", previous.toString(),
        ExampleFiles.METROPOLITAN_COUNCIL.toString());
    assertThat(html.out()).contains("<h2 id=\"changes\">Changes since the previous version</h2>");
    Run same = sla("render", "--since", ExampleFiles.METROPOLITAN_COUNCIL.toString(),
        ExampleFiles.METROPOLITAN_COUNCIL.toString());
    assertThat(same.out()).contains("*Nothing has changed since the previous version.*");
    Run broken = sla("render", "--since", write("broken.json", "[").toString(),
        ExampleFiles.METROPOLITAN_COUNCIL.toString());
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).contains("SYNTAX");
    assertThat(broken.out()).isEmpty();
  }
}
