package io.github.slaframework.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.ComparisonOperator;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.value.JsonValue;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Sample frameworks and profiles, built through the public API only. Each call builds a new
 * (equal) instance.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL)
public final class SampleFrameworks {

  /** The reference of {@link #testFramework()}: {@code test-framework} version {@code 1}. */
  public static final FrameworkRef TEST_FRAMEWORK = FrameworkRef.of("test-framework", "1");

  private SampleFrameworks() {}

  /**
   * A framework using every kind of rule condition ({@code exists}, {@code compare}, {@code
   * allOf}, {@code count} with a filter, {@code equals}, {@code anyOf}, {@code contains}, {@code
   * not}) and a built-in {@code check}, two areas, the {@link #housingAssociationProfile()} and an
   * {@code x-} extension. For round trips through the reader and writer.
   *
   * @return the framework
   */
  public static Framework everyRuleKind() {
    Rule retention =
        Rule.builder()
            .code("RETENTION_LONG")
            .severity(Severity.WARNING)
            .message("Retention is longer than 31 days")
            .description("Footage is kept no longer than needed.")
            .when(new Condition.Exists(Target.area(AreaCode.INFORMATION_SHARING, "")))
            .require(new Condition.Compare(Target.area(AreaCode.INFORMATION_SHARING,
                "/retentionPeriod"), ComparisonOperator.LE, JsonValue.of("P31D")))
            .at(Target.area(AreaCode.INFORMATION_SHARING, "/retentionPeriod"))
            .build();
    Rule parties =
        Rule.builder()
            .code("PARTY_COMPOSITION")
            .severity(Severity.ERROR)
            .message("Needs a police force and another party")
            .require(new Condition.AllOf(List.of(
                new Condition.Count(Target.root("/parties"),
                    Optional.of(new Condition.Equals(Target.root("/type"),
                        JsonValue.of("POLICE_FORCE"))), Optional.of(1), Optional.of(3)),
                new Condition.AnyOf(List.of(
                    new Condition.Contains(Target.root("/parties/*/roles"),
                        JsonValue.of("POLICE")),
                    new Condition.Not(new Condition.Exists(Target.root("/waivers"))))))))
            .build();
    Rule pixels =
        Rule.builder().code("PIXEL_DENSITY").severity(Severity.ERROR)
            .message("Pixel density too low").check("PIXEL_DENSITY").build();
    return Framework.builder()
        .id("uk-cctv-partnership")
        .version("2021")
        .title("UK public-space CCTV partnership")
        .publisher("Example")
        .description("Areas and rules")
        .addAreas(
            AreaDefinition.builder().code(AreaCode.INFORMATION_SHARING)
                .title("Information sharing").level(AreaLevel.MANDATORY)
                .guidance("Say how long footage is kept.").build(),
            AreaDefinition.of(AreaCode.FINANCE, "Finance", AreaLevel.OPTIONAL))
        .addRules(retention, parties, pixels)
        .addProfiles(housingAssociationProfile())
        .putExtensions("x-source", JsonValue.of("test"))
        .build();
  }

  /**
   * A {@code housing-association} profile of {@code uk-cctv-partnership 2021} that makes finance
   * mandatory, adds a recommended {@code x-tenancy} area and an {@code INFO} rule of its own.
   *
   * @return the profile
   */
  public static Profile housingAssociationProfile() {
    return Profile.builder()
        .id("housing-association")
        .title("Housing associations")
        .description("For housing associations")
        .framework(SampleAgreements.UK_CCTV_2021)
        .putLevels(AreaCode.FINANCE, AreaLevel.MANDATORY)
        .putLevels(AreaCode.of("x-tenancy"), AreaLevel.RECOMMENDED)
        .addAreas(AreaDefinition.of(AreaCode.of("x-tenancy"), "Tenancy", AreaLevel.RECOMMENDED))
        .addRules(
            Rule.builder()
                .code("TENANT_CHARGES")
                .severity(Severity.INFO)
                .message("Finance lists the charges")
                .require(new Condition.Exists(Target.area(AreaCode.FINANCE, "/charges")))
                .build())
        .build();
  }

  /**
   * The framework {@link #TEST_FRAMEWORK}, in the shape of the built-in one: nine areas with
   * guidance (mandatory, recommended and optional) and a {@code paying} profile that makes finance
   * mandatory and adds a recommended {@code x-parking} area. No rules.
   *
   * @return the framework
   */
  public static Framework testFramework() {
    FrameworkRef ref = TEST_FRAMEWORK;
    return Framework.builder()
        .id("test-framework").version("1").title("Test framework")
        .addAreas(area(AreaCode.PURPOSE_AND_LEGITIMACY, "Purpose and legitimacy",
            AreaLevel.MANDATORY))
        .addAreas(area(AreaCode.LEGAL_CONSIDERATIONS, "Legal considerations", AreaLevel.MANDATORY))
        .addAreas(area(AreaCode.GOVERNANCE, "Governance", AreaLevel.MANDATORY))
        .addAreas(area(AreaCode.INFORMATION_SHARING, "Information sharing", AreaLevel.MANDATORY))
        .addAreas(area(AreaCode.COMMUNICATION, "Communication", AreaLevel.RECOMMENDED))
        .addAreas(area(AreaCode.FINANCE, "Finance", AreaLevel.OPTIONAL))
        .addAreas(area(AreaCode.FUTURE_TECHNOLOGY, "Future technology", AreaLevel.OPTIONAL))
        .addAreas(area(AreaCode.EVALUATION_AND_REVIEW, "Evaluation and review",
            AreaLevel.MANDATORY))
        .addAreas(area(AreaCode.TECHNICAL_STANDARDS, "Technical standards", AreaLevel.OPTIONAL))
        .addProfiles(Profile.builder().id("paying").framework(ref)
            .putLevels(AreaCode.FINANCE, AreaLevel.MANDATORY)
            .addAreas(AreaDefinition.builder().code(AreaCode.of("x-parking")).title("Car parks")
                .level(AreaLevel.RECOMMENDED).build())
            .build())
        .build();
  }

  private static AreaDefinition area(AreaCode code, String title, AreaLevel level) {
    return AreaDefinition.builder().code(code).title(title).level(level)
        .guidance("Guidance for " + title + ".").build();
  }
}
