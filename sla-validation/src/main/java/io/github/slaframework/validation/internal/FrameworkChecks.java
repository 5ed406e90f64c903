package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.imaging.PixelDensity;
import io.github.slaframework.core.imaging.PixelDensityEdition;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.imaging.PixelDensityLevel;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.EvaluationAndReviewSection;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.json.SlaWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conformance of an agreement to its (tailored) framework: the areas it must or should cover, and
 * the framework's rules, declarative ones through the {@link RuleEngine} and the named checks
 * {@code PIXEL_DENSITY}, {@code PIXEL_DENSITY_LEVEL} and {@code REVIEW_OVERDUE} in Java.
 */
public final class FrameworkChecks {

  /** The name of the check that compares camera pixel densities with their required levels. */
  public static final String PIXEL_DENSITY = "PIXEL_DENSITY";
  /** The name of the check that required levels exist in the section's edition. */
  public static final String PIXEL_DENSITY_LEVEL = "PIXEL_DENSITY_LEVEL";
  /** The name of the check that the next review is not before the validation date. */
  public static final String REVIEW_OVERDUE = "REVIEW_OVERDUE";

  private final Messages messages;
  private final PixelDensityEditions editions;
  private final LocalDate asOf;
  private final List<Finding> out;
  private final Map<Finding, AreaCode> areaOf;

  /**
   * Checks that add their findings to a list.
   *
   * @param messages the messages
   * @param editions the pixel-density editions known
   * @param asOf the validation date
   * @param out where findings go
   * @param areaOf where the area of a finding that is not inside a section is noted (for waivers)
   */
  public FrameworkChecks(
      Messages messages,
      PixelDensityEditions editions,
      LocalDate asOf,
      List<Finding> out,
      Map<Finding, AreaCode> areaOf) {
    this.messages = messages;
    this.editions = editions;
    this.asOf = asOf;
    this.out = out;
    this.areaOf = areaOf;
  }

  /**
   * Checks areas and rules.
   *
   * @param framework the framework, tailored by the agreement's profile
   * @param agreement the agreement
   * @param writer the writer that converts the parts of the agreement that rules reach to JSON
   */
  public void check(Framework framework, Agreement agreement, SlaWriter writer) {
    areas(framework, agreement);
    RuleEngine engine = new RuleEngine(agreement, writer);
    for (Rule rule : framework.rules()) {
      if (rule.check().isPresent()) {
        if (engine.applies(rule)) {
          named(rule, agreement);
        }
      } else {
        engine
            .failure(rule)
            .ifPresent(at -> out.add(Finding.of(rule.severity(), rule.code(), at, rule.message())));
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
      Finding finding =
          Finding.of(
              mandatory ? Severity.ERROR : Severity.WARNING,
              FindingCodes.AREA_MISSING,
              "/sections",
              messages.get(
                  mandatory ? "area.missing.mandatory" : "area.missing.recommended",
                  "area",
                  area.code(),
                  "title",
                  area.title()));
      out.add(finding);
      areaOf.put(finding, area.code());
    }
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

  private void named(Rule rule, Agreement agreement) {
    String check = rule.check().orElseThrow();
    switch (check) {
      case PIXEL_DENSITY -> cameras(rule, agreement, true);
      case PIXEL_DENSITY_LEVEL -> cameras(rule, agreement, false);
      case REVIEW_OVERDUE -> reviewOverdue(rule, agreement);
      default ->
          out.add(
              Finding.of(
                  Severity.WARNING,
                  rule.code(),
                  "",
                  messages.get("check.unknown", "code", rule.code(), "check", Excerpt.of(check))));
    }
  }

  private void cameras(Rule rule, Agreement agreement, boolean density) {
    for (int s = 0; s < agreement.sections().size(); s++) {
      Section section = agreement.sections().get(s);
      if (!(section instanceof TechnicalStandardsSection technical) || technical.cameras().isEmpty()) {
        continue;
      }
      String base = "/sections/" + s;
      Optional<String> code = technical.pixelDensityStandard();
      Optional<PixelDensityEdition> edition = code.flatMap(editions::find);
      if (edition.isEmpty()) {
        if (!density) {
          // Reported once, by the level check: without an edition no level can be checked.
          out.add(
              code.isEmpty()
                  ? Finding.of(
                      Severity.ERROR,
                      FindingCodes.REQUIRED,
                      base + "/pixelDensityStandard",
                      messages.get("check.editionRequired"))
                  : Finding.of(
                      Severity.ERROR,
                      FindingCodes.INVALID_VALUE,
                      base + "/pixelDensityStandard",
                      messages.get("check.editionUnknown", "excerpt", Excerpt.of(code.get()))));
        }
        continue;
      }
      Map<String, PixelDensityLevel> levels = new HashMap<>();
      for (PixelDensityLevel level : edition.get().levels()) {
        levels.putIfAbsent(level.name(), level);
      }
      for (int c = 0; c < technical.cameras().size(); c++) {
        camera(rule, edition.get(), levels, technical.cameras().get(c), s, c, density);
      }
    }
  }

  private void camera(
      Rule rule,
      PixelDensityEdition edition,
      Map<String, PixelDensityLevel> levels,
      Camera camera,
      int section,
      int index,
      boolean density) {
    PixelDensityLevel level = levels.get(camera.requiredLevel());
    if (!density) {
      if (level == null && !camera.requiredLevel().isBlank()) {
        out.add(
            Finding.of(
                rule.severity(),
                rule.code(),
                "/sections/" + section + "/cameras/" + index + "/requiredLevel",
                messages.get(
                    "check.pixelDensityLevel",
                    "message",
                    rule.message(),
                    "level",
                    Excerpt.of(camera.requiredLevel()),
                    "edition",
                    edition.code())));
      }
      return;
    }
    // Out-of-range pixels or widths are the field constraints' findings; no density then.
    if (level == null || camera.horizontalPixels() <= 0 || camera.sceneWidthMetres().signum() <= 0) {
      return;
    }
    PixelDensity actual = camera.pixelDensity();
    if (!actual.reaches(level)) {
      out.add(
          Finding.of(
              rule.severity(),
              rule.code(),
              "/sections/" + section + "/cameras/" + index,
              messages.get(
                  "check.pixelDensity",
                  "message",
                  rule.message(),
                  "camera",
                  Excerpt.of(camera.id()),
                  "density",
                  actual,
                  "level",
                  level.name(),
                  "minimum",
                  level.minimum().toPlainString(),
                  "edition",
                  edition.code())));
    }
  }

  private void reviewOverdue(Rule rule, Agreement agreement) {
    for (int s = 0; s < agreement.sections().size(); s++) {
      if (agreement.sections().get(s) instanceof EvaluationAndReviewSection review
          && review.nextReviewOn().isPresent()
          && review.nextReviewOn().get().isBefore(asOf)) {
        out.add(
            Finding.of(
                rule.severity(),
                rule.code(),
                "/sections/" + s + "/nextReviewOn",
                messages.get(
                    "check.reviewOverdue",
                    "message",
                    rule.message(),
                    "date",
                    review.nextReviewOn().get())));
      }
    }
  }
}
