package io.github.slaframework.validation.internal;

import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.JsonPointer;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.value.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a framework's or profile's rules when it loads, so that a typo is refused where it was
 * written instead of never firing (or firing on every agreement): {@code TARGET_UNKNOWN} for a
 * rule path or area no agreement of this format can hold, {@code CHECK_UNKNOWN} for a named check
 * no provider implements. Findings point into the framework document.
 */
public final class FrameworkLint {

  private final Messages messages;

  /**
   * A lint with messages.
   *
   * @param messages the messages
   */
  public FrameworkLint(Messages messages) {
    this.messages = messages;
  }

  /**
   * The areas a rule of a framework may name: the well-known ones, {@code x-} ones, and those the
   * framework (and profile) define.
   *
   * @param definitions the area definitions of the framework and profile
   * @return the defined area codes
   */
  public static Set<AreaCode> defined(List<AreaDefinition> definitions) {
    Set<AreaCode> out = new HashSet<>();
    definitions.forEach(d -> out.add(d.code()));
    return out;
  }

  /**
   * {@code TARGET_UNKNOWN} findings for rules.
   *
   * @param rules the rules
   * @param base the pointer of the rules list in the document, such as {@code /rules}
   * @param areas the areas the framework defines besides the well-known and {@code x-} ones
   * @return the findings, in rule order
   */
  public List<Finding> targets(List<Rule> rules, String base, Set<AreaCode> areas) {
    List<Finding> out = new ArrayList<>();
    // Only here: the shape is walked from the agreement's JSON Schema, which a registry of
    // built-in frameworks alone (whose targets the tests check) never needs to build.
    AgreementShape shape = AgreementShape.current();
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      String at = JsonPointer.child(base, r);
      rule.when().ifPresent(c -> condition(c, at + "/when", shape.agreement(), areas, out));
      rule.require().ifPresent(c -> condition(c, at + "/require", shape.agreement(), areas, out));
      rule.at().ifPresent(t -> reach(t, at + "/at", shape.agreement(), areas, out));
    }
    return out;
  }

  /**
   * {@code CHECK_UNKNOWN} findings for rules.
   *
   * @param rules the rules
   * @param base the pointer of the rules list in the document
   * @param checks the checks implemented
   * @return the findings, in rule order
   */
  public List<Finding> checks(List<Rule> rules, String base, Checks checks) {
    List<Finding> out = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      if (rule.check().isPresent() && !checks.knows(rule.check().get())) {
        out.add(
            Finding.of(
                Severity.ERROR,
                FindingCodes.CHECK_UNKNOWN,
                JsonPointer.child(base, r) + "/check",
                messages.get(
                    "framework.checkUnknown",
                    "code",
                    Excerpt.of(rule.code()),
                    "check",
                    Excerpt.of(rule.check().get()))));
      }
    }
    return out;
  }

  private void condition(
      Condition condition, String at, JsonValue base, Set<AreaCode> areas, List<Finding> out) {
    if (condition instanceof Condition.Exists c) {
      reach(c.target(), at + "/exists", base, areas, out);
    } else if (condition instanceof Condition.Equals c) {
      reach(c.target(), at + "/equals", base, areas, out);
    } else if (condition instanceof Condition.Contains c) {
      reach(c.target(), at + "/contains", base, areas, out);
    } else if (condition instanceof Condition.Compare c) {
      reach(c.target(), at + "/compare", base, areas, out);
    } else if (condition instanceof Condition.Count c) {
      List<JsonValue> counted = reach(c.target(), at + "/count", base, areas, out);
      if (c.where().isPresent() && !counted.isEmpty()) {
        where(c.where().get(), at + "/count/where", counted, areas, out);
      }
    } else if (condition instanceof Condition.AllOf c) {
      for (int i = 0; i < c.conditions().size(); i++) {
        condition(c.conditions().get(i), JsonPointer.child(at + "/allOf", i), base, areas, out);
      }
    } else if (condition instanceof Condition.AnyOf c) {
      for (int i = 0; i < c.conditions().size(); i++) {
        condition(c.conditions().get(i), JsonPointer.child(at + "/anyOf", i), base, areas, out);
      }
    } else if (condition instanceof Condition.Not c) {
      condition(c.condition(), at + "/not", base, areas, out);
    }
  }

  /**
   * A {@code where} condition is relative to each value counted: it is checked against each
   * schema the counted path reaches, and holds if it fits one of them.
   */
  private void where(
      Condition where, String at, List<JsonValue> counted, Set<AreaCode> areas, List<Finding> out) {
    List<Finding> best = null;
    for (JsonValue node : counted) {
      List<Finding> found = new ArrayList<>();
      condition(where, at, node, areas, found);
      if (best == null || found.size() < best.size()) {
        best = found;
      }
    }
    out.addAll(best);
  }

  /** The schema nodes a target reaches, adding a finding when it reaches none. */
  private List<JsonValue> reach(
      Target target, String at, JsonValue base, Set<AreaCode> areas, List<Finding> out) {
    JsonValue start = base;
    if (target.area().isPresent()) {
      AreaCode area = target.area().get();
      if (!area.isWellKnown() && !area.isExtension() && !areas.contains(area)) {
        out.add(
            Finding.of(
                Severity.ERROR,
                FindingCodes.TARGET_UNKNOWN,
                at + "/area",
                messages.get("framework.areaUnknown", "area", Excerpt.of(area.code()))));
        return List.of();
      }
      start = AgreementShape.current().section(area);
    }
    // A path that is no JSON Pointer reaches nothing: TARGET_UNKNOWN below.
    Optional<List<String>> tokens = JsonPointer.tokens(target.path());
    List<JsonValue> reached = tokens.isPresent() ? AgreementShape.current().reach(start, tokens.get()) : List.of();
    if (reached.isEmpty()) {
      out.add(
          Finding.of(
              Severity.ERROR,
              FindingCodes.TARGET_UNKNOWN,
              at + "/path",
              messages.get(
                  target.area().isPresent() ? "framework.pathUnknownInArea" : "framework.pathUnknown",
                  "path",
                  Excerpt.of(target.path()),
                  "area",
                  target.area().map(AreaCode::code).orElse(""))));
    }
    return reached;
  }
}
