package io.github.slaframework.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.framework.ComparisonOperator;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.SampleAgreements;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleEngineTests {

  private final RuleEngine engine =
      new RuleEngine(SlaWriter.defaults().toJsonValue(SampleAgreements.councilAndForce()));

  private static final Target TYPES = Target.area(AreaCode.SURVEILLANCE_TYPES, "/types");

  private boolean holds(Condition condition) {
    return engine.holds(condition, new RuleEngine.Match("", engine.root()));
  }

  @Test
  void existsFindsFieldsAndSectionsButNotAbsentOnes() {
    assertThat(holds(new Condition.Exists(Target.root("/term/effectiveFrom")))).isTrue();
    assertThat(holds(new Condition.Exists(Target.area(AreaCode.FINANCE, "")))).isTrue();
    assertThat(holds(new Condition.Exists(Target.root("/term/nothing")))).isFalse();
    assertThat(holds(new Condition.Exists(Target.area(AreaCode.of("x-other"), "")))).isFalse();
  }

  @Test
  void equalsAndContainsCompareJsonValues() {
    assertThat(holds(new Condition.Equals(Target.root("/parties/1/type"), JsonValue.of("POLICE_FORCE"))))
        .isTrue();
    assertThat(holds(new Condition.Contains(TYPES, JsonValue.of("COVERT")))).isTrue();
    assertThat(holds(new Condition.Contains(TYPES, JsonValue.of("ANPR")))).isFalse();
    assertThat(
            holds(
                new Condition.Equals(
                    Target.root("/serviceLevels/2/objective/threshold"), JsonValue.of(99))))
        .as("99.0 equals 99")
        .isTrue();
  }

  @Test
  void wildcardMatchesAnyElement() {
    assertThat(holds(new Condition.Equals(Target.root("/parties/*/id"), JsonValue.of("police"))))
        .isTrue();
    assertThat(holds(new Condition.Equals(Target.root("/parties/*/id"), JsonValue.of("nobody"))))
        .isFalse();
  }

  @Test
  void compareOrdersPeriodsDatesAndNumbers() {
    Target retention = Target.area(AreaCode.INFORMATION_SHARING, "/retentionPeriod");
    assertThat(holds(new Condition.Compare(retention, ComparisonOperator.GT, JsonValue.of("P31D"))))
        .isFalse();
    assertThat(holds(new Condition.Compare(retention, ComparisonOperator.GE, JsonValue.of("P1M"))))
        .as("P31D >= P1M, a month counting 31 days")
        .isTrue();
    assertThat(
            holds(
                new Condition.Compare(
                    Target.root("/term/effectiveFrom"), ComparisonOperator.LT, JsonValue.of("2026-04-02"))))
        .isTrue();
    assertThat(
            holds(
                new Condition.Compare(
                    Target.root("/serviceLevels/*/attainment"), ComparisonOperator.LT, JsonValue.of(95))))
        .isTrue();
    assertThat(
            holds(
                new Condition.Compare(
                    Target.root("/title"), ComparisonOperator.LT, JsonValue.of("P31D"))))
        .as("text that is neither a date nor a period does not compare")
        .isFalse();
  }

  @Test
  void countsValuesWhereAConditionHoldsRelativeToEach() {
    Condition police = new Condition.Equals(Target.root("/type"), JsonValue.of("POLICE_FORCE"));
    assertThat(holds(count("/parties/*", police, 1, 1))).isTrue();
    assertThat(holds(count("/parties/*", police, 2, null))).isFalse();
    assertThat(holds(count("/parties/*", new Condition.Not(police), 1, null))).isTrue();
  }

  @Test
  void combinesWithAllOfAnyOfAndNot() {
    Condition covert = new Condition.Contains(TYPES, JsonValue.of("COVERT"));
    Condition anpr = new Condition.Contains(TYPES, JsonValue.of("ANPR"));
    assertThat(holds(new Condition.AllOf(List.of(covert, new Condition.Not(anpr))))).isTrue();
    assertThat(holds(new Condition.AllOf(List.of(covert, anpr)))).isFalse();
    assertThat(holds(new Condition.AnyOf(List.of(anpr, covert)))).isTrue();
  }

  @Test
  void reportsFailureAtExplicitTargetOrWhereTheMissingValueWouldBe() {
    Rule atLegalBases =
        rule(new Condition.Contains(Target.area(AreaCode.LEGAL_CONSIDERATIONS, "/legalBases"), JsonValue.of("CPIA_1996")))
            .at(Target.area(AreaCode.LEGAL_CONSIDERATIONS, "/legalBases"))
            .build();
    assertThat(engine.failure(atLegalBases)).contains("/sections/1/legalBases");
    Rule atMissing =
        rule(new Condition.Exists(Target.area(AreaCode.GOVERNANCE, "/chair")))
            .at(Target.area(AreaCode.GOVERNANCE, "/chair"))
            .build();
    assertThat(engine.failure(atMissing)).contains("/sections/2/chair");
  }

  @Test
  void defaultsFailureToFirstExistingTargetThenSectionThenRoot() {
    assertThat(
            engine.failure(
                rule(new Condition.Contains(TYPES, JsonValue.of("ANPR"))).build()))
        .contains("/sections/6/types");
    assertThat(
            engine.failure(
                rule(new Condition.Exists(Target.area(AreaCode.GOVERNANCE, "/chair"))).build()))
        .contains("/sections/2");
    assertThat(engine.failure(rule(new Condition.Exists(Target.root("/nothing"))).build()))
        .contains("");
  }

  @Test
  void doesNotApplyRuleWhoseWhenIsFalse() {
    Rule rule =
        rule(new Condition.Exists(Target.root("/nothing")))
            .when(new Condition.Exists(Target.area(AreaCode.of("x-absent"), "")))
            .build();
    assertThat(engine.applies(rule)).isFalse();
    assertThat(engine.failure(rule)).isEmpty();
  }

  private static Condition count(String path, Condition where, Integer min, Integer max) {
    return new Condition.Count(
        Target.root(path), Optional.of(where), Optional.ofNullable(min), Optional.ofNullable(max));
  }

  private static io.github.slaframework.core.framework.Rule.Builder rule(Condition require) {
    return Rule.builder().code("TEST").severity(Severity.ERROR).message("test").require(require);
  }

  @Test
  void comparesDatesThenPeriodsAndNothingElse() {
    assertThat(compares("2026-01-31", ComparisonOperator.LT, "2026-02-01")).isTrue();
    assertThat(compares("+12026-01-01", ComparisonOperator.GT, "2026-12-31")).isTrue();
    assertThat(compares("-0001-01-01", ComparisonOperator.LT, "0001-01-01")).isTrue();
    assertThat(compares("P31D", ComparisonOperator.LE, "P1M")).isTrue();
    assertThat(compares("PT4H", ComparisonOperator.GT, "P1D")).isFalse();
    assertThat(compares("-P1D", ComparisonOperator.LT, "P0D")).isTrue();
    assertThat(compares("2026-01-31", ComparisonOperator.LT, "P1D")).isFalse();
    assertThat(compares("P1D", ComparisonOperator.GE, "2026-01-31")).isFalse();
    assertThat(compares("soon", ComparisonOperator.LT, "later")).isFalse();
    assertThat(compares("", ComparisonOperator.LT, "-")).isFalse();
  }

  private static boolean compares(String value, ComparisonOperator operator, String literal) {
    return RuleValues.compares(JsonValue.of(value), operator, JsonValue.of(literal));
  }
}
