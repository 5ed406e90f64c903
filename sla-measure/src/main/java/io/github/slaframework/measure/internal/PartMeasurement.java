package io.github.slaframework.measure.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.measure.Breach;
import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.EventType;
import io.github.slaframework.measure.IndicatorResult;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.MeasurementWarning;
import io.github.slaframework.measure.Outcome;
import io.github.slaframework.measure.RequesterResult;
import io.github.slaframework.measure.ServiceLevelResult;
import io.github.slaframework.measure.WindowResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One part of a measurement split by time (month by month, say), and the merge of consecutive
 * parts into the result of the whole.
 *
 * <p>A part is measured in two passes over its logs. The first follows only which openings still
 * have an open item at the part's end ({@link OpenItems}); the second measures every other event
 * with the engine, as usual, and keeps aside (<em>carries</em>) the events whose items the part
 * cannot settle: the openings still open at its end with every event that refers to them, the
 * closings that match no item open in the part (their openings are in an earlier part), and every
 * fault event (camera availability is a union of fault intervals per camera, which is not a sum of
 * parts). The merge measures the carried events of all parts over the whole range with a fresh
 * engine, then adds the parts' tallies window by window: an item's result depends only on its own
 * events, so the sum is what one run over all events gives.
 *
 * <p>Memory: a part keeps its carried events, which are bounded by the items open at its end, the
 * closings of earlier parts' items and the faults.
 */
public final class PartMeasurement {

  /** A carried event with where it came from, for the merge's findings and its tie order. */
  record Carried(Event event, int sourceIndex, String file, long line) {}

  private final Agreement agreement;
  private final LocalDate from;
  private final LocalDate to;
  private final int keepRejected;
  private final boolean byRequester;
  private final int sourceCount;
  private final MeasurementResult settled;
  private final Rejections rejections;
  private final List<Carried> carried;
  private final int openAtEnd;

  private PartMeasurement(Agreement agreement, LocalDate from, LocalDate to, int keepRejected,
      boolean byRequester, int sourceCount, MeasurementResult settled, Rejections rejections, List<Carried> carried,
      int openAtEnd) {
    this.agreement = agreement;
    this.from = from;
    this.to = to;
    this.keepRejected = keepRejected;
    this.byRequester = byRequester;
    this.sourceCount = sourceCount;
    this.settled = settled;
    this.rejections = rejections;
    this.carried = List.copyOf(carried);
    this.openAtEnd = openAtEnd;
  }

  /**
   * Measures a part.
   *
   * @param agreement the agreement
   * @param keepRejected how many rejected lines to keep
   * @param byRequester whether to measure per requester too
   * @param sources the part's logs
   * @param range the part's range: both dates present
   * @return the part
   * @throws IOException when a log cannot be read
   */
  public static PartMeasurement measure(Agreement agreement, int keepRejected,
      boolean byRequester, List<EventSource> sources, MeasureRange range) throws IOException {
    if (range.from().isEmpty() || range.to().isEmpty()) {
      throw new IllegalArgumentException("a part needs a range with both dates");
    }
    // Pass 1: which openings are still open at the end. Its rejections are the second pass's too,
    // so they are dropped here.
    OpenItems first = new OpenItems(Set.of());
    try (MergedEvents merged = open(sources, new Rejections(0))) {
      while (merged.advance()) {
        first.accept(merged.head().current());
      }
    }
    Set<String> unsettled = first.openKeys();
    OpenItems second = new OpenItems(unsettled);
    Rejections rejections = new Rejections(keepRejected);
    MeasurementRun run = new MeasurementRun(agreement, range, rejections, byRequester);
    List<Carried> carried = new ArrayList<>();
    try (MergedEvents merged = open(sources, rejections)) {
      while (merged.advance()) {
        EventReader head = merged.head();
        Event e = head.current();
        if (second.accept(e)) {
          carried.add(new Carried(e, head.sourceIndex(), head.file(), head.currentLine()));
        } else {
          run.accept(e, head);
        }
      }
    }
    MeasurementResult settled = run.finish();
    return new PartMeasurement(agreement, range.from().get(), range.to().get(), keepRejected,
        byRequester, sources.size(), settled, rejections, carried, unsettled.size());
  }

  private static MergedEvents open(List<EventSource> sources, Rejections rejections)
      throws IOException {
    List<EventReader> readers = new ArrayList<>();
    try {
      for (int i = 0; i < sources.size(); i++) {
        readers.add(EventReader.open(sources.get(i), i, rejections));
      }
    } catch (IOException | RuntimeException e) {
      for (EventReader r : readers) {
        try {
          r.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    return new MergedEvents(readers);
  }

  /** The part's first day. */
  public LocalDate from() {
    return from;
  }

  /** The day after the part's last. */
  public LocalDate to() {
    return to;
  }

  /** The agreement measured. */
  public Agreement agreement() {
    return agreement;
  }

  /** How many openings had an item still open at the part's end. */
  public int openAtEnd() {
    return openAtEnd;
  }

  /** How many events the part carries to the merge. */
  public int carriedCount() {
    return carried.size();
  }

  /**
   * Merges consecutive parts of one agreement into the result of the whole range.
   *
   * @param parts the parts in time order, each starting on the day the one before ends, all of
   *     the same agreement
   * @return the result a measurement of all the parts' logs over the whole range gives
   * @throws IllegalArgumentException when the parts are not consecutive or not of one agreement
   */
  public static MeasurementResult merge(List<PartMeasurement> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no part to merge");
    }
    PartMeasurement firstPart = parts.get(0);
    for (int k = 1; k < parts.size(); k++) {
      PartMeasurement p = parts.get(k);
      if (p.agreement != firstPart.agreement) {
        throw new IllegalArgumentException("part " + k + " measures another agreement");
      }
      if (p.byRequester != firstPart.byRequester) {
        throw new IllegalArgumentException("part " + k + " is measured per requester and part 0"
            + " is not, or the other way round");
      }
      if (!p.from.equals(parts.get(k - 1).to)) {
        throw new IllegalArgumentException("part " + k + " starts on " + p.from
            + ", not on " + parts.get(k - 1).to + " where the part before it ends");
      }
    }
    MeasureRange whole = MeasureRange.of(firstPart.from, parts.get(parts.size() - 1).to);
    Rejections rejections = new Rejections(firstPart.keepRejected);
    List<Carried> carried = new ArrayList<>();
    int offset = 0;
    for (PartMeasurement p : parts) {
      rejections.addAll(p.rejections, offset);
      for (Carried c : p.carried) {
        carried.add(new Carried(c.event(), c.sourceIndex() + offset, c.file(), c.line()));
      }
      offset += p.sourceCount;
    }
    // The order a merge of all the logs gives: by time, ties to the log given first, then by line.
    carried.sort(Comparator.comparing((Carried c) -> c.event().at())
        .thenComparingInt(Carried::sourceIndex).thenComparingLong(Carried::line));
    MeasurementRun run = new MeasurementRun(firstPart.agreement, whole, rejections,
        firstPart.byRequester);
    for (Carried c : carried) {
      OneEvent reader = new OneEvent(c, rejections);
      if (reader.advanceInMemory()) {
        run.accept(reader.current(), reader);
      }
    }
    MeasurementResult replayed = run.finish();
    List<ServiceLevelResult> levels = new ArrayList<>();
    for (int i = 0; i < replayed.serviceLevels().size(); i++) {
      ServiceLevelResult r = replayed.serviceLevels().get(i);
      if (!r.measurable() || r.metric().equals(ServiceMetric.CAMERA_AVAILABILITY)) {
        levels.add(r); // every fault is carried: availability comes from the replay alone
        continue;
      }
      List<List<WindowResult>> partWindows = new ArrayList<>();
      for (PartMeasurement p : parts) {
        partWindows.add(p.settled.serviceLevels().get(i).windows());
      }
      levels.add(new ServiceLevelResult(r.id(), r.metric(), addWindows(r.windows(), partWindows),
          r.problem(), addRequesters(r, parts, i)));
    }
    long events = replayed.eventCount();
    for (PartMeasurement p : parts) {
      events += p.settled.eventCount();
    }
    List<MeasurementWarning> warnings = new ArrayList<>(replayed.warnings());
    for (PartMeasurement p : parts) {
      for (MeasurementWarning w : p.settled.warnings()) {
        if (!warnings.contains(w)) {
          warnings.add(w);
        }
      }
    }
    return new MeasurementResult(levels, addIndicators(replayed.indicators(), parts),
        replayed.rejected(), replayed.rejectedCount(), events, warnings);
  }

  /**
   * The windows per requester of the replay and the parts added: every requester any of them
   * has, with the windows of the whole (a requester's windows are the level's windows counting
   * its items only).
   */
  private static Optional<List<RequesterResult>> addRequesters(ServiceLevelResult replayed,
      List<PartMeasurement> parts, int level) {
    if (replayed.byRequester().isEmpty()) {
      return Optional.empty();
    }
    Map<Optional<String>, List<List<WindowResult>>> byRequester = new LinkedHashMap<>();
    for (RequesterResult r : replayed.byRequester().get()) {
      byRequester.computeIfAbsent(r.requester(), k -> new ArrayList<>()).add(r.windows());
    }
    for (PartMeasurement p : parts) {
      Optional<List<RequesterResult>> partRequesters =
          p.settled.serviceLevels().get(level).byRequester();
      if (partRequesters.isEmpty()) {
        return Optional.empty(); // a part left them out at its limit: so does the whole
      }
      for (RequesterResult r : partRequesters.get()) {
        byRequester.computeIfAbsent(r.requester(), k -> new ArrayList<>()).add(r.windows());
      }
    }
    List<WindowResult> empty = new ArrayList<>();
    for (WindowResult w : replayed.windows()) {
      empty.add(new WindowResult(w.start(), w.end(), 0, 0, 0, Optional.empty(), w.target(),
          Optional.empty(), List.of()));
    }
    List<RequesterResult> out = new ArrayList<>();
    byRequester.forEach((requester, windows) ->
        out.add(new RequesterResult(requester, addWindows(empty, windows))));
    return Optional.of(out);
  }

  private static List<WindowResult> addWindows(List<WindowResult> whole,
      List<List<WindowResult>> parts) {
    Map<LocalDateTime, List<WindowResult>> byStart = new HashMap<>();
    for (List<WindowResult> windows : parts) {
      for (WindowResult w : windows) {
        byStart.computeIfAbsent(w.start(), k -> new ArrayList<>()).add(w);
      }
    }
    List<WindowResult> out = new ArrayList<>();
    for (WindowResult w : whole) {
      long met = w.met();
      long missed = w.missed();
      long pending = w.pending();
      List<Breach> breaches = new ArrayList<>(w.worstBreaches());
      Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
      outcomes.putAll(w.outcomes());
      for (WindowResult p : byStart.getOrDefault(w.start(), List.of())) {
        met += p.met();
        missed += p.missed();
        pending += p.pending();
        breaches.addAll(p.worstBreaches());
        p.outcomes().forEach((o, n) -> outcomes.merge(o, n, Long::sum));
      }
      Optional<BigDecimal> attainment = Optional.empty();
      Optional<Boolean> levelMet = Optional.empty();
      if (met + missed > 0) {
        // As DurationLevel.results() computes them.
        attainment = Optional.of(Percent.of(met, met + missed));
        levelMet = Optional.of(BigDecimal.valueOf(met).multiply(Percent.HUNDRED)
            .compareTo(w.target().multiply(BigDecimal.valueOf(met + missed))) >= 0);
      }
      out.add(new WindowResult(w.start(), w.end(), met, missed, pending, attainment, w.target(),
          levelMet, worst(breaches), outcomes));
    }
    return out;
  }

  /**
   * The longest breaches, longest first; among equal ones, the one closed first (an item still
   * open at the end last), as the engine offers them in time order.
   */
  private static List<Breach> worst(List<Breach> all) {
    return all.stream()
        .sorted(Comparator.comparing(Breach::duration, Comparator.reverseOrder())
            .thenComparing(b -> b.closed().orElse(Instant.MAX)))
        .limit(DurationLevel.WORST).toList();
  }

  private static List<IndicatorResult> addIndicators(List<IndicatorResult> whole,
      List<PartMeasurement> parts) {
    List<IndicatorResult> out = new ArrayList<>();
    for (int i = 0; i < whole.size(); i++) {
      Map<LocalDate, Long> counts = new LinkedHashMap<>();
      for (IndicatorResult.Count c : whole.get(i).windows()) {
        counts.put(c.start(), c.count());
      }
      for (PartMeasurement p : parts) {
        for (IndicatorResult.Count c : p.settled.indicators().get(i).windows()) {
          counts.computeIfPresent(c.start(), (k, v) -> v + c.count());
        }
      }
      List<IndicatorResult.Count> windows = new ArrayList<>();
      for (IndicatorResult.Count c : whole.get(i).windows()) {
        windows.add(new IndicatorResult.Count(c.start(), c.end(), counts.get(c.start())));
      }
      out.add(new IndicatorResult(whole.get(i).indicator(), windows));
    }
    return out;
  }

  /**
   * Which openings have an item still open, followed from the events alone, as the engine opens
   * and closes items: a footage request opens an acknowledgement and a delivery, a live-support
   * request one item; a fault is always carried. Keys are the kind and the id, as the engine keeps
   * requests and live requests apart.
   */
  static final class OpenItems {

    private static final int ACK = 1;
    private static final int DELIVERY = 2;
    private static final int LIVE = 4;

    private final Set<String> unsettled;
    private final Map<String, Integer> open = new HashMap<>();
    /** The faults open, so that a clock event on one is carried with it. */
    private final Set<String> openFaults = new HashSet<>();
    /** The keys closed lately, as many as the engine remembers to tell a second close. */
    private final Set<String> closed = Collections.newSetFromMap(new LinkedHashMap<>() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > MeasurementRun.RECENTLY_CLOSED;
      }
    });

    /** @param unsettled the keys the first pass found open at the end (empty in that pass) */
    OpenItems(Set<String> unsettled) {
      this.unsettled = unsettled;
    }

    Set<String> openKeys() {
      return new HashSet<>(open.keySet());
    }

    /**
     * Follows an event.
     *
     * @return whether the part must carry it to the merge
     */
    boolean accept(Event e) {
      EventType t = e.type();
      switch (t) {
        case FAULT_REPORTED -> {
          openFaults.add(e.id());
          return true;
        }
        case FAULT_FIXED -> {
          openFaults.remove(e.ref().orElseThrow());
          return true;
        }
        case CLOCK_STOPPED, CLOCK_RESTARTED -> {
          return clock(e.ref().orElseThrow());
        }
        case FOOTAGE_REQUESTED -> {
          return opening("R:" + e.id(), ACK | DELIVERY);
        }
        case LIVE_SUPPORT_REQUESTED -> {
          return opening("L:" + e.id(), LIVE);
        }
        case REQUEST_ACKNOWLEDGED -> {
          return closing("R:" + e.ref().orElseThrow(), ACK);
        }
        case FOOTAGE_DELIVERED -> {
          // A delivery closes the acknowledgement too when still open (format 1.1 section 5).
          return closing("R:" + e.ref().orElseThrow(), DELIVERY);
        }
        case LIVE_SUPPORT_STARTED -> {
          return closing("L:" + e.ref().orElseThrow(), LIVE);
        }
        default -> {
          return false; // an indicator: counted where it is
        }
      }
    }

    /**
     * A clock event: the engine looks its ref up among the open requests, faults and live-support
     * requests, in that order.
     */
    private boolean clock(String ref) {
      if (open.containsKey("R:" + ref)) {
        return unsettled.contains("R:" + ref);
      }
      if (openFaults.contains(ref)) {
        return true;
      }
      if (open.containsKey("L:" + ref)) {
        return unsettled.contains("L:" + ref);
      }
      // Closed in this part: the part's engine rejects it as one run would. Otherwise its
      // opening is in an earlier part, or nowhere.
      return !closed.contains("R:" + ref) && !closed.contains("L:" + ref);
    }

    private boolean opening(String key, int items) {
      // An id already open is rejected by the engine and opens nothing.
      if (open.putIfAbsent(key, items) == null) {
        closed.remove(key);
      }
      return unsettled.contains(key);
    }

    private boolean closing(String key, int item) {
      Integer items = open.get(key);
      if (items == null) {
        // Closed in this part already: a second close, which the part's engine rejects as one.
        // Otherwise its opening is in an earlier part, or nowhere: the merge matches or rejects it.
        return !closed.contains(key) || unsettled.contains(key);
      }
      if ((items & item) == 0) {
        return unsettled.contains(key); // a second close of an item of a request still open
      }
      if (items == item || item == DELIVERY) {
        open.remove(key);
        closed.add(key);
      } else {
        open.put(key, items & ~item);
      }
      return unsettled.contains(key);
    }
  }

  /** Replays one carried event with its own file, source and line for the engine's findings. */
  private static final class OneEvent extends EventReader {

    private final Carried carried;
    private boolean read;

    OneEvent(Carried carried, Rejections rejections) {
      super(carried.file(), carried.sourceIndex(), rejections);
      this.carried = carried;
    }

    /** As {@link #advance()}, which reads nothing here, so cannot fail. */
    boolean advanceInMemory() {
      try {
        return advance();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e); // next() reads from memory: never happens
      }
    }

    @Override
    Event next() {
      if (read) {
        return null;
      }
      read = true;
      return carried.event();
    }

    @Override
    long position() {
      return carried.line();
    }

    @Override
    public void close() {
      // Nothing to release.
    }
  }

  @Override
  public String toString() {
    return "part " + from + " to " + to + " (" + carried.size() + " events carried)";
  }
}
