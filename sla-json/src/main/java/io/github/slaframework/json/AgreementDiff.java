package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.diff.ChangeSet;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.JsonPointer;
import io.github.slaframework.core.report.SafeText;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.core.value.JsonValue.JsonArray;
import io.github.slaframework.core.value.JsonValue.JsonObject;
import io.github.slaframework.core.value.JsonValue.JsonString;
import io.github.slaframework.json.internal.diff.TreeDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What changed between two versions of an agreement, as {@code sla diff} reports it (format 1.1
 * §6): parties, clauses, service levels and cameras matched by {@code id} within their list,
 * sections by {@code area}, the lists of strings the format defines (roles, lawful bases,
 * purposes, legal bases, channels, requirements, types, indicators, responsible parties,
 * languages) compared as sets, every other list ({@code x-} lists included) by position.
 *
 * <p>The documents are compared as the files hold them ({@link ReadResult#document()}), so every
 * path points into a file, member order does not matter, {@code x-} members count, numbers
 * compare by value ({@code 30.00} is {@code 30}) and a 1.0 file against a 1.1 file shows what
 * differs between the texts (a {@code replace} of {@code formatVersion} at least), not what
 * reading would upgrade.
 *
 * <pre>{@code
 * JsonValue before = SlaReader.defaults().readAgreement(oldFile).document().orElseThrow();
 * JsonValue after = SlaReader.defaults().readAgreement(newFile).document().orElseThrow();
 * if (AgreementDiff.duplicateIds(before).isEmpty() && AgreementDiff.duplicateIds(after).isEmpty()) {
 *   AgreementDiff.between(before, after).changes().forEach(c -> System.out.println(c.path()));
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class AgreementDiff {

  /** The most characters of an id a finding quotes, as validation quotes them. */
  private static final int EXCERPT = 40;

  private AgreementDiff() {}

  /**
   * The changes from one version of an agreement document to another, in the order of format
   * 1.1 §6: additions and replacements by their path in the new document (array indexes as
   * numbers), then removals by their path in the old one.
   *
   * @param oldDocument the old version as its file holds it, never null
   * @param newDocument the new version as its file holds it, never null
   * @return the changes, empty when the versions are the same as the format compares them
   * @throws IllegalArgumentException when either document has duplicate ids ({@link
   *     #duplicateIds}), which leave the matching by id without an answer
   */
  public static ChangeSet between(JsonValue oldDocument, JsonValue newDocument) {
    Objects.requireNonNull(oldDocument, "oldDocument");
    Objects.requireNonNull(newDocument, "newDocument");
    for (JsonValue document : List.of(oldDocument, newDocument)) {
      List<Finding> duplicates = duplicateIds(document);
      if (!duplicates.isEmpty()) {
        throw new IllegalArgumentException("a document with duplicate ids cannot be compared: "
            + duplicates.get(0).describe());
      }
    }
    return new ChangeSet(TreeDiff.between(oldDocument, newDocument));
  }

  /**
   * The changes from one agreement to another as the format writes them ({@link
   * SlaWriter#toJsonValue(Agreement)}): for agreements built in code; the paths point into their
   * canonical form, not into any file they were read from.
   *
   * @param oldAgreement the old version, never null
   * @param newAgreement the new version, never null
   * @return the changes, never null
   * @throws IllegalArgumentException when either agreement has duplicate ids
   */
  public static ChangeSet between(Agreement oldAgreement, Agreement newAgreement) {
    SlaWriter writer = SlaWriter.defaults();
    return between(writer.toJsonValue(oldAgreement), writer.toJsonValue(newAgreement));
  }

  /**
   * The {@code DUPLICATE_ID} findings of a document, as validation reports them: two parties,
   * two service levels, two clauses (in any sections) or two cameras that share an id, each
   * finding at the second one's {@code id}. A document with any cannot be compared.
   *
   * @param document an agreement document, never null
   * @return the findings in document order, without locations ({@link
   *     Finding#locatedBy}), never null
   */
  public static List<Finding> duplicateIds(JsonValue document) {
    List<Finding> findings = new ArrayList<>();
    if (!(Objects.requireNonNull(document, "document") instanceof JsonObject root)) {
      return findings;
    }
    unique(elements(root, "parties", ""), "party", new HashMap<>(), findings);
    Map<String, String> clauses = new HashMap<>();
    Map<String, String> cameras = new HashMap<>();
    for (Element section : elements(root, "sections", "")) {
      if (section.value() instanceof JsonObject object) {
        unique(elements(object, "clauses", section.path()), "clause", clauses, findings);
        unique(elements(object, "cameras", section.path()), "camera", cameras, findings);
      }
    }
    unique(elements(root, "serviceLevels", ""), "service level", new HashMap<>(), findings);
    return findings;
  }

  private record Element(String path, JsonValue value) {}

  private static List<Element> elements(JsonObject object, String member, String at) {
    List<Element> elements = new ArrayList<>();
    if (object.members().get(member) instanceof JsonArray array) {
      String list = JsonPointer.child(at, member);
      for (int i = 0; i < array.elements().size(); i++) {
        elements.add(new Element(JsonPointer.child(list, i), array.elements().get(i)));
      }
    }
    return elements;
  }

  private static void unique(List<Element> elements, String kind, Map<String, String> seen,
      List<Finding> findings) {
    for (Element element : elements) {
      if (element.value() instanceof JsonObject object
          && object.members().get("id") instanceof JsonString id) {
        String at = JsonPointer.child(element.path(), "id");
        String first = seen.putIfAbsent(id.value(), at);
        if (first != null) {
          findings.add(Finding.of(Severity.ERROR, FindingCodes.DUPLICATE_ID, at,
              kind + " id " + SafeText.excerpt(id.value(), EXCERPT, '"')
                  + " is already used at " + first));
        }
      }
    }
  }
}
