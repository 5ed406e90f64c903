package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.level;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.measure.Logs.measure;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveCalendar;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Threshold;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Measuring {@code WORKING_DAYS} service levels (format 1.1 section 5): one log measured under the
 * three jurisdictions, each item's deadline worked out by hand in the comments; the warning
 * {@code HOLIDAYS_UNCHECKED}; thresholds that are not whole days are not measurable.
 */
class WorkingDaysMeasurementTests {

  private static final String LOG = lines(
      // Friday 24 October 2025, BST; P1D is due by the end of Monday 27, in GMT after the clocks
      // went back: 2025-10-28T00:00Z everywhere. d4 closes on the deadline (met), d5 a second
      // after it (missed).
      "FOOTAGE_REQUESTED r4 2025-10-24T10:00+01:00",
      "FOOTAGE_REQUESTED r5 2025-10-24T10:00+01:00",
      "FOOTAGE_DELIVERED d4 2025-10-28T00:00Z ref=r4",
      "FOOTAGE_DELIVERED d5 2025-10-28T00:00:01Z ref=r5",
      // Wednesday 31 December 2025: due by the end of Friday 2 January, but of Monday 5 January
      // in Scotland (2 January is a holiday there). Delivered on Monday 5: met only in Scotland.
      "FOOTAGE_REQUESTED r1 2025-12-31T10:00Z",
      "FOOTAGE_DELIVERED d1 2026-01-05T12:00Z ref=r1",
      // Monday 16 March 2026: due by the end of Tuesday 17, but of Wednesday 18 in Northern
      // Ireland (St Patrick's Day). Delivered on Wednesday 18: met only in Northern Ireland.
      "FOOTAGE_REQUESTED r2 2026-03-16T10:00Z",
      "FOOTAGE_DELIVERED d2 2026-03-18T09:00Z ref=r2",
      // Thursday 2 April 2026: Good Friday everywhere, Easter Monday 6 April except in Scotland;
      // due by the end of Tuesday 7, of Monday 6 in Scotland. Delivered Tuesday 7: missed only
      // in Scotland.
      "FOOTAGE_REQUESTED r3 2026-04-02T11:00+01:00",
      "FOOTAGE_DELIVERED d3 2026-04-07T12:00+01:00 ref=r3",
      // Wednesday 29 April 2026: due by the end of Thursday 30, the end of the range: pending.
      "FOOTAGE_REQUESTED r6 2026-04-29T10:00+01:00");

  private static final MeasureRange RANGE =
      new MeasureRange(Optional.of(LocalDate.of(2025, 10, 1)), Optional.of(LocalDate.of(2026, 5, 1)));

  private static ServiceLevel workingDays(String id, String threshold) {
    ServiceLevel base = duration(id, ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P1D", 100);
    return ServiceLevel.builder().from(base)
        .objective(Objective.builder().from(Objective.atMost(IsoPeriod.parse(threshold)))
            .calendar(ObjectiveCalendar.WORKING_DAYS).build())
        .build();
  }

  private static Agreement in(Jurisdiction jurisdiction, ServiceLevel... levels) {
    Agreement a = agreementWith(levels);
    return jurisdiction == null ? a
        : a.withSection(LegalConsiderationsSection.builder().jurisdiction(jurisdiction).build());
  }

  /** Met, missed and pending of each window with items, "Oct 2025 1/1/0". */
  private static List<String> figures(MeasurementResult result, String id) {
    return level(result, id).windows().stream()
        .filter(w -> w.met() + w.missed() + w.pending() > 0)
        .map(w -> w.start().getMonth().toString().substring(0, 3) + " " + w.start().getYear()
            + " " + w.met() + "/" + w.missed() + "/" + w.pending())
        .toList();
  }

  private static MeasurementResult measureP1D(Jurisdiction jurisdiction, String log,
      MeasureRange range) throws IOException {
    return measure(in(jurisdiction, workingDays("wd", "P1D")), range, jsonl("events.jsonl", log));
  }

  private static MeasurementResult run(Agreement agreement) throws IOException {
    return measure(agreement, RANGE, jsonl("events.jsonl", LOG));
  }

  @Test
  void countsWorkingDaysWithTheBankHolidaysOfEachJurisdiction() throws IOException {
    MeasurementResult england = run(in(Jurisdiction.ENGLAND_AND_WALES, workingDays("wd", "P1D")));
    MeasurementResult scotland = run(in(Jurisdiction.SCOTLAND, workingDays("wd", "P1D")));
    MeasurementResult ireland = run(in(Jurisdiction.NORTHERN_IRELAND, workingDays("wd", "P1D")));

    assertThat(figures(england, "wd")).containsExactly(
        "OCT 2025 1/1/0", "DEC 2025 0/1/0", "MAR 2026 0/1/0", "APR 2026 1/0/1");
    assertThat(figures(scotland, "wd")).containsExactly(
        "OCT 2025 1/1/0", "DEC 2025 1/0/0", "MAR 2026 0/1/0", "APR 2026 0/1/1");
    assertThat(figures(ireland, "wd")).containsExactly(
        "OCT 2025 1/1/0", "DEC 2025 0/1/0", "MAR 2026 1/0/0", "APR 2026 1/0/1");
    assertThat(england.warnings()).isEmpty();
    assertThat(scotland.warnings()).isEmpty();
  }

  @Test
  void takesEnglandAndWalesWhenTheAgreementHasNoJurisdiction() throws IOException {
    assertThat(figures(run(in(null, workingDays("wd", "P1D"))), "wd")).containsExactly(
        "OCT 2025 1/1/0", "DEC 2025 0/1/0", "MAR 2026 0/1/0", "APR 2026 1/0/1");
  }

  @Test
  void keepsElapsedDaysForAnObjectiveWithoutCalendar() throws IOException {
    // The same log against an ELAPSED P1D: the calendar is what makes the difference.
    MeasurementResult elapsed = run(in(Jurisdiction.SCOTLAND,
        duration("p1d", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P1D", 100)));
    assertThat(figures(elapsed, "p1d")).containsExactly(
        "OCT 2025 0/2/0", "DEC 2025 0/1/0", "MAR 2026 0/1/0", "APR 2026 0/2/0");
  }

  @Test
  void reportsAThresholdThatIsNotWholeDaysAsNotMeasurable() throws IOException {
    ServiceLevel ok = workingDays("wd", "P1D");
    MeasurementResult result = run(in(Jurisdiction.SCOTLAND, workingDays("hours", "PT36H"),
        workingDays("month", "P1M"), ok));

    assertThat(result.warnings()).containsExactly(
        MeasurementWarning.notMeasurable("hours", "a WORKING_DAYS objective needs a threshold of"
            + " whole days (PnD, n at least 1), not 'PT36H'"),
        MeasurementWarning.notMeasurable("month", "a WORKING_DAYS objective needs a threshold of"
            + " whole days (PnD, n at least 1), not 'P1M'"));
    assertThat(level(result, "hours").windows()).isEmpty();
    assertThat(level(result, "wd").measurable()).isTrue();
    assertThat(figures(result, "wd")).hasSize(4);
  }

  @Test
  void reportsANumericThresholdWithWorkingDaysAsNotMeasurable() throws IOException {
    ServiceLevel numeric = ServiceLevel.builder().from(workingDays("n", "P1D"))
        .objective(Objective.builder().from(Objective.atMost(IsoPeriod.parse("P1D")))
            .threshold(Threshold.of(BigDecimal.TEN))
            .calendar(ObjectiveCalendar.WORKING_DAYS).build())
        .build();
    assertThat(run(in(Jurisdiction.SCOTLAND, numeric)).warnings()).containsExactly(
        MeasurementWarning.notMeasurable("n", "a WORKING_DAYS objective needs a threshold of"
            + " whole days (PnD, n at least 1), not '10'"));
  }

  @Test
  void warnsOfAWindowInAYearWhoseHolidaysAreNotCheckedAndStillMeasuresIt() throws IOException {
    String log = lines(
        // Monday 4 January 2027 + P1D: due by the end of Tuesday 5 (no holiday in between).
        "FOOTAGE_REQUESTED r1 2027-01-04T10:00Z",
        "FOOTAGE_DELIVERED d1 2027-01-05T16:00Z ref=r1");
    MeasurementResult result = measure(in(Jurisdiction.SCOTLAND, workingDays("wd", "P1D"),
        duration("elapsed", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P7D", 100)),
        MeasureRange.ALL, jsonl("events.jsonl", log));

    assertThat(result.warnings()).containsExactly(new MeasurementWarning(
        MeasurementWarning.HOLIDAYS_UNCHECKED, Optional.of("wd"),
        "the bank holidays of SCOTLAND in 2027 are not checked against the published lists"
            + " (gov.uk/bank-holidays): working days there are counted with the holiday"
            + " library's dates"));
    assertThat(figures(result, "wd")).containsExactly("JAN 2027 1/0/0");
    assertThat(result.nothingMeasurable()).isFalse();
    assertThat(MeasurementReports.toString(result, ReportFormat.JSON, "t"))
        .contains("\"code\": \"HOLIDAYS_UNCHECKED\",\n      \"serviceLevel\": \"wd\"");
  }

  @Test
  void warnsWhenADeadlineReachesIntoAYearNotChecked() throws IOException {
    String log = lines(
        // Thursday 31 December 2026 + P1D: 1 January 2027 is a holiday, due by the end of Monday
        // 4 January; the window (December 2026) is checked, the deadline's year is not. Delivered
        // after the range, the request is pending at its end, which the deadline decides.
        "FOOTAGE_REQUESTED r1 2026-12-31T10:00Z",
        "FOOTAGE_DELIVERED d1 2027-01-04T16:00Z ref=r1");
    MeasurementResult result = measureP1D(Jurisdiction.NORTHERN_IRELAND, log,
        new MeasureRange(Optional.of(LocalDate.of(2026, 12, 1)),
            Optional.of(LocalDate.of(2027, 1, 1))));

    assertThat(figures(result, "wd")).containsExactly("DEC 2026 0/0/1");
    assertThat(result.warnings()).extracting(MeasurementWarning::code, w -> w.message()
        .startsWith("the bank holidays of NORTHERN_IRELAND in 2027 "))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            MeasurementWarning.HOLIDAYS_UNCHECKED, true));
  }

  @Test
  void givesNoWarningInCheckedYears() throws IOException {
    MeasurementResult result = measureP1D(Jurisdiction.ENGLAND_AND_WALES, lines(
        "FOOTAGE_REQUESTED r1 2026-06-01T10:00+01:00",
        "FOOTAGE_DELIVERED d1 2026-06-02T16:00+01:00 ref=r1"), MeasureRange.ALL);
    assertThat(result.warnings()).isEmpty();
    assertThat(figures(result, "wd")).containsExactly("JUN 2026 1/0/0");
  }
}
