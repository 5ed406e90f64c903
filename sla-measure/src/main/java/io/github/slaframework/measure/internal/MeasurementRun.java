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
import io.github.slaframework.core.section.Indicator;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventType;
import io.github.slaframework.measure.EventFindingCodes;
import io.github.slaframework.measure.IndicatorResult;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementLimits;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.MeasurementWarning;
import io.github.slaframework.measure.Outcome;
import io.github.slaframework.measure.RequesterResult;
import io.github.slaframework.measure.ServiceLevelResult;
import io.github.slaframework.measure.WindowResult;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One measurement in progress: the open items, each service level's per-window tallies, the
 * indicator counts. Fed one event at a time in time order; memory grows with open items and
 * windows, not with events, and both are bounded ({@link MeasurementLimits}).
 */
public final class MeasurementRun {

  private static final ZoneId LONDON = ZoneId.of(MeasurementWindow.DEFAULT_TIME_ZONE);
  private static final int RECENTLY_CLOSED = 4096;
  /** The format's range of a number (docs/FORMAT.md section 8): at most 12 fraction digits. */
  private static final String OPEN_ITEMS_LIMIT =
      String.format(Locale.ROOT, "%,d", MeasurementLimits.MAX_OPEN_ITEMS);

  /** A configured service level: exactly one of the three is set. */
  private record Level(
      ServiceLevel definition, DurationLevel duration, AvailabilityLevel availability,
      String problem) {}

  /** A camera's open faults and since when it has been down. */
  private static final class CameraState {
    int openFaults;
    long downSinceMs;
  }

  private final MeasureRange range;
  private final Rejections rejections;
  /** Why the range cannot be measured (outside the horizon), or {@code null}. */
  private final String rangeProblem;
  private final WindowSeries.Budget budget =
      new WindowSeries.Budget(MeasurementLimits.MAX_WINDOWS);
  /** Opening events rejected because {@link MeasurementLimits#MAX_OPEN_ITEMS} were open. */
  private long openingsOverLimit;
  private final List<Level> levels = new ArrayList<>();
  private final List<DurationLevel> turnaround = new ArrayList<>();
  private final List<DurationLevel> acknowledgement = new ArrayList<>();
  private final List<DurationLevel> repair = new ArrayList<>();
  private final List<DurationLevel> live = new ArrayList<>();
  private final List<AvailabilityLevel> availability = new ArrayList<>();
  private final List<WindowSeries> allSeries = new ArrayList<>();
  private final WindowSeries indicatorSeries;
  private final long[][] indicatorCounts = new long[4][];
  private final Set<String> knownCameras;
  /** Whose bank holidays WORKING_DAYS objectives skip (format 1.1 section 5). */
  private final Jurisdiction jurisdiction;

  private final Map<String, OpenItem> requests = new HashMap<>();
  private final Map<String, OpenItem> faults = new HashMap<>();
  private final Map<String, OpenItem> liveRequests = new HashMap<>();
  private final Map<String, CameraState> cameras = new HashMap<>();
  private final Set<String> closedRequests = boundedSet();
  private final Set<String> closedFaults = boundedSet();
  private final Set<String> closedLive = boundedSet();

  /** The figures per requester, or {@code null} when not asked for. */
  private final RequesterBudget requesterBudget;
  /** The explicit range ends, one per time zone of a duration service level (see OpenItem). */
  private Instant[] ends = new Instant[0];

  private long events;
  private Instant last;
  /** The latest well-ordered event pushed by a session, measured or not (see {@link #push}). */
  private Instant lastPushed;

  private String file;
  private int sourceIndex;
  private long line;

  /**
   * A new measurement of an agreement's service levels.
   *
   * @param agreement the agreement
   * @param range the range
   * @param rejections where bad lines go
   * @param byRequester whether to keep the figures per requester too
   */
  public MeasurementRun(Agreement agreement, MeasureRange range, Rejections rejections,
      boolean byRequester) {
    this.range = range;
    this.requesterBudget = byRequester ? new RequesterBudget() : null;
    this.rejections = rejections;
    this.rangeProblem = Measurable.rangeProblem(range);
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
    if (range.to().isPresent()) {
      Set<Instant> explicitEnds = new java.util.TreeSet<>();
      for (Level level : levels) {
        if (level.duration() != null) {
          explicitEnds.add(Instant.ofEpochSecond(level.duration().series.rangeEndSec()));
        }
      }
      ends = explicitEnds.toArray(new Instant[0]);
    }
    // The horizon bounds the indicators' months (at most 3,612), so they take no budget.
    indicatorSeries = series(LONDON, WindowType.CALENDAR_MONTH, null, null);
    for (int i = 0; i < indicatorCounts.length; i++) {
      indicatorCounts[i] = new long[16];
    }
  }

  private static Set<String> boundedSet() {
    return java.util.Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > RECENTLY_CLOSED;
      }
    });
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

  /**
   * Measures the next event (events come in time order).
   *
   * @param e the event
   * @param reader the reader it came from (for rejections)
   */
  public void accept(Event e, EventReader reader) {
    this.file = reader.file();
    this.sourceIndex = reader.sourceIndex();
    this.line = reader.currentLine();
    accept(e);
  }

  /**
   * Measures an event pushed by a measurement session, the only source of this run: checks that
   * it is not earlier than the last one pushed (as a reader checks a log's lines), then measures
   * it.
   *
   * @param e the event
   * @param source the session's name (for rejections)
   * @param position the event's 1-based position among the pushed events
   * @return whether the event was measured ({@code false}: it was rejected)
   */
  public boolean push(Event e, String source, long position) {
    this.file = source;
    this.sourceIndex = 0;
    this.line = position;
    String outside = EventReader.outsideHorizon(e.at());
    if (outside != null) {
      reject(EventFindingCodes.LIMIT, "/at", outside);
      return false;
    }
    if (lastPushed != null && e.at().isBefore(lastPushed)) {
      reject(EventFindingCodes.EVENT_ORDER, "/at",
          "out of order: at " + e.at() + " is before the previous event's " + lastPushed);
      return false;
    }
    lastPushed = e.at();
    return accept(e);
  }

  private boolean accept(Event e) {
    Instant at = e.at();
    // A log's reader checks these; an event from memory is checked here.
    if (e.type().needsRef() && e.ref().filter(r -> !r.isBlank()).isEmpty()) {
      reject(EventFindingCodes.REQUIRED, "/ref", e.type() + " needs a ref");
      return false;
    }
    if (e.outcome().isPresent() && e.type() != EventType.FOOTAGE_DELIVERED) {
      reject(EventFindingCodes.INVALID_VALUE, "/outcome",
          "outcome is for FOOTAGE_DELIVERED only, not " + e.type());
      return false;
    }
    boolean measured = true;
    switch (e.type()) {
      case FOOTAGE_REQUESTED -> measured = open(requests, e, closedRequests);
      case FOOTAGE_DELIVERED -> measured = closeRequest(e, true);
      case CLOCK_STOPPED -> measured = clock(e, true);
      case CLOCK_RESTARTED -> measured = clock(e, false);
      case REQUEST_ACKNOWLEDGED -> measured = closeRequest(e, false);
      case FAULT_REPORTED -> measured = openFault(e);
      case FAULT_FIXED -> measured = fixFault(e);
      case LIVE_SUPPORT_REQUESTED -> measured = open(liveRequests, e, closedLive);
      case LIVE_SUPPORT_STARTED -> measured = closeLive(e);
      case INCIDENT -> count(0, at);
      case ARREST_ASSISTED -> count(1, at);
      case EVIDENCE_PACKAGE -> count(2, at);
      default -> count(3, at);
    }
    if (measured) {
      events++;
      last = at;
    }
    return measured;
  }

  /**
   * Takes in an accepted event's instant: the first one anchors the default range, and each one
   * creates the windows up to it. A rejected line is no event (format 1.0 section 6), so it is
   * never passed here: it neither starts nor extends the range.
   */
  private void touch(Instant at) {
    if (rangeProblem != null) {
      return;
    }
    long sec = at.getEpochSecond();
    if (last == null) {
      for (WindowSeries s : allSeries) {
        if (!s.anchored()) {
          s.anchorAtFirstEvent(at);
        }
      }
    }
    for (WindowSeries s : allSeries) {
      if (s.inRange(sec)) {
        s.cover(sec);
      }
    }
  }

  private void reject(String code, String path, String reason) {
    rejections.reject(sourceIndex, file, line, 1, code, path, reason);
  }

  private boolean open(Map<String, OpenItem> open, Event e, Set<String> closed) {
    if (open.containsKey(e.id())) {
      reject(EventFindingCodes.EVENT_REPEATED, "/id",
          e.type() + " id " + Excerpt.of(e.id()) + " is already open");
      return false;
    }
    if (requests.size() + faults.size() + liveRequests.size()
        >= MeasurementLimits.MAX_OPEN_ITEMS) {
      openingsOverLimit++;
      reject(EventFindingCodes.LIMIT, "", "more than " + openItemsLimit()
          + " items open at once: " + e.type() + " " + Excerpt.of(e.id()) + " is not measured");
      return false;
    }
    touch(e.at());
    closed.remove(e.id());
    open.put(e.id(), new OpenItem(e.at(), e.effectivePriority(), e.camera().orElse(null),
        e.requester().orElse(null), ends));
    return true;
  }

  private void rejectNoOpenItem(Event e, String opener, Set<String> closed) {
    String ref = e.ref().orElseThrow();
    if (closed.contains(ref)) {
      reject(EventFindingCodes.EVENT_REPEATED, "/ref",
          "a second close: " + opener + " " + Excerpt.of(ref) + " is already closed");
    } else {
      reject(EventFindingCodes.EVENT_UNMATCHED, "/ref",
          "ref " + Excerpt.of(ref) + " matches no open " + opener);
    }
  }

  private boolean closeRequest(Event e, boolean delivery) {
    String ref = e.ref().orElseThrow();
    OpenItem item = requests.get(ref);
    if (item == null) {
      rejectNoOpenItem(e, "FOOTAGE_REQUESTED", closedRequests);
      return false;
    }
    if (delivery ? item.delivered : item.acknowledged) {
      reject(EventFindingCodes.EVENT_REPEATED, "/ref",
          "a second close: FOOTAGE_REQUESTED " + Excerpt.of(ref) + " already has a "
          + e.type());
      return false;
    }
    touch(e.at());
    if (delivery) {
      // A delivery with any outcome answers the request: it closes the acknowledgement item
      // too when still open, at the same instant with the same outcome (format 1.1 section 5).
      Outcome outcome = e.outcome().orElse(Outcome.DELIVERED);
      item.delivered = true;
      for (DurationLevel d : turnaround) {
        d.closed(ref, item, e.id(), e.at(), outcome);
      }
      if (!item.acknowledged) {
        item.acknowledged = true;
        for (DurationLevel d : acknowledgement) {
          d.closed(ref, item, e.id(), e.at(), outcome);
        }
      }
    } else {
      item.acknowledged = true;
      for (DurationLevel d : acknowledgement) {
        d.closed(ref, item, e.id(), e.at(), Outcome.DELIVERED);
      }
    }
    if (item.delivered && item.acknowledged) {
      requests.remove(ref);
      closedRequests.add(ref);
    }
    return true;
  }

  private boolean openFault(Event e) {
    String camera = e.camera().orElseThrow();
    if (knownCameras != null && !knownCameras.contains(camera)) {
      reject(EventFindingCodes.CAMERA_UNKNOWN, "/camera",
          "camera " + Excerpt.of(camera) + " is not listed in the agreement");
      return false;
    }
    if (!open(faults, e, closedFaults)) {
      return false;
    }
    CameraState state = cameras.computeIfAbsent(camera, c -> new CameraState());
    if (state.openFaults++ == 0) {
      state.downSinceMs = e.at().toEpochMilli();
    }
    return true;
  }

  private boolean fixFault(Event e) {
    String ref = e.ref().orElseThrow();
    OpenItem item = faults.get(ref);
    if (item == null) {
      rejectNoOpenItem(e, "FAULT_REPORTED", closedFaults);
      return false;
    }
    if (e.camera().isPresent() && !e.camera().get().equals(item.camera)) {
      reject(EventFindingCodes.EVENT_UNMATCHED, "/camera",
          "FAULT_FIXED camera " + Excerpt.of(e.camera().get())
          + " differs from the fault's camera " + Excerpt.of(item.camera));
      return false;
    }
    touch(e.at());
    faults.remove(ref);
    closedFaults.add(ref);
    for (DurationLevel d : repair) {
      d.closed(ref, item, e.id(), e.at(), Outcome.DELIVERED);
    }
    CameraState state = cameras.get(item.camera);
    if (--state.openFaults == 0) {
      long now = e.at().toEpochMilli();
      for (AvailabilityLevel a : availability) {
        a.down(state.downSinceMs, now);
      }
      cameras.remove(item.camera);
    }
    return true;
  }

  private boolean closeLive(Event e) {
    String ref = e.ref().orElseThrow();
    OpenItem item = liveRequests.remove(ref);
    if (item == null) {
      rejectNoOpenItem(e, "LIVE_SUPPORT_REQUESTED", closedLive);
      return false;
    }
    touch(e.at());
    closedLive.add(ref);
    for (DurationLevel d : live) {
      d.closed(ref, item, e.id(), e.at(), Outcome.DELIVERED);
    }
    return true;
  }

  /**
   * Stops or restarts the clock of the opening event named in {@code ref}: a footage request, a
   * fault or a live-support request (looked up in that order when ids repeat across them).
   */
  private boolean clock(Event e, boolean stop) {
    String ref = e.ref().orElseThrow();
    OpenItem item = requests.get(ref);
    if (item == null) {
      item = faults.get(ref);
    }
    if (item == null) {
      item = liveRequests.get(ref);
    }
    if (item == null) {
      boolean closed = closedRequests.contains(ref) || closedFaults.contains(ref)
          || closedLive.contains(ref);
      reject(EventFindingCodes.EVENT_UNMATCHED, "/ref", e.type() + ": ref " + Excerpt.of(ref)
          + (closed ? " has no open item: every item of it is closed" : " matches no open item"));
      return false;
    }
    if (stop && item.stopped()) {
      reject(EventFindingCodes.EVENT_REPEATED, "/ref",
          "CLOCK_STOPPED: the clock of " + Excerpt.of(ref) + " is already stopped");
      return false;
    }
    if (!stop && !item.stopped()) {
      reject(EventFindingCodes.EVENT_UNMATCHED, "/ref",
          "CLOCK_RESTARTED: the clock of " + Excerpt.of(ref) + " is not stopped");
      return false;
    }
    touch(e.at());
    if (stop) {
      item.stop(e.at());
    } else {
      item.restart(e.at());
    }
    return true;
  }

  private void count(int indicator, Instant at) {
    touch(at);
    long sec = at.getEpochSecond();
    if (!indicatorSeries.inRange(sec)) {
      return;
    }
    int w = indicatorSeries.indexOf(sec);
    if (w < 0) {
      return;
    }
    long[] counts = indicatorCounts[indicator];
    if (w >= counts.length) {
      for (int i = 0; i < indicatorCounts.length; i++) {
        indicatorCounts[i] = java.util.Arrays.copyOf(indicatorCounts[i], Math.max(w + 1,
            counts.length * 2));
      }
      counts = indicatorCounts[indicator];
    }
    counts[w]++;
  }

  /**
   * Ends the measurement: closes the range, judges the items still open, builds the result.
   *
   * @return the result
   */
  public MeasurementResult finish() {
    for (WindowSeries s : allSeries) {
      if (s.rangeEndKnown()) {
        if (s.anchored() && s.rangeEndSec() > s.rangeStartSec()) {
          s.cover(s.rangeEndSec() - 1);
        }
      } else if (last != null) {
        s.endRange(last.getEpochSecond(), true);
      }
    }
    for (DurationLevel d : turnaround) {
      requests.forEach((id, item) -> {
        if (!item.delivered) {
          d.openAtEnd(id, item, rangeEnd(d.series));
        }
      });
    }
    for (DurationLevel d : acknowledgement) {
      requests.forEach((id, item) -> {
        if (!item.acknowledged) {
          d.openAtEnd(id, item, rangeEnd(d.series));
        }
      });
    }
    for (DurationLevel d : repair) {
      faults.forEach((id, item) -> d.openAtEnd(id, item, rangeEnd(d.series)));
    }
    for (DurationLevel d : live) {
      liveRequests.forEach((id, item) -> d.openAtEnd(id, item, rangeEnd(d.series)));
    }
    boolean perRequester = requesterBudget != null && requesterFiguresFit();
    for (AvailabilityLevel a : availability) {
      long endMs = rangeEnd(a.series).toEpochMilli();
      a.endRange(endMs);
      cameras.values().forEach(state -> a.down(state.downSinceMs, endMs));
    }
    List<ServiceLevelResult> results = new ArrayList<>();
    for (Level level : levels) {
      String problem = level.problem();
      if (problem == null) {
        WindowSeries series = level.duration() != null
            ? level.duration().series : level.availability().series;
        problem = series.overflow();
      }
      List<WindowResult> windows = problem != null
          ? List.of()
          : level.duration() != null
              ? level.duration().results()
              : level.availability().results();
      Optional<List<RequesterResult>> requesters = Optional.empty();
      if (perRequester) {
        requesters = Optional.of(problem == null && level.duration() != null
            ? requesterResults(level.duration()) : List.of());
      }
      results.add(new ServiceLevelResult(level.definition().id(), level.definition().metric(),
          windows, Optional.ofNullable(problem), requesters));
    }
    List<MeasurementWarning> warnings = new ArrayList<>(MeasurementResult.notMeasurable(results));
    for (int i = 0; i < levels.size(); i++) {
      DurationLevel d = levels.get(i).duration();
      if (d != null && d.workingDays != null && results.get(i).measurable()) {
        d.workingDays.uncheckedWarning(d.id, d.series).ifPresent(warnings::add);
      }
    }
    if (rangeProblem != null) {
      warnings.add(new MeasurementWarning(MeasurementWarning.NOT_MEASURABLE, Optional.empty(),
          "no indicator counted: " + rangeProblem));
    }
    if (requesterBudget != null && !perRequester) {
      warnings.add(new MeasurementWarning(MeasurementWarning.LIMIT, Optional.empty(),
          "the figures per requester would take more than "
              + String.format(Locale.ROOT, "%,d", MeasurementLimits.MAX_WINDOWS)
              + " windows in all service levels together: they are left out"));
    }
    if (openingsOverLimit > 0) {
      warnings.add(new MeasurementWarning(MeasurementWarning.LIMIT, Optional.empty(),
          "more than " + openItemsLimit() + " items were open at once: "
              + Labels.count(openingsOverLimit, "opening event")
              + " rejected (LIMIT) and not measured, so the results are incomplete"));
    }
    return new MeasurementResult(results, indicators(), rejections.bySource(), rejections.count(),
        events, warnings);
  }

  /**
   * Whether the figures per requester fit the window limit: each requester of a level gets every
   * window of that level in the reports, so the reports, not only the tallies, stay bounded.
   */
  private boolean requesterFiguresFit() {
    if (requesterBudget.isExceeded()) {
      return false;
    }
    long windows = 0;
    for (DurationLevel d : allDuration()) {
      if (d.requesters() != null && d.series.overflow() == null) {
        long withItems = d.requesters().values().stream().filter(t -> t.hasItems()).count();
        windows += withItems * d.series.count();
      }
    }
    return windows <= MeasurementLimits.MAX_WINDOWS;
  }

  private List<DurationLevel> allDuration() {
    List<DurationLevel> all = new ArrayList<>();
    for (Level level : levels) {
      if (level.duration() != null) {
        all.add(level.duration());
      }
    }
    return all;
  }

  private static List<RequesterResult> requesterResults(DurationLevel d) {
    List<RequesterResult> out = new ArrayList<>();
    d.requesters().forEach((requester, tally) -> {
      if (tally.hasItems()) {
        out.add(new RequesterResult(Optional.ofNullable(requester), tally.results()));
      }
    });
    return out;
  }

  private static String openItemsLimit() {
    return OPEN_ITEMS_LIMIT;
  }

  /** The end of the range: {@code --to} in the series' zone, else the last event's instant. */
  private Instant rangeEnd(WindowSeries s) {
    if (range.to().isPresent()) {
      return Instant.ofEpochSecond(s.rangeEndSec());
    }
    return last != null ? last : Instant.ofEpochSecond(s.rangeStartSec());
  }

  private List<IndicatorResult> indicators() {
    Indicator[] names = {
      Indicator.INCIDENTS_MONITORED, Indicator.ARRESTS_ASSISTED, Indicator.EVIDENCE_PACKAGES,
      Indicator.FOOTAGE_REVIEWS
    };
    List<IndicatorResult> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      List<IndicatorResult.Count> counts = new ArrayList<>();
      for (int k = 0; k < indicatorSeries.count(); k++) {
        long c = k < indicatorCounts[i].length ? indicatorCounts[i][k] : 0;
        counts.add(new IndicatorResult.Count(indicatorSeries.localStart(k).toLocalDate(),
            indicatorSeries.localStart(k + 1).toLocalDate(), c));
      }
      out.add(new IndicatorResult(names[i], counts));
    }
    return out;
  }
}
