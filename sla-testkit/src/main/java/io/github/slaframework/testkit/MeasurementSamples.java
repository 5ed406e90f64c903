package io.github.slaframework.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.Priority;
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
import org.apiguardian.api.API;

/**
 * Agreements and service levels for measuring service levels from event logs, built through the
 * public API only. Each call builds a new (equal) instance.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL)
public final class MeasurementSamples {

  /** The number of cameras of {@link #metropolitanCouncil()}. */
  public static final int METROPOLITAN_CAMERAS = 12;

  private MeasurementSamples() {}

  /**
   * An agreement between a council and a police force, in force from 2025-04-01, with exactly the
   * service levels given and no sections.
   *
   * @param levels the service levels, in order
   * @return the agreement
   */
  public static Agreement agreementWith(ServiceLevel... levels) {
    return Agreement.builder()
        .id("measure-test")
        .title("Measurement test")
        .framework(SampleAgreements.UK_CCTV_2021)
        .addParties(
            Party.builder().id("council").name("Council").type(PartyType.LOCAL_AUTHORITY).build(),
            Party.builder().id("police").name("Police").type(PartyType.POLICE_FORCE).build())
        .term(Term.builder().effectiveFrom(LocalDate.of(2025, 4, 1)).build())
        .serviceLevels(List.of(levels))
        .build();
  }

  /**
   * {@link #agreementWith} the three {@link #standardLevels()}.
   *
   * @return the agreement
   */
  public static Agreement standardAgreement() {
    return agreementWith(standardLevels().toArray(new ServiceLevel[0]));
  }

  /**
   * Three duration service levels of the council, measured per calendar month: evidence
   * turnaround {@code P7D} (100 %), request acknowledgement {@code PT4H} (95 %) and fault repair
   * {@code P5D} (90 %).
   *
   * @return the service levels, in that order
   */
  public static List<ServiceLevel> standardLevels() {
    return List.of(
        duration("evidence-turnaround", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P7D", 100),
        duration("request-ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 95),
        duration("fault-repair", ServiceMetric.FAULT_REPAIR_TIME, "P5D", 90));
  }

  /**
   * A service level of the council: each item takes at most {@code threshold}, for {@code
   * attainment} per cent of the items of every calendar month.
   *
   * @param id the service level id
   * @param metric a duration metric
   * @param threshold an ISO 8601 duration such as {@code P7D} or {@code PT4H}
   * @param attainment the per cent of items that must meet the threshold
   * @return the service level
   */
  public static ServiceLevel duration(
      String id, ServiceMetric metric, String threshold, int attainment) {
    return ServiceLevel.builder()
        .id(id)
        .metric(metric)
        .obligatedParty("council")
        .objective(
            Objective.of(ObjectiveOperator.AT_MOST, Threshold.of(IsoPeriod.parse(threshold))))
        .attainment(BigDecimal.valueOf(attainment))
        .window(MeasurementWindow.of(WindowType.CALENDAR_MONTH))
        .build();
  }

  /**
   * A camera availability service level of the council, with no window (the whole range).
   *
   * @param id the service level id
   * @param threshold the least per cent available, such as {@code 99.0}
   * @param cameras the number of cameras
   * @return the service level
   */
  public static ServiceLevel availability(String id, String threshold, int cameras) {
    return availabilityBuilder(id, threshold).cameraCount(cameras).build();
  }

  private static ServiceLevel.Builder availabilityBuilder(String id, String threshold) {
    return ServiceLevel.builder()
        .id(id)
        .metric(ServiceMetric.CAMERA_AVAILABILITY)
        .obligatedParty("council")
        .objective(
            Objective.of(ObjectiveOperator.AT_LEAST, Threshold.of(new BigDecimal(threshold))));
  }

  /**
   * The same service level, applying to urgent items only.
   *
   * @param level the service level
   * @return a copy that applies to {@link Priority#URGENT} items
   */
  public static ServiceLevel urgentOnly(ServiceLevel level) {
    return ServiceLevel.builder().from(level).appliesTo(AppliesTo.priority(Priority.URGENT))
        .build();
  }

  /**
   * The camera ids of {@link #metropolitanCouncil()}.
   *
   * @return {@code cam-001} to {@code cam-012}
   */
  public static List<String> metropolitanCameraIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= METROPOLITAN_CAMERAS; i++) {
      ids.add(String.format("cam-%03d", i));
    }
    return ids;
  }

  /**
   * The service levels and cameras of the example agreement {@code
   * examples/metropolitan-council.json}: the {@link #standardLevels()}, urgent live response
   * within {@code PT5M} (90 %) and 99.0 % camera availability per calendar month, with the twelve
   * cameras of {@link #metropolitanCameraIds()}. The example logs of {@code examples/events} are
   * written for it.
   *
   * @return the agreement
   */
  public static Agreement metropolitanCouncil() {
    var technical = TechnicalStandardsSection.builder().pixelDensityStandard("IEC_62676_4_2014");
    for (String id : metropolitanCameraIds()) {
      technical.addCameras(Camera.builder().id(id).requiredLevel("RECOGNISE")
          .horizontalPixels(1920).sceneWidthMetres(new BigDecimal("12")).build());
    }
    return Agreement.builder()
        .id("metropolitan-council")
        .title("Metropolitan Borough Council and Metropolitan Police CCTV agreement")
        .framework(SampleAgreements.UK_CCTV_2021)
        .addParties(
            Party.builder().id("council").name("Metropolitan Borough Council")
                .type(PartyType.LOCAL_AUTHORITY).build(),
            Party.builder().id("police").name("Metropolitan Police")
                .type(PartyType.POLICE_FORCE).build())
        .term(Term.builder().effectiveFrom(LocalDate.of(2025, 4, 1)).build())
        .addSections(technical.build())
        .addAllServiceLevels(standardLevels())
        .addServiceLevels(
            urgentOnly(duration("live-response", ServiceMetric.LIVE_INCIDENT_RESPONSE, "PT5M", 90)),
            availabilityBuilder("camera-availability", "99.0")
                .window(MeasurementWindow.of(WindowType.CALENDAR_MONTH))
                .build())
        .build();
  }
}
