package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.diff.Change;
import io.github.slaframework.core.diff.ChangeSet;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementDiffTests {

  private static final String OLD =
      io.github.slaframework.testkit.SampleAgreements.PREVIOUS_VERSION_JSON;

  private static final String NEW = """
      {"formatVersion": "1.1", "id": "a", "title": "T",
       "framework": {"version": "2021", "id": "uk-cctv-partnership"},
       "parties": [
         {"id": "police", "name": "P", "type": "POLICE_FORCE", "roles": ["POLICE"]},
         {"id": "council", "name": "C", "type": "LOCAL_AUTHORITY", "roles": ["SYSTEM_OWNER"]}],
       "term": {"effectiveFrom": "2026-01-01"},
       "sections": [{"area": "GOVERNANCE", "clauses": [
         {"id": "gov-2", "text": "Minutes kept."}, {"id": "gov-1", "text": "Meet quarterly."}]}],
       "serviceLevels": [
         {"id": "sl-1", "metric": "FOOTAGE_REQUEST_TURNAROUND", "obligatedParty": "council"},
         {"id": "sl-2", "metric": "CAMERA_AVAILABILITY", "obligatedParty": "council",
          "cameraCount": 12}]}
      """;

  /** Written by hand from format 1.1 §6, not produced by the code under test. */
  private static final String EXPECTED = """
      {"changes": [
        {"op": "replace", "path": "/sections/0/clauses/1/text", "area": "GOVERNANCE",
         "old": "Meet monthly.", "new": "Meet quarterly."},
        {"op": "add", "path": "/serviceLevels/1",
         "new": {"id": "sl-2", "metric": "CAMERA_AVAILABILITY", "obligatedParty": "council",
                 "cameraCount": 12}},
        {"op": "remove", "path": "/parties/2",
         "old": {"id": "ngo", "name": "N", "type": "OTHER"}}]}
      """;

  private static String text(JsonValue value) {
    return SlaWriter.defaults().writeValue(value);
  }

  private static ChangeSet diff(String oldJson, String newJson) {
    return AgreementDiff.between(Json.parse(oldJson), Json.parse(newJson));
  }

  @Test
  void reportsChangedClauseAddedServiceLevelAndRemovedPartyWithTheContractsOpsAndPaths() {
    assertThat(text(diff(OLD, NEW).toJsonValue())).isEqualTo(text(Json.parse(EXPECTED)));
  }

  @Test
  void namesWhatChangedForReaders() {
    assertThat(diff(OLD, NEW).changes()).extracting(Change::subject)
        .containsExactly("clause \"gov-1\" › text", "service level \"sl-2\"", "party \"ngo\"");
  }

  @Test
  void anchorsEveryChangeInTheNewDocument() {
    assertThat(diff(OLD, NEW).changes()).extracting(Change::anchor)
        .containsExactly("/sections/0/clauses/1/text", "/serviceLevels/1", "/parties");
    assertThat(diff("""
        {"sections": [{"area": "A", "clauses": [{"id": "c", "title": "t"}]}, {"area": "B"}]}
        """, """
        {"sections": [{"area": "B"}, {"area": "A", "clauses": [{"id": "c"}]}]}
        """).changes()).extracting(Change::path, Change::anchor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "/sections/0/clauses/0/title", "/sections/1/clauses/0"));
  }

  @Test
  void findsNoChangeInAnyExampleAgainstItselfShuffled() throws IOException {
    for (Path file : ExampleFiles.jsonFiles(ExampleFiles.EXAMPLES)) {
      JsonValue document = SlaReader.defaults().readAgreement(file).document().orElseThrow();
      for (long seed = 1; seed <= 5; seed++) {
        JsonValue shuffled = Shuffled.of(document, seed);
        assertThat(text(shuffled)).as(file + " shuffled").isNotEqualTo(text(document));
        assertThat(AgreementDiff.between(document, shuffled).changes()).as(file.toString())
            .isEmpty();
      }
    }
  }

  @Test
  void comparesStringListsAsSetsWithPathsIntoEachDocument() {
    ChangeSet changes = diff(
        "{\"parties\": [{\"id\": \"p\", \"roles\": [\"A\", \"B\", \"C\"]}]}",
        "{\"parties\": [{\"id\": \"p\", \"roles\": [\"C\", \"D\", \"A\"]}]}");
    assertThat(text(changes.toJsonValue())).isEqualTo(text(Json.parse("""
        {"changes": [{"op": "add", "path": "/parties/0/roles/1", "new": "D"},
                     {"op": "remove", "path": "/parties/0/roles/1", "old": "B"}]}
        """)));
  }

  @Test
  void comparesContactsAndExtensionListsByPosition() {
    ChangeSet changes = diff(
        "{\"x-tags\": [\"a\", \"b\"], \"parties\": [{\"id\": \"p\", \"contacts\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}]}",
        "{\"x-tags\": [\"b\", \"a\"], \"parties\": [{\"id\": \"p\", \"contacts\": [{\"name\": \"B\"}]}]}");
    assertThat(text(changes.toJsonValue())).isEqualTo(text(Json.parse("""
        {"changes": [
          {"op": "replace", "path": "/parties/0/contacts/0/name", "old": "A", "new": "B"},
          {"op": "replace", "path": "/x-tags/0", "old": "a", "new": "b"},
          {"op": "replace", "path": "/x-tags/1", "old": "b", "new": "a"},
          {"op": "remove", "path": "/parties/0/contacts/1", "old": {"name": "B"}}]}
        """)));
  }

  @Test
  void ordersArrayIndexesAsNumbers() {
    StringBuilder before = new StringBuilder("{\"sections\": [");
    StringBuilder after = new StringBuilder("{\"sections\": [");
    for (int i = 0; i < 12; i++) {
      String comma = i == 0 ? "" : ",";
      before.append(comma).append("{\"area\": \"x-a").append(i).append("\", \"clauses\": []}");
      String clauses = i == 2 || i == 10 ? "[{\"id\": \"c" + i + "\", \"text\": \"t\"}]" : "[]";
      after.append(comma).append("{\"area\": \"x-a").append(i).append("\", \"clauses\": ")
          .append(clauses).append('}');
    }
    ChangeSet changes = diff(before.append("]}").toString(), after.append("]}").toString());
    assertThat(changes.changes()).extracting(Change::path)
        .containsExactly("/sections/2/clauses/0", "/sections/10/clauses/0");
    assertThat(changes.changes()).extracting(c -> c.area().orElseThrow())
        .containsExactly("x-a2", "x-a10");
  }

  @Test
  void matchesSectionsByAreaAndReportsAChangedIdAsRemoveAndAdd() {
    ChangeSet changes = diff("""
        {"sections": [{"area": "GOVERNANCE", "clauses": [{"id": "g1", "text": "t"}]},
                      {"area": "FINANCE", "clauses": []}]}
        """, """
        {"sections": [{"area": "FINANCE", "clauses": []},
                      {"area": "GOVERNANCE", "clauses": [{"id": "g9", "text": "t"}]}]}
        """);
    assertThat(text(changes.toJsonValue())).isEqualTo(text(Json.parse("""
        {"changes": [
          {"op": "add", "path": "/sections/1/clauses/0", "area": "GOVERNANCE",
           "new": {"id": "g9", "text": "t"}},
          {"op": "remove", "path": "/sections/0/clauses/0", "area": "GOVERNANCE",
           "old": {"id": "g1", "text": "t"}}]}
        """)));
  }

  @Test
  void comparesNumbersByValueAndExtensionMembersToo() {
    assertThat(diff("{\"a\": 30.00, \"x-n\": {\"k\": 1}}", "{\"a\": 30, \"x-n\": {\"k\": 1.0}}")
        .isEmpty()).isTrue();
    assertThat(diff("{\"x-n\": {\"k\": 1}}", "{\"x-n\": {\"k\": 2}}").changes())
        .extracting(Change::path).containsExactly("/x-n/k");
  }

  @Test
  void showsAFormatVersionUpgradeAsAReplace() {
    assertThat(diff("{\"formatVersion\": \"1.0\"}", "{\"formatVersion\": \"1.1\"}").changes())
        .extracting(c -> c.op().jsonName() + " " + c.path())
        .containsExactly("replace /formatVersion");
  }

  @Test
  void reportsDuplicateIdsAsValidationDoesAndRefusesToCompare() {
    JsonValue document = Json.parse("""
        {"parties": [{"id": "p"}, {"id": "p"}],
         "sections": [{"area": "A", "clauses": [{"id": "c"}]},
                      {"area": "B", "clauses": [{"id": "c"}]}]}
        """);
    List<Finding> findings = AgreementDiff.duplicateIds(document);
    assertThat(findings).extracting(Finding::code, Finding::path, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DUPLICATE_ID", "/parties/1/id",
                "party id \"p\" is already used at /parties/0/id"),
            org.assertj.core.groups.Tuple.tuple("DUPLICATE_ID", "/sections/1/clauses/0/id",
                "clause id \"c\" is already used at /sections/0/clauses/0/id"));
    assertThatThrownBy(() -> AgreementDiff.between(document, Json.parse("{}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DUPLICATE_ID");
  }

  @Test
  void comparesAgreementsBuiltInCodeByTheirCanonicalForm() {
    var agreement = io.github.slaframework.testkit.SampleAgreements.councilAndForce();
    assertThat(AgreementDiff.between(agreement, agreement).isEmpty()).isTrue();
    assertThat(AgreementDiff.between(agreement, agreement.withTitle("Renamed")).changes())
        .extracting(c -> c.op().jsonName() + " " + c.path()).containsExactly("replace /title");
  }

  @Test
  void readsTheDocumentAsTheFileHoldsIt() {
    ReadResult<?> read = SlaReader.defaults().readAgreement(
        "{\"x-b\": [1.50], \"formatVersion\": \"1.0\", \"unknown\": null}");
    assertThat(text(read.document().orElseThrow()))
        .isEqualTo(text(Json.parse("{\"x-b\": [1.50], \"formatVersion\": \"1.0\", \"unknown\": null}")));
    assertThat(SlaReader.defaults().readAgreement("{").document()).isEmpty();
  }
}
