package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.validation.spi.CheckProvider;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Conformance of an agreement to its (tailored) framework: the areas it must or should cover, and
 * the framework's rules, declarative ones through the {@link RuleEngine} and named ones through
 * their {@link CheckProvider} (the built-in ones in {@link BuiltInChecks}).
 */
public final class FrameworkChecks {

  private final Messages messages;
  private final PixelDensityEditions editions;
  private final LocalDate asOf;
  private final Locale locale;
  private final Checks checks;
  private final List<Finding> out;
  // The agreement as the format writes it, converted piece by piece as rules and named checks
  // reach it, and shared by all of them in one validation.
  private AgreementJson json;
  private ReadResult<?> source;

  /**
   * Checks that add their findings to a list.
   *
   * @param messages the messages
   * @param editions the pixel-density editions known
   * @param asOf the validation date
   * @param locale the locale of the messages
   * @param checks the named checks
   * @param out where findings go
   */
  public FrameworkChecks(
      Messages messages,
      PixelDensityEditions editions,
      LocalDate asOf,
      Locale locale,
      Checks checks,
      List<Finding> out) {
    this.messages = messages;
    this.editions = editions;
    this.asOf = asOf;
    this.locale = locale;
    this.checks = checks;
    this.out = out;
  }

  /**
   * Checks areas and rules.
   *
   * @param framework the framework, tailored by the agreement's profile
   * @param agreement the agreement
   * @param writer the writer that converts the parts of the agreement that rules reach to JSON
   */
  public void check(Framework framework, Agreement agreement, SlaWriter writer) {
    check(framework, agreement, writer, null);
  }

  /**
   * Checks areas and rules of an agreement read from a file.
   *
   * @param framework the framework, tailored by the agreement's profile
   * @param agreement the agreement
   * @param writer the writer that converts the parts of the agreement that rules reach to JSON
   * @param source what the agreement was read from, or null when it was given as a model
   */
  public void check(Framework framework, Agreement agreement, SlaWriter writer,
      ReadResult<?> source) {
    this.json = new AgreementJson(agreement, writer);
    this.source = source;
    areas(framework, agreement);
    RuleEngine engine = new RuleEngine(json);
    for (Rule rule : framework.rules()) {
      if (rule.check().isPresent()) {
        if (engine.applies(rule)) {
          named(localized(rule, framework), agreement, framework);
        }
      } else {
        Optional<String> at = engine.failure(rule);
        if (at.isPresent()) {
          out.add(Finding.of(rule.severity(), rule.code(), at.get(),
              localized(rule, framework).message()));
        }
      }
    }
  }

  private void areas(Framework framework, Agreement agreement) {
    Map<AreaCode, Integer> seen = new HashMap<>();
    for (int i = 0; i < agreement.sections().size(); i++) {
      AreaCode area = agreement.sections().get(i).area();
      Integer first = seen.putIfAbsent(area, i);
      if (first != null) {
        out.add(
            Finding.of(
                Severity.ERROR,
                FindingCodes.AREA_DUPLICATE,
                "/sections/" + i + "/area",
                messages.get("area.duplicate", "area", name(area), "first", "/sections/" + first)));
      }
      if (!area.isExtension() && !defines(framework, area)) {
        out.add(
            Finding.of(
                Severity.ERROR,
                FindingCodes.AREA_UNKNOWN,
                "/sections/" + i + "/area",
                messages.get(
                    "area.unknown", "area", name(area), "framework", framework.ref().key())));
      }
    }
    for (AreaDefinition area : framework.areas()) {
      if (seen.containsKey(area.code()) || area.level() == AreaLevel.OPTIONAL) {
        continue;
      }
      boolean mandatory = area.level() == AreaLevel.MANDATORY;
      out.add(
          Finding.of(
                  mandatory ? Severity.ERROR : Severity.WARNING,
                  FindingCodes.AREA_MISSING,
                  "/sections",
                  messages.get(
                      mandatory ? "area.missing.mandatory" : "area.missing.recommended",
                      "area",
                      area.code(),
                      "title",
                      messages.translate("area." + area.code().code(), area.title())))
              .inArea(area.code()));
    }
  }

  /**
   * The rule with its message in the validator's language: a built-in framework's message has a
   * translation under {@code rule.CODE.VERSION} or {@code rule.CODE}; any other rule keeps its
   * own words (see {@link Messages#translate}).
   */
  private Rule localized(Rule rule, Framework framework) {
    if (messages.english()) {
      return rule;
    }
    String english = rule.message();
    String message =
        messages.translate("rule." + rule.code() + "." + framework.ref().version(), english);
    if (message.equals(english)) {
      message = messages.translate("rule." + rule.code(), english);
    }
    return rule.withMessage(message);
  }

  /** Whether the framework defines an area (as {@link Framework#area}, without a stream). */
  private static boolean defines(Framework framework, AreaCode area) {
    for (AreaDefinition definition : framework.areas()) {
      if (definition.code().equals(area)) {
        return true;
      }
    }
    return false;
  }

  /** A well-known area code as it is; any other as a short escaped excerpt of the document. */
  private static String name(AreaCode area) {
    return area.isWellKnown() ? area.code() : Excerpt.of(area.code());
  }

  private void named(Rule rule, Agreement agreement, Framework framework) {
    String check = rule.check().orElseThrow();
    // The validator refuses, when it is built, a framework whose checks it does not implement.
    Optional<CheckProvider> known = checks.provider(check);
    if (known.isEmpty()) {
      throw new IllegalStateException("no provider of check " + check);
    }
    CheckProvider provider = known.get();
    List<Finding> found;
    try {
      found =
          provider.check(check, new CheckRun(agreement, rule, asOf, editions, locale, messages,
              framework, json, source));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "check " + check + " of " + provider.getClass().getName() + " failed: " + e, e);
    }
    if (found == null) {
      throw new IllegalStateException(
          "check " + check + " of " + provider.getClass().getName() + " returned null");
    }
    out.addAll(found);
  }
}
