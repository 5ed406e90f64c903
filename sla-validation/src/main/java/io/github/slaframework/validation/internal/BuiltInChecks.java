package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.imaging.PixelDensity;
import io.github.slaframework.core.imaging.PixelDensityEdition;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.imaging.PixelDensityLevel;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.EvaluationAndReviewSection;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.validation.spi.CheckContext;
import io.github.slaframework.validation.spi.CheckProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in named checks, registered through the same {@link CheckProvider} interface as a
 * vendor's: {@code PIXEL_DENSITY}, {@code PIXEL_DENSITY_LEVEL} and {@code REVIEW_OVERDUE}.
 * Stateless and thread-safe.
 */
public final class BuiltInChecks implements CheckProvider {

  /** The name of the check that compares camera pixel densities with their required levels. */
  public static final String PIXEL_DENSITY = "PIXEL_DENSITY";
  /** The name of the check that required levels exist in the section's edition. */
  public static final String PIXEL_DENSITY_LEVEL = "PIXEL_DENSITY_LEVEL";
  /** The name of the check that the next review is not before the validation date. */
  public static final String REVIEW_OVERDUE = "REVIEW_OVERDUE";

  private static final Set<String> NAMES = Set.of(PIXEL_DENSITY, PIXEL_DENSITY_LEVEL, REVIEW_OVERDUE);

  /** Creates the provider (also the {@code ServiceLoader} way, though it is registered always). */
  public BuiltInChecks() {}

  @Override
  public Set<String> names() {
    return NAMES;
  }

  @Override
  public List<Finding> check(String name, CheckContext context) {
    Messages messages = CheckRun.messages(context);
    Run run = new Run(messages, context.editions(), context.asOf(), context.rule());
    switch (name) {
      case PIXEL_DENSITY -> run.cameras(context.agreement(), true);
      case PIXEL_DENSITY_LEVEL -> run.cameras(context.agreement(), false);
      case REVIEW_OVERDUE -> run.reviewOverdue(context.agreement());
      default -> throw new IllegalArgumentException("not a built-in check: " + name);
    }
    return run.out;
  }

  /** One run of a check: its findings and what it needs. */
  private static final class Run {
    private final Messages messages;
    private final PixelDensityEditions editions;
    private final LocalDate asOf;
    private final Rule rule;
    private final List<Finding> out = new ArrayList<>();

    Run(Messages messages, PixelDensityEditions editions, LocalDate asOf, Rule rule) {
      this.messages = messages;
      this.editions = editions;
      this.asOf = asOf;
      this.rule = rule;
    }

    void cameras(Agreement agreement, boolean density) {
      for (int s = 0; s < agreement.sections().size(); s++) {
        Section section = agreement.sections().get(s);
        if (!(section instanceof TechnicalStandardsSection technical) || technical.cameras().isEmpty()) {
          continue;
        }
        String base = "/sections/" + s;
        Optional<String> code = technical.pixelDensityStandard();
        Optional<PixelDensityEdition> edition =
            code.isPresent() ? editions.find(code.get()) : Optional.empty();
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
          camera(edition.get(), levels, technical.cameras().get(c), s, c, density);
        }
      }
    }

    private void camera(
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

    void reviewOverdue(Agreement agreement) {
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
}
