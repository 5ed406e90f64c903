package io.github.slaframework.bench;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.Threshold;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The service levels and cameras of the example agreement {@code examples/metropolitan-council.json}
 * built in code, so the generator and the benchmarks need no agreement file.
 */
public final class MetropolitanExample {

  /** The number of cameras, {@code cam-001} to {@code cam-012}. */
  public static final int CAMERAS = 12;

  private MetropolitanExample() {}

  /**
   * The camera ids.
   *
   * @return {@code cam-001} to {@code cam-012}
   */
  public static List<String> cameraIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= CAMERAS; i++) {
      ids.add(String.format("cam-%03d", i));
    }
    return ids;
  }

  /**
   * The agreement.
   *
   * @return the agreement with its five service levels
   */
  public static Agreement agreement() {
    var technical = TechnicalStandardsSection.builder()
        .pixelDensityStandard("IEC_62676_4_2014");
    for (String id : cameraIds()) {
      technical.addCameras(Camera.builder().id(id).requiredLevel("RECOGNISE")
          .horizontalPixels(1920).sceneWidthMetres(new BigDecimal("12")).build());
    }
    return Agreement.builder()
        .id("metropolitan-council")
        .title("Metropolitan Borough Council and Metropolitan Police CCTV agreement")
        .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
        .addParties(
            Party.builder().id("council").name("Metropolitan Borough Council")
                .type(PartyType.LOCAL_AUTHORITY).build(),
            Party.builder().id("police").name("Metropolitan Police")
                .type(PartyType.POLICE_FORCE).build())
        .term(Term.builder().effectiveFrom(LocalDate.of(2025, 4, 1)).build())
        .addSections(technical.build())
        .addServiceLevels(
            duration("evidence-turnaround", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P7D", 100),
            duration("request-ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 95),
            duration("fault-repair", ServiceMetric.FAULT_REPAIR_TIME, "P5D", 90),
            ServiceLevel.builder()
                .from(duration("live-response", ServiceMetric.LIVE_INCIDENT_RESPONSE, "PT5M", 90))
                .appliesTo(AppliesTo.priority(Priority.URGENT))
                .build(),
            ServiceLevel.builder()
                .id("camera-availability")
                .metric(ServiceMetric.CAMERA_AVAILABILITY)
                .obligatedParty("council")
                .objective(Objective.of(ObjectiveOperator.AT_LEAST,
                    Threshold.of(new BigDecimal("99.0"))))
                .window(MeasurementWindow.of(WindowType.CALENDAR_MONTH))
                .build())
        .build();
  }

  private static ServiceLevel duration(String id, ServiceMetric metric, String threshold,
      int attainment) {
    return ServiceLevel.builder()
        .id(id)
        .metric(metric)
        .obligatedParty("council")
        .objective(Objective.of(ObjectiveOperator.AT_MOST,
            Threshold.of(IsoPeriod.parse(threshold))))
        .attainment(BigDecimal.valueOf(attainment))
        .window(MeasurementWindow.of(WindowType.CALENDAR_MONTH))
        .build();
  }
}
