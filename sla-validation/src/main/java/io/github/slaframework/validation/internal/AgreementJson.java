package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An agreement's JSON tree, converted piece by piece as framework rules and named checks reach
 * it: a top-level member, a section, or one member of a section, each at most once. Rules and
 * checks reach a few fields of a few sections, so most of a large agreement is never converted.
 * One instance serves one validation and is not shared between threads.
 */
public final class AgreementJson {

  private final Agreement agreement;
  private final SlaWriter writer;
  private JsonValue.JsonObject whole;
  private final Map<String, Optional<JsonValue>> members = new HashMap<>();
  private final Map<Integer, JsonValue> sections = new HashMap<>();
  private final Map<Integer, Map<String, Optional<JsonValue>>> sectionMembers = new HashMap<>();

  /**
   * The tree of an agreement, not converted yet.
   *
   * @param agreement the agreement
   * @param writer the writer that converts its parts
   */
  public AgreementJson(Agreement agreement, SlaWriter writer) {
    this.agreement = agreement;
    this.writer = writer;
  }

  /** The number of sections. */
  int sectionCount() {
    return agreement.sections().size();
  }

  /** The area code of a section, as its {@code area} member has it. */
  String area(int section) {
    return model(section).area().code();
  }

  /**
   * The whole tree: for the rare target that names every member of the agreement, the walk for
   * placeholders and a vendor's check that asks for the document.
   *
   * @return the agreement as the format writes it
   */
  public JsonValue.JsonObject whole() {
    if (whole == null) {
      whole = writer.toJsonValue(agreement);
    }
    return whole;
  }

  /**
   * A top-level member of the tree; taken from the whole tree once that is built (a draft's
   * placeholder walk builds it before the other checks ask), so nothing is converted twice.
   */
  Optional<JsonValue> member(String name) {
    if (whole != null) {
      return Optional.ofNullable(whole.members().get(name));
    }
    Optional<JsonValue> member = members.get(name);
    if (member == null) {
      member = writer.memberOf(agreement, name);
      members.put(name, member);
    }
    return member;
  }

  /** A section's tree. */
  JsonValue section(int index) {
    if (whole != null
        && whole.members().get("sections") instanceof JsonValue.JsonArray all) {
      return all.elements().get(index);
    }
    JsonValue section = sections.get(index);
    if (section == null) {
      section = writer.toJsonValue(model(index));
      sections.put(index, section);
    }
    return section;
  }

  /** A member of a section's tree. */
  Optional<JsonValue> sectionMember(int index, String name) {
    if (whole != null) {
      return section(index) instanceof JsonValue.JsonObject section
          ? Optional.ofNullable(section.members().get(name)) : Optional.empty();
    }
    Map<String, Optional<JsonValue>> members = sectionMembers.get(index);
    if (members == null) {
      members = new HashMap<>();
      sectionMembers.put(index, members);
    }
    Optional<JsonValue> member = members.get(name);
    if (member == null) {
      member = writer.memberOf(model(index), name);
      members.put(name, member);
    }
    return member;
  }

  /** Whether a section's tree has a member, without converting it. */
  boolean hasSectionMember(int index, String name) {
    return writer.hasMember(model(index), name);
  }

  private Section model(int index) {
    return agreement.sections().get(index);
  }
}
