package io.github.slaframework.core;

import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.GovernanceSection;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.value.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Exercises the model: used directly and through an isolated class loader that holds only
 * sla-core and jakarta.validation-api, to prove nothing else is needed at run time.
 */
public final class CoreSmoke {

  private CoreSmoke() {}

  /**
   * Builds an agreement.
   *
   * @return the agreement
   */
  public static Agreement agreement() {
    return Agreement.builder()
        .id("smoke")
        .title("Smoke")
        .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
        .addParties(
            Party.builder().id("council").name("C").type(PartyType.LOCAL_AUTHORITY).build(),
            Party.builder().id("police").name("P").type(PartyType.POLICE_FORCE).build())
        .term(Term.builder().effectiveFrom(LocalDate.of(2026, 4, 1)).build())
        .addSections(
            GovernanceSection.builder().addClauses(Clause.of("g1", "Meet.")).build(),
            InformationSharingSection.builder().retentionPeriod(IsoPeriod.parse("P31D")).build(),
            TechnicalStandardsSection.builder()
                .pixelDensityStandard(PixelDensityEditions.IEC_62676_4_2025)
                .addCameras(Camera.builder().id("c1").requiredLevel("VALIDATE")
                    .horizontalPixels(3840).sceneWidthMetres(new BigDecimal("6")).build())
                .build())
        .putExtensions("x-smoke", JsonValue.array(java.util.List.of(JsonValue.TRUE, JsonValue.NULL)))
        .build();
  }

  /**
   * Builds, copies, compares and reports; returns a summary so the caller can check the result.
   *
   * @return a text that depends on every step
   */
  public static String run() {
    Agreement a = agreement();
    Agreement b = Agreement.copyOf(a).withTitle("Smoke");
    Camera camera = a.section(TechnicalStandardsSection.class).orElseThrow().cameras().get(0);
    boolean reaches = PixelDensityEditions.builtIn().find(PixelDensityEditions.IEC_62676_4_2025)
        .flatMap(e -> e.level(camera.requiredLevel())).map(camera.pixelDensity()::reaches).orElse(false);
    Report report = Report.of(Finding.of(Severity.WARNING, "X", "/title", "m"));
    return a.equals(b) + " " + reaches + " " + report.isValid() + " " + a.toString().length();
  }
}
