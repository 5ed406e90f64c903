package com.acme.vendor;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.ServiceLevelMeter;
import io.github.slaframework.render.AgreementRenderer;
import io.github.slaframework.render.RenderFormat;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.Strictness;
import io.github.slaframework.validation.ValidationResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Uses the names issue 15 fixes, as a vendor would: validate a file, change the agreement,
 * validate it again, measure events held in memory, render it. Prints one line per step and
 * exits 0 when every step did what the README says.
 */
public final class VendorApp {

  public static void main(String[] args) throws Exception {
    AgreementValidator validator = AgreementValidator.standard();
    ValidationResult read = validator.validate(Path.of(args[0]), LocalDate.of(2026, 6, 1));
    Agreement agreement = read.agreement().orElseThrow();
    System.out.println("read " + agreement.id() + ": " + read.findings().size() + " findings, "
        + (read.passes(Strictness.ERRORS) ? "passes" : "fails"));
    for (Finding f : read.findings()) {
      System.out.println("  " + f.severity() + " " + f.code() + " " + f.path() + " "
          + f.area().map(Object::toString).orElse("-") + " " + f.location().isPresent());
    }

    Agreement changed = agreement
        .withSection(InformationSharingSection.builder()
            .retentionPeriod(IsoPeriod.parse("P28D")).build())
        .withServiceLevels(ServiceLevel.builder()
            .id("footage").metric(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND).obligatedParty(
                agreement.parties().get(0).id())
            .objective(Objective.atMost(IsoPeriod.parse("P2D"))).build());
    ValidationResult again = validator.validate(changed);
    System.out.println("changed: " + again.findings().size() + " findings");
    ValidationResult json = validator.validateJson("{}");
    System.out.println("empty JSON: " + (json.passes(Strictness.ERRORS) ? "passes" : "fails"));

    MeasurementResult measured = ServiceLevelMeter.of(changed)
        .measure(List.of(EventSource.of(List.of())), MeasureRange.ALL);
    System.out.println("measured " + measured.serviceLevels().size() + " service levels");

    String html = AgreementRenderer.builder().build().render(changed, RenderFormat.HTML);
    System.out.println("rendered " + (html.startsWith("<!DOCTYPE html>") ? "HTML" : "?"));
    System.out.println("condition " + Condition.exists("/sections"));
  }
}
