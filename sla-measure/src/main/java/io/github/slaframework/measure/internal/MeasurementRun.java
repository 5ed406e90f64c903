package io.github.slaframework.measure.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.section.Indicator;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  static final int RECENTLY_CLOSED = 4096;
  /** {@link MeasurementLimits#MAX_OPEN_ITEMS}, written for a warning. */
  private static final String OPEN_ITEMS_LIMIT =
      String.format(Locale.ROOT, "%,d", MeasurementLimits.MAX_OPEN_ITEMS);

  /** A camera's open faults and since when it has been down. */
  private static final class CameraState {
    int openFaults;
    long downSinceMs;
  }

  private final MeasureRange range;
  private final Rejections rejections;
  /** Why the range cannot be measured (outside the horizon), or {@code null}. */
  private final String rangeProblem;
  /** Opening events rejected because {@link MeasurementLimits#MAX_OPEN_ITEMS} were open. */
  private long openingsOverLimit;
  /** What is measured: the service levels configured, their series, the indicators' series. */
  private final LevelPlan plan;
  private final long[][] indicatorCounts = new long[4][];

  private final Map<String, OpenItem> requests = new HashMap<>();
  private final Map<String, OpenItem> faults = new HashMap<>();
  private final Map<String, OpenItem> liveRequests = new HashMap<>();
  private final Map<String, CameraState> cameras = new HashMap<>();
  private final Set<String> closedRequests = boundedSet();
  private final Set<String> closedFaults = boundedSet();
  private final Set<String> closedLive = boundedSet();

  /** The figures per requester, or {@code null} when not asked for. */
  private final RequesterBudget requesterBudget;

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
    this.plan = new LevelPlan(agreement, range, rangeProblem, requesterBudget);
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
      for (WindowSeries s : plan.allSeries) {
        if (!s.anchored()) {
          s.anchorAtFirstEvent(at);
        }
      }
    }
    for (WindowSeries s : plan.allSeries) {
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
      reject(EventFindingCodes.LIMIT, "", "more than " + OPEN_ITEMS_LIMIT
          + " items open at once: " + e.type() + " " + Excerpt.of(e.id()) + " is not measured");
      return false;
    }
    touch(e.at());
    closed.remove(e.id());
    // An empty requester is none, as a log's reader reads it (a CSV cell cannot tell them apart).
    open.put(e.id(), new OpenItem(e.at(), e.effectivePriority(), e.camera().orElse(null),
        e.requester().filter(r -> !r.isEmpty()).orElse(null), plan.ends));
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
      for (DurationLevel d : plan.turnaround) {
        d.closed(ref, item, e.id(), e.at(), outcome);
      }
      if (!item.acknowledged) {
        item.acknowledged = true;
        for (DurationLevel d : plan.acknowledgement) {
          d.closed(ref, item, e.id(), e.at(), outcome);
        }
      }
    } else {
      item.acknowledged = true;
      for (DurationLevel d : plan.acknowledgement) {
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
    if (plan.knownCameras != null && !plan.knownCameras.contains(camera)) {
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
    for (DurationLevel d : plan.repair) {
      d.closed(ref, item, e.id(), e.at(), Outcome.DELIVERED);
    }
    CameraState state = cameras.get(item.camera);
    if (--state.openFaults == 0) {
      long now = e.at().toEpochMilli();
      for (AvailabilityLevel a : plan.availability) {
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
    for (DurationLevel d : plan.live) {
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
    if (!plan.indicatorSeries.inRange(sec)) {
      return;
    }
    int w = plan.indicatorSeries.indexOf(sec);
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
    for (WindowSeries s : plan.allSeries) {
      if (s.rangeEndKnown()) {
        if (s.anchored() && s.rangeEndSec() > s.rangeStartSec()) {
          s.cover(s.rangeEndSec() - 1);
        }
      } else if (last != null) {
        s.endRange(last.getEpochSecond(), true);
      }
    }
    for (DurationLevel d : plan.turnaround) {
      requests.forEach((id, item) -> {
        if (!item.delivered) {
          d.openAtEnd(id, item, rangeEnd(d.series));
        }
      });
    }
    for (DurationLevel d : plan.acknowledgement) {
      requests.forEach((id, item) -> {
        if (!item.acknowledged) {
          d.openAtEnd(id, item, rangeEnd(d.series));
        }
      });
    }
    for (DurationLevel d : plan.repair) {
      faults.forEach((id, item) -> d.openAtEnd(id, item, rangeEnd(d.series)));
    }
    for (DurationLevel d : plan.live) {
      liveRequests.forEach((id, item) -> d.openAtEnd(id, item, rangeEnd(d.series)));
    }
    boolean perRequester = requesterBudget != null && requesterFiguresFit();
    for (AvailabilityLevel a : plan.availability) {
      long endMs = rangeEnd(a.series).toEpochMilli();
      a.endRange(endMs);
      cameras.values().forEach(state -> a.down(state.downSinceMs, endMs));
    }
    List<ServiceLevelResult> results = new ArrayList<>();
    for (LevelPlan.Level level : plan.levels) {
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
    for (int i = 0; i < plan.levels.size(); i++) {
      DurationLevel d = plan.levels.get(i).duration();
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
          "more than " + OPEN_ITEMS_LIMIT + " items were open at once: "
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
    for (LevelPlan.Level level : plan.levels) {
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
      for (int k = 0; k < plan.indicatorSeries.count(); k++) {
        long c = k < indicatorCounts[i].length ? indicatorCounts[i][k] : 0;
        counts.add(new IndicatorResult.Count(plan.indicatorSeries.localStart(k).toLocalDate(),
            plan.indicatorSeries.localStart(k + 1).toLocalDate(), c));
      }
      out.add(new IndicatorResult(names[i], counts));
    }
    return out;
  }
}
