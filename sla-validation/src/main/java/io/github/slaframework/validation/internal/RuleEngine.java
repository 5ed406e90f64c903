package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.report.JsonPointer;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the declarative {@link Condition}s of framework rules over an agreement as a {@link
 * JsonValue} tree with the file's field names. It interprets a small closed set of operators;
 * nothing in a rule is executed as code. One engine serves one agreement and is not shared between
 * threads.
 *
 * <p>A target names every value its pointer reaches: a {@code *} segment stands for every element
 * of an array (or member of an object). Conditions over several values hold when any value
 * satisfies them; {@code count} counts the values. A target with an area is relative to every
 * section of that area.
 *
 * <p>Given the agreement itself, the engine converts to JSON only what targets reach (a top-level
 * member, a section, a member of a section), each piece once, and builds a value's pointer only to
 * report it.
 */
public final class RuleEngine {

  /** A value found at a pointer of the agreement. */
  public record Match(String pointer, JsonValue value) {}

  private final Node root;
  private final Map<String, Optional<List<String>>> segments = new HashMap<>();
  private final Map<String, List<Node>> sectionsByArea = new HashMap<>();

  /**
   * An engine for one agreement already converted to a tree.
   *
   * @param root the agreement as a JSON value
   */
  public RuleEngine(JsonValue root) {
    this.root = new JsonNode(null, "", -1, root);
  }

  /**
   * An engine for one agreement, converting the parts that targets reach as they reach them.
   *
   * @param agreement the agreement
   * @param writer the writer that converts parts of it
   */
  public RuleEngine(Agreement agreement, SlaWriter writer) {
    this(new AgreementJson(agreement, writer));
  }

  /**
   * An engine for one agreement, converting through a tree that the validation's named checks
   * share, so that a part rules and checks both reach is converted once.
   *
   * @param json the agreement's tree, converted as it is reached
   */
  public RuleEngine(AgreementJson json) {
    this.root = new AgreementNode(json);
  }

  /**
   * Whether a rule applies: its {@code when} holds, or it has none.
   *
   * @param rule the rule
   * @return {@code true} when the rule applies
   */
  public boolean applies(Rule rule) {
    return rule.when().isEmpty() || holds(rule.when().get(), root);
  }

  /**
   * Evaluates a rule with a {@code require} condition.
   *
   * @param rule the rule
   * @return the pointer to report a failure at, or empty when the rule applies and holds or does
   *     not apply
   */
  public Optional<String> failure(Rule rule) {
    if (rule.require().isEmpty() || !applies(rule)) {
      return Optional.empty();
    }
    Condition require = rule.require().get();
    if (holds(require, root)) {
      return Optional.empty();
    }
    return Optional.of(rule.at().isPresent() ? reportAt(rule.at().get()) : defaultAt(require));
  }

  /**
   * The pointers of the sections of an area.
   *
   * @param area the area
   * @return the pointers, such as {@code /sections/3}, in document order
   */
  public List<String> sections(AreaCode area) {
    List<String> out = new ArrayList<>();
    for (Node section : sectionNodes(area)) {
      out.add(section.pointer());
    }
    return out;
  }

  JsonValue root() {
    return root.value();
  }

  boolean holds(Condition condition, Match base) {
    return holds(condition, new JsonNode(null, base.pointer(), -1, base.value()));
  }

  private boolean holds(Condition condition, Node base) {
    if (condition instanceof Condition.Exists c) {
      for (Node n : resolve(c.target(), base)) {
        if (!n.isNull()) {
          return true;
        }
      }
      return false;
    } else if (condition instanceof Condition.Equals c) {
      for (Node n : resolve(c.target(), base)) {
        if (RuleValues.same(n.value(), c.value())) {
          return true;
        }
      }
      return false;
    } else if (condition instanceof Condition.Contains c) {
      for (Node n : resolve(c.target(), base)) {
        if (n.value() instanceof JsonValue.JsonArray a && RuleValues.contains(a, c.value())) {
          return true;
        }
      }
      return false;
    } else if (condition instanceof Condition.Compare c) {
      for (Node n : resolve(c.target(), base)) {
        if (RuleValues.compares(n.value(), c.operator(), c.value())) {
          return true;
        }
      }
      return false;
    } else if (condition instanceof Condition.Count c) {
      long count = 0;
      for (Node n : resolve(c.target(), base)) {
        if (!n.isNull() && (c.where().isEmpty() || holds(c.where().get(), n))) {
          count++;
        }
      }
      return (c.min().isEmpty() || count >= c.min().get())
          && (c.max().isEmpty() || count <= c.max().get());
    } else if (condition instanceof Condition.AllOf c) {
      for (Condition x : c.conditions()) {
        if (!holds(x, base)) {
          return false;
        }
      }
      return true;
    } else if (condition instanceof Condition.AnyOf c) {
      for (Condition x : c.conditions()) {
        if (holds(x, base)) {
          return true;
        }
      }
      return false;
    } else if (condition instanceof Condition.Not c) {
      return !holds(c.condition(), base);
    }
    throw new IllegalStateException("unknown condition " + condition.getClass());
  }

  /**
   * The values a target names, relative to a base (the root, or a value counted by {@code count})
   * or, with an area, to every section of the area.
   */
  private List<Node> resolve(Target target, Node base) {
    List<Node> current =
        target.area().isPresent() ? sectionNodes(target.area().get()) : List.of(base);
    // A path that is no JSON Pointer reaches nothing (framework loading refuses it anyway).
    Optional<List<String>> tokens = segments.get(target.path());
    if (tokens == null) {
      tokens = JsonPointer.tokens(target.path());
      segments.put(target.path(), tokens);
    }
    if (tokens.isEmpty()) {
      return List.of();
    }
    for (String segment : tokens.get()) {
      List<Node> next = new ArrayList<>();
      for (Node n : current) {
        n.step(segment, next);
      }
      current = next;
    }
    return current;
  }

  /** The sections of an area, in document order; found once per area. */
  private List<Node> sectionNodes(AreaCode area) {
    List<Node> found = sectionsByArea.get(area.code());
    if (found == null) {
      List<Node> arrays = new ArrayList<>(1);
      root.step("sections", arrays);
      found = new ArrayList<>();
      for (Node array : arrays) {
        array.sections(area.code(), found);
      }
      sectionsByArea.put(area.code(), found);
    }
    return found;
  }

  /** Where an explicit {@code at} reports: the first value it names, else where it would be. */
  private String reportAt(Target at) {
    List<Node> found = resolve(at, root);
    if (!found.isEmpty()) {
      return found.get(0).pointer();
    }
    String base = "";
    if (at.area().isPresent()) {
      List<Node> sections = sectionNodes(at.area().get());
      if (sections.isEmpty()) {
        return "";
      }
      base = sections.get(0).pointer();
    }
    String path = at.path();
    int star = path.indexOf("/*");
    return base + (star < 0 ? path : path.substring(0, star));
  }

  /** The first target of the condition that names a value, else its area's section, else root. */
  private String defaultAt(Condition condition) {
    List<Target> targets = new ArrayList<>();
    collect(condition, targets);
    for (Target t : targets) {
      List<Node> found = resolve(t, root);
      if (!found.isEmpty()) {
        return found.get(0).pointer();
      }
    }
    for (Target t : targets) {
      if (t.area().isPresent() && !sectionNodes(t.area().get()).isEmpty()) {
        return sectionNodes(t.area().get()).get(0).pointer();
      }
    }
    return "";
  }

  private static void collect(Condition condition, List<Target> out) {
    if (condition instanceof Condition.Exists c) {
      out.add(c.target());
    } else if (condition instanceof Condition.Equals c) {
      out.add(c.target());
    } else if (condition instanceof Condition.Contains c) {
      out.add(c.target());
    } else if (condition instanceof Condition.Compare c) {
      out.add(c.target());
    } else if (condition instanceof Condition.Count c) {
      out.add(c.target());
    } else if (condition instanceof Condition.AllOf c) {
      for (Condition x : c.conditions()) {
        collect(x, out);
      }
    } else if (condition instanceof Condition.AnyOf c) {
      for (Condition x : c.conditions()) {
        collect(x, out);
      }
    } else if (condition instanceof Condition.Not c) {
      collect(c.condition(), out);
    }
  }

  private static int index(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return -1;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (!Character.isDigit(segment.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(segment);
  }

  /**
   * A value a target reaches, and where: a member name or an array index under its parent. A node
   * without a parent holds its whole pointer as its name. The pointer is built only when asked.
   */
  private abstract static class Node {
    private final Node parent;
    private final String name;
    private final int index;

    Node(Node parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    final String pointer() {
      if (parent == null) {
        return name;
      }
      return name == null
          ? JsonPointer.child(parent.pointer(), index)
          : JsonPointer.child(parent.pointer(), name);
    }

    /** The value, converted when needed. */
    abstract JsonValue value();

    /** Whether the value is JSON {@code null}. */
    boolean isNull() {
      return false;
    }

    /** Adds what one segment names under this value: a member, an element, or all for {@code *}. */
    abstract void step(String segment, List<Node> out);

    /** Adds the sections of an area, when this is the agreement's {@code sections}. */
    void sections(String area, List<Node> out) {
      List<Node> all = new ArrayList<>();
      step("*", all);
      for (Node section : all) {
        if (section.value() instanceof JsonValue.JsonObject object
            && object.members().get("area") instanceof JsonValue.JsonString code
            && code.value().equals(area)) {
          out.add(section);
        }
      }
    }
  }

  /** A value of the tree. */
  private static final class JsonNode extends Node {
    private final JsonValue value;

    JsonNode(Node parent, String name, int index, JsonValue value) {
      super(parent, name, index);
      this.value = value;
    }

    @Override
    JsonValue value() {
      return value;
    }

    @Override
    boolean isNull() {
      return value instanceof JsonValue.JsonNull;
    }

    @Override
    void step(String segment, List<Node> out) {
      children(this, value, segment, out);
    }

    @Override
    void sections(String area, List<Node> out) {
      if (value instanceof JsonValue.JsonArray) {
        super.sections(area, out);
      }
    }
  }

  /** Adds what a segment names under a value: an element or member, or every one for {@code *}. */
  private static void children(Node parent, JsonValue value, String segment, List<Node> out) {
    if (value instanceof JsonValue.JsonArray array) {
      if (segment.equals("*")) {
        for (int i = 0; i < array.elements().size(); i++) {
          out.add(new JsonNode(parent, null, i, array.elements().get(i)));
        }
      } else {
        int i = index(segment);
        if (i >= 0 && i < array.elements().size()) {
          out.add(new JsonNode(parent, null, i, array.elements().get(i)));
        }
      }
    } else if (value instanceof JsonValue.JsonObject object) {
      members(parent, object, segment, out);
    }
  }

  /** Adds the member a segment names, or every member for {@code *}. */
  private static void members(
      Node parent, JsonValue.JsonObject object, String segment, List<Node> out) {
    if (segment.equals("*")) {
      for (Map.Entry<String, JsonValue> e : object.members().entrySet()) {
        out.add(new JsonNode(parent, e.getKey(), -1, e.getValue()));
      }
    } else {
      JsonValue member = object.members().get(segment);
      if (member != null) {
        out.add(new JsonNode(parent, segment, -1, member));
      }
    }
  }

  /** The agreement, converted member by member. */
  private static final class AgreementNode extends Node {
    private final AgreementJson json;

    AgreementNode(AgreementJson json) {
      super(null, "", -1);
      this.json = json;
    }

    @Override
    JsonValue value() {
      return json.whole();
    }

    @Override
    void step(String segment, List<Node> out) {
      if (segment.equals("*")) {
        members(this, json.whole(), segment, out);
      } else if (segment.equals("sections")) {
        out.add(new SectionsNode(this, json));
      } else {
        Optional<JsonValue> member = json.member(segment);
        if (member.isPresent()) {
          out.add(new JsonNode(this, segment, -1, member.get()));
        }
      }
    }
  }

  /** The agreement's {@code sections}, converted section by section. */
  private static final class SectionsNode extends Node {
    private final AgreementJson json;

    SectionsNode(Node parent, AgreementJson json) {
      super(parent, "sections", -1);
      this.json = json;
    }

    @Override
    JsonValue value() {
      List<JsonValue> sections = new ArrayList<>(json.sectionCount());
      for (int i = 0; i < json.sectionCount(); i++) {
        sections.add(json.section(i));
      }
      return new JsonValue.JsonArray(sections);
    }

    @Override
    void step(String segment, List<Node> out) {
      if (segment.equals("*")) {
        for (int i = 0; i < json.sectionCount(); i++) {
          out.add(new SectionNode(this, i, json));
        }
      } else {
        int i = index(segment);
        if (i >= 0 && i < json.sectionCount()) {
          out.add(new SectionNode(this, i, json));
        }
      }
    }

    @Override
    void sections(String area, List<Node> out) {
      for (int i = 0; i < json.sectionCount(); i++) {
        if (json.area(i).equals(area)) {
          out.add(new SectionNode(this, i, json));
        }
      }
    }
  }

  /** One section, converted member by member. */
  private static final class SectionNode extends Node {
    private final AgreementJson json;
    private final int section;

    SectionNode(Node parent, int section, AgreementJson json) {
      super(parent, null, section);
      this.json = json;
      this.section = section;
    }

    @Override
    JsonValue value() {
      return json.section(section);
    }

    @Override
    void step(String segment, List<Node> out) {
      if (segment.equals("*")) {
        if (value() instanceof JsonValue.JsonObject object) {
          members(this, object, segment, out);
        }
      } else if (segment.startsWith("x-")) {
        // An x- value may be null, which exists must see: take the value itself.
        Optional<JsonValue> member = json.sectionMember(section, segment);
        if (member.isPresent()) {
          out.add(new JsonNode(this, segment, -1, member.get()));
        }
      } else if (json.hasSectionMember(section, segment)) {
        out.add(new SectionFieldNode(this, segment, section, json));
      }
    }
  }

  /**
   * A field of a section, converted only when a condition needs its value: whether it exists
   * needs no conversion (the writer leaves absent fields out and writes no field as null).
   */
  private static final class SectionFieldNode extends Node {
    private final AgreementJson json;
    private final int section;
    private final String field;

    SectionFieldNode(Node parent, String field, int section, AgreementJson json) {
      super(parent, field, -1);
      this.json = json;
      this.section = section;
      this.field = field;
    }

    @Override
    JsonValue value() {
      return json.sectionMember(section, field).orElseThrow();
    }

    @Override
    void step(String segment, List<Node> out) {
      children(this, value(), segment, out);
    }
  }
}
