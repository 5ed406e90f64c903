package io.github.slaframework.measure.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveCalendar;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementLimits;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a {@link MeasurementRun} measures, settled before the first event: each service level of
 * the agreement configured with its window series (or the reason it is not measurable), grouped
 * by the events that move it, and the indicators' series. The run feeds events to these; this
 * class only decides what they are.
 */
final class LevelPlan {

  private static final ZoneId LONDON = ZoneId.of(MeasurementWindow.DEFAULT_TIME_ZONE);

  /** A configured service level: exactly one of the three is set. */
  record Level(
      ServiceLevel definition, DurationLevel duration, AvailabilityLevel availability,
      String problem) {}

  private final MeasureRange range;
  /** Why the range cannot be measured (outside the horizon), or {@code null}. */
  private final String rangeProblem;
  private final RequesterBudget requesterBudget;
  private final WindowSeries.Budget budget =
      new WindowSeries.Budget(MeasurementLimits.MAX_WINDOWS);
  /** Whose bank holidays WORKING_DAYS objectives skip (format 1.1 section 5). */
  private final Jurisdiction jurisdiction;

  /** Every service level of the agreement, in its order. */
  final List<Level> levels = new ArrayList<>();
  final List<DurationLevel> turnaround = new ArrayList<>();
  final List<DurationLevel> acknowledgement = new ArrayList<>();
  final List<DurationLevel> repair = new ArrayList<>();
  final List<DurationLevel> live = new ArrayList<>();
  final List<AvailabilityLevel> availability = new ArrayList<>();
  /** Every series that events extend, the indicators' included. */
  final List<WindowSeries> allSeries = new ArrayList<>();
  final WindowSeries indicatorSeries;
  /** The agreement's camera ids, or {@code null} when it lists none (any camera is accepted). */
  final Set<String> knownCameras;
  /** The explicit range ends, one per time zone of a duration service level (see OpenItem). */
  final Instant[] ends;

  LevelPlan(Agreement agreement, MeasureRange range, String rangeProblem,
      RequesterBudget requesterBudget) {
    this.range = range;
    this.rangeProblem = rangeProblem;
    this.requesterBudget = requesterBudget;
    List<Camera> listed = agreement.section(TechnicalStandardsSection.class)
        .map(TechnicalStandardsSection::cameras).orElse(List.of());
    Set<String> ids = new LinkedHashSet<>();
    listed.forEach(c -> ids.add(c.id()));
    this.knownCameras = ids.isEmpty() ? null : ids;
    this.jurisdiction = agreement.section(LegalConsiderationsSection.class)
        .flatMap(LegalConsiderationsSection::jurisdiction).orElse(Jurisdiction.ENGLAND_AND_WALES);
    for (ServiceLevel sl : agreement.serviceLevels()) {
      if (rangeProblem != null) {
        levels.add(problem(sl, rangeProblem));
      } else if (levels.size() >= MeasurementLimits.MAX_SERVICE_LEVELS) {
        levels.add(problem(sl, "more than " + MeasurementLimits.MAX_SERVICE_LEVELS
            + " service levels: only the first " + MeasurementLimits.MAX_SERVICE_LEVELS
            + " are measured"));
      } else {
        levels.add(configure(sl, ids.size()));
      }
    }
    Set<Instant> explicitEnds = new TreeSet<>();
    if (range.to().isPresent()) {
      for (Level level : levels) {
        if (level.duration() != null) {
          explicitEnds.add(Instant.ofEpochSecond(level.duration().series.rangeEndSec()));
        }
      }
    }
    ends = explicitEnds.toArray(new Instant[0]);
    // The horizon bounds the indicators' months (at most 3,612), so they take no budget.
    indicatorSeries = series(LONDON, WindowType.CALENDAR_MONTH, null, null);
  }

  private WindowSeries series(ZoneId zone, WindowType type, IsoPeriod length,
      WindowSeries.Budget windows) {
    WindowSeries s = new WindowSeries(zone, type, length,
        MeasurementLimits.MAX_WINDOWS_PER_SERVICE_LEVEL, windows);
    if (rangeProblem == null) {
      // A range outside the horizon measures nothing: its series stay empty, never anchored.
      range.from().ifPresent(s::anchorAtDate);
      range.to().ifPresent(to -> s.endRange(to.atStartOfDay(zone).toEpochSecond(), false));
      allSeries.add(s);
    }
    return s;
  }

  private Level configure(ServiceLevel sl, int listedCameras) {
    if (sl.metric().isExtension()) {
      // an x- metric (format 1.1) has no built-in meaning: not measured, never misfiled
      return problem(sl, sl.metric() + " has no built-in meaning");
    }
    MeasurementWindow window = sl.window().orElse(MeasurementWindow.of(WindowType.CALENDAR_MONTH));
    ZoneId zone;
    try {
      zone = ZoneId.of(window.effectiveTimeZone());
    } catch (DateTimeException e) {
      return problem(sl, "unknown time zone " + Excerpt.of(window.effectiveTimeZone()));
    }
    IsoPeriod length = window.length().orElse(null);
    if (window.type() == WindowType.ROLLING) {
      if (length == null || !length.isPositive()) {
        return problem(sl, "a ROLLING window needs a positive length");
      }
      Optional<String> unmeasurable = MeasurementWindow.unmeasurableLength(length);
      if (unmeasurable.isPresent()) {
        return problem(sl, "a ROLLING window of " + Excerpt.of(length.toString()) + " "
            + unmeasurable.get());
      }
    }
    Optional<Objective> objective = sl.objective();
    if (objective.isEmpty()) {
      return problem(sl, "no objective");
    }
    Objective o = objective.get();
    if (!o.thresholdFitsCalendar()) {
      return problem(sl, "a WORKING_DAYS objective needs a threshold of whole days (PnD, n at"
          + " least 1), not " + Excerpt.of(o.threshold().period().map(Object::toString)
              .orElseGet(() -> o.threshold().number().map(Object::toString).orElse(""))));
    }
    if (sl.metric().equals(ServiceMetric.CAMERA_AVAILABILITY)) {
      if (o.threshold().number().isEmpty()) {
        return problem(sl, "CAMERA_AVAILABILITY needs a numeric threshold (a percentage)");
      }
      if (!Measurable.percentage(o.threshold().number().get())) {
        return problem(sl, "the threshold " + Excerpt.of(o.threshold().number().get().toString())
            + " is not a percentage from 0 to 100 with at most " + Measurable.MAX_FRACTION_DIGITS
            + " decimals");
      }
      int count = sl.cameraCount().orElse(listedCameras);
      if (count <= 0) {
        return problem(sl, "no cameras: set cameraCount or list cameras in TECHNICAL_STANDARDS");
      }
      AvailabilityLevel a = new AvailabilityLevel(sl.id(),
          series(zone, window.type(), length, budget), count, o.operator(),
          o.threshold().number().get());
      range.to().ifPresent(to -> a.endRange(to.atStartOfDay(zone).toInstant().toEpochMilli()));
      availability.add(a);
      return new Level(sl, null, a, null);
    }
    if (o.threshold().period().isEmpty() || !o.threshold().period().get().isPositive()) {
      return problem(sl, sl.metric() + " needs a positive period threshold");
    }
    if (o.threshold().period().get().mayExceed(MeasurementLimits.MAX_PERIOD)) {
      return problem(sl, "the threshold " + Excerpt.of(o.threshold().period().get().toString())
          + " is longer than " + MeasurementLimits.MAX_PERIOD);
    }
    if (o.operator() != ObjectiveOperator.AT_MOST) {
      return problem(sl, sl.metric() + " is measured against AT_MOST objectives only");
    }
    if (!Measurable.percentage(sl.effectiveAttainment())) {
      return problem(sl, "the attainment " + Excerpt.of(sl.effectiveAttainment().toString())
          + " is not a percentage from 0 to 100 with at most " + Measurable.MAX_FRACTION_DIGITS
          + " decimals");
    }
    WorkingDays workingDays = null;
    if (o.effectiveCalendar() == ObjectiveCalendar.WORKING_DAYS) {
      try {
        // Loads the holiday library: only a WORKING_DAYS objective ever does.
        workingDays = new WorkingDays(BankHolidays.of(jurisdiction), zone,
            o.threshold().period().get().datePart().getDays());
      } catch (IllegalStateException e) {
        return problem(sl, e.getMessage());
      }
    }
    Priority only = sl.appliesTo().flatMap(AppliesTo::priority).orElse(null);
    DurationLevel d = new DurationLevel(sl.id(), sl.metric(),
        series(zone, window.type(), length, budget), only, sl.effectiveAttainment(),
        o.threshold().period().get(), requesterBudget);
    d.workingDays = workingDays;
    ServiceMetric metric = sl.metric();
    if (metric.equals(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND)) {
      turnaround.add(d);
    } else if (metric.equals(ServiceMetric.REQUEST_ACKNOWLEDGEMENT)) {
      acknowledgement.add(d);
    } else if (metric.equals(ServiceMetric.FAULT_REPAIR_TIME)) {
      repair.add(d);
    } else {
      live.add(d);
    }
    return new Level(sl, d, null, null);
  }

  private static Level problem(ServiceLevel sl, String problem) {
    return new Level(sl, null, null, problem);
  }
}
