package io.github.slaframework.measure;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Agreements built for measurement tests: a council, a force, and the service levels given. */
final class TestAgreements {

  private TestAgreements() {}

  static Agreement with(ServiceLevel... levels) {
    return Agreement.builder()
        .id("measure-test")
        .title("Measurement test")
        .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
        .addParties(
            Party.builder().id("council").name("Council").type(PartyType.LOCAL_AUTHORITY).build(),
            Party.builder().id("police").name("Police").type(PartyType.POLICE_FORCE).build())
        .term(Term.builder().effectiveFrom(LocalDate.of(2025, 4, 1)).build())
        .serviceLevels(List.of(levels))
        .build();
  }

  static ServiceLevel duration(String id, ServiceMetric metric, String threshold,
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

  static ServiceLevel urgentOnly(ServiceLevel level) {
    return ServiceLevel.builder().from(level).appliesTo(AppliesTo.priority(Priority.URGENT))
        .build();
  }

  static ServiceLevel availability(String id, String threshold, int cameras) {
    return ServiceLevel.builder()
        .id(id)
        .metric(ServiceMetric.CAMERA_AVAILABILITY)
        .obligatedParty("council")
        .objective(Objective.of(ObjectiveOperator.AT_LEAST, Threshold.of(new BigDecimal(threshold))))
        .cameraCount(cameras)
        .build();
  }

  /** Turnaround P7D (100%), acknowledgement PT4H (95%), fault repair P5D (90%). */
  static Agreement standard() {
    return with(
        duration("evidence-turnaround", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P7D", 100),
        duration("request-ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 95),
        duration("fault-repair", ServiceMetric.FAULT_REPAIR_TIME, "P5D", 90));
  }
}
