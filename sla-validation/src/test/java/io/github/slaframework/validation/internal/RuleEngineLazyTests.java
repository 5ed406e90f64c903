package io.github.slaframework.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.ComparisonOperator;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.SampleAgreements;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine that converts only what targets reach answers exactly as the engine over the whole
 * tree: same applicability, same failure pointers, same sections, for every agreement we have.
 */
class RuleEngineLazyTests {

  private static final SlaWriter WRITER = SlaWriter.defaults();
  private static final AreaCode DRONES = AreaCode.of("x-drones");

  static Stream<Arguments> agreements() throws IOException {
    List<Arguments> out = new ArrayList<>();
    out.add(Arguments.of("councilAndForce", SampleAgreements.councilAndForce()));
    out.add(
        Arguments.of(
            "housingAssociationWithTwoForces", SampleAgreements.housingAssociationWithTwoForces()));
    out.add(
        Arguments.of(
            "with x-drones section",
            Agreement.builder()
                .from(SampleAgreements.councilAndForce())
                .addSections(
                    CustomSection.builder()
                        .area(DRONES)
                        .putExtensions("x-max-altitude", JsonValue.of(120))
                        .putExtensions("x-nothing", JsonValue.NULL)
                        .build())
                .build()));
    List<Path> files = new ArrayList<>();
    files.addAll(jsonFiles(Path.of("../examples"), 1));
    files.addAll(jsonFiles(Path.of("../invalid-examples"), 1));
    files.addAll(jsonFiles(Path.of("src/test/resources/scenarios"), 2));
    for (Path file : files) {
      Optional<Agreement> read =
          SlaReader.defaults().readAgreement(Files.readString(file)).value();
      read.ifPresent(agreement -> out.add(Arguments.of(file.toString(), agreement)));
    }
    assertThat(out).hasSizeGreaterThan(30);
    return out.stream();
  }

  private static List<Path> jsonFiles(Path dir, int depth) throws IOException {
    try (Stream<Path> files = Files.walk(dir, depth)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void answersEveryRuleAsTheWholeTreeDoes(String name, Agreement agreement) {
    RuleEngine whole = new RuleEngine(WRITER.toJsonValue(agreement));
    RuleEngine lazy = new RuleEngine(agreement, WRITER);
    for (Rule rule : rules()) {
      assertThat(lazy.applies(rule)).as("%s applies", rule.code()).isEqualTo(whole.applies(rule));
      assertThat(lazy.failure(rule)).as("%s failure", rule.code()).isEqualTo(whole.failure(rule));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void findsTheSectionsOfEachAreaAsTheWholeTreeDoes(String name, Agreement agreement) {
    RuleEngine whole = new RuleEngine(WRITER.toJsonValue(agreement));
    RuleEngine lazy = new RuleEngine(agreement, WRITER);
    List<AreaCode> areas = new ArrayList<>(AreaCode.WELL_KNOWN);
    areas.add(DRONES);
    for (AreaCode area : areas) {
      assertThat(lazy.sections(area)).as(area.code()).isEqualTo(whole.sections(area));
    }
    assertThat(lazy.root()).isEqualTo(whole.root());
  }

  /** The built-in frameworks' rules, tailored by each profile, and rules that reach further. */
  private static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    for (Framework framework : BuiltInFrameworks.frameworks()) {
      rules.addAll(framework.rules());
      for (Profile profile : framework.profiles()) {
        rules.addAll(framework.tailoredBy(profile).rules());
      }
    }
    List<Target> ats =
        List.of(
            Target.root("/parties/*/type"),
            Target.root("/sections/*/clauses/*/id"),
            Target.area(AreaCode.LEGAL_CONSIDERATIONS, "/legalBases"),
            Target.area(AreaCode.FINANCE, "/charges/*/payer"),
            Target.area(DRONES, "/nothing"));
    for (Condition condition : conditions()) {
      for (Condition require : List.of(condition, new Condition.Not(condition))) {
        rules.add(rule(require).build());
        for (Target at : ats) {
          rules.add(rule(require).at(at).build());
        }
        rules.add(rule(require).when(condition).build());
      }
    }
    return rules;
  }

  private static List<Condition> conditions() {
    Condition police = new Condition.Equals(Target.root("/type"), JsonValue.of("POLICE_FORCE"));
    return List.of(
        count(Target.root("/parties/*"), police, 1, null),
        count(Target.root("/parties/*"), new Condition.Not(police), 2, 3),
        count(Target.root("/sections/*"), null, 12, null),
        count(Target.root("/*"), null, 9, null),
        count(Target.area(AreaCode.GOVERNANCE, "/clauses/*/responsibleParties/*"), null, 2, null),
        new Condition.Exists(Target.root("")),
        new Condition.Exists(Target.root("/*/0/id")),
        new Condition.Exists(Target.root("/x-vendor")),
        new Condition.Exists(Target.root("/sections/1/clauses/0/id")),
        new Condition.Exists(Target.root("/sections/01")),
        new Condition.Exists(Target.root("/sections/x")),
        new Condition.Exists(Target.area(DRONES, "")),
        new Condition.Exists(Target.area(DRONES, "/x-max-altitude")),
        new Condition.Exists(Target.area(DRONES, "/x-nothing")),
        new Condition.Exists(Target.root("/sections/*/x-nothing")),
        count(Target.root("/sections/*/x-nothing"), null, 1, null),
        new Condition.Exists(Target.area(AreaCode.TECHNICAL_STANDARDS, "/cameras")),
        new Condition.Exists(Target.area(AreaCode.INFORMATION_SHARING, "/retentionPeriod")),
        new Condition.Exists(Target.root("/sections/*/clauses/1/responsibleParties/0")),
        new Condition.Exists(Target.area(AreaCode.FINANCE, "/charges/0/payer")),
        new Condition.Exists(Target.area(AreaCode.LEGAL_CONSIDERATIONS, "/*")),
        new Condition.Equals(Target.root("/sections/*/area"), JsonValue.of("FINANCE")),
        new Condition.Equals(Target.root("/sections/*/clauses/*/id"), JsonValue.of("gov-1")),
        new Condition.Equals(Target.root("/status"), JsonValue.of("ACTIVE")),
        new Condition.Equals(Target.area(AreaCode.TECHNICAL_STANDARDS, "/cameras/*/requiredLevel"),
            JsonValue.of("IDENTIFY")),
        new Condition.Contains(Target.root("/sections"), JsonValue.of("FINANCE")),
        new Condition.Contains(Target.area(AreaCode.SURVEILLANCE_TYPES, "/types"),
            JsonValue.of("COVERT")),
        new Condition.Compare(Target.root("/term/effectiveFrom"), ComparisonOperator.GE,
            JsonValue.of("2026-01-01")),
        new Condition.Compare(Target.root("/sections/0"), ComparisonOperator.GE, JsonValue.of(1)),
        new Condition.Compare(Target.root("/serviceLevels/*/objective/threshold"),
            ComparisonOperator.LT, JsonValue.of(new BigDecimal("99.5"))),
        new Condition.AnyOf(
            List.of(
                new Condition.Exists(Target.area(AreaCode.FEEDBACK, "/indicators")),
                new Condition.Exists(Target.area(AreaCode.TRAINING, "")))),
        new Condition.AllOf(
            List.of(
                new Condition.Exists(Target.area(AreaCode.FEEDBACK, "")),
                new Condition.Exists(Target.root("/approvals/*/party")))));
  }

  private static Condition count(Target target, Condition where, Integer min, Integer max) {
    return new Condition.Count(
        target, Optional.ofNullable(where), Optional.ofNullable(min), Optional.ofNullable(max));
  }

  private static io.github.slaframework.core.framework.Rule.Builder rule(
      Condition require) {
    return Rule.builder().code("TEST").severity(Severity.ERROR).message("test").require(require);
  }
}
