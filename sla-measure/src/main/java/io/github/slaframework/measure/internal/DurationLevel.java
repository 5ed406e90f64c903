package io.github.slaframework.measure.internal;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.measure.Breach;
import io.github.slaframework.measure.Outcome;
import io.github.slaframework.measure.WindowResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tallies of one duration service level: met, missed and pending items per window. */
final class DurationLevel {

  /** How many breaches each window keeps. */
  static final int WORST = 5;

  /** Longer than any clock change ever made (Samoa skipped a whole day in 2011). */
  private static final long CLOCK_CHANGE_MARGIN = 25 * 3600L;

  final String id;
  final ServiceMetric metric;
  final WindowSeries series;
  private final Priority only;
  private final BigDecimal target;
  private final IsoPeriod threshold;
  private final boolean elapsed;
  private final Duration elapsedThreshold;
  /** For a threshold of whole days only: its nominal length in seconds; else -1. */
  private final long nominalDaySeconds;
  /** The deadlines of a WORKING_DAYS objective (format 1.1), or {@code null} for ELAPSED. */
  WorkingDays workingDays;

  private final Tally overall;
  /** Per requester ({@code null} key: no requester), or {@code null} when not asked for. */
  private Map<String, Tally> byRequester;
  /** The cells per requester left to all the levels of a measurement. */
  private final RequesterBudget requesterBudget;

  DurationLevel(String id, ServiceMetric metric, WindowSeries series, Priority only,
      BigDecimal target, IsoPeriod threshold, RequesterBudget requesterBudget) {
    this.id = id;
    this.overall = new Tally(null);
    this.requesterBudget = requesterBudget;
    this.byRequester = requesterBudget == null ? null : new HashMap<>();
    this.metric = metric;
    this.series = series;
    this.only = only;
    this.target = target;
    this.threshold = threshold;
    this.elapsed = threshold.isTimeBased();
    this.elapsedThreshold = threshold.timePart();
    this.nominalDaySeconds =
        !elapsed && threshold.timePart().isZero() && threshold.datePart().getMonths() == 0
            && threshold.datePart().getYears() == 0
            ? threshold.datePart().getDays() * 86_400L
            : -1;
  }

  /** The deadline of an item opened at an instant (format 1.0 section 6). */
  Instant deadline(Instant opened) {
    if (workingDays != null) {
      return workingDays.deadline(opened);
    }
    if (elapsed) {
      return opened.plus(elapsedThreshold);
    }
    ZonedDateTime local = opened.atZone(series.zone);
    LocalDateTime due = local.toLocalDateTime().plus(threshold.datePart())
        .plus(threshold.timePart());
    return ZonedDateTime.ofLocal(due, series.zone, local.getOffset()).toInstant();
  }

  private boolean metBy(Instant opened, Instant closed) {
    if (nominalDaySeconds >= 0 && workingDays == null) {
      long took = closed.getEpochSecond() - opened.getEpochSecond();
      if (took < nominalDaySeconds - CLOCK_CHANGE_MARGIN) {
        return true;
      }
      if (took > nominalDaySeconds + CLOCK_CHANGE_MARGIN) {
        return false;
      }
    }
    return !closed.isAfter(deadline(opened));
  }

  private int window(Instant opened, Priority priority) {
    if (only != null && priority != only) {
      return -1;
    }
    long sec = opened.getEpochSecond();
    if (!series.inRange(sec)) {
      return -1;
    }
    return series.indexOf(sec);
  }

  /**
   * Counts an item closed at an instant, with an outcome ({@link Outcome#WITHDRAWN}: neither met
   * nor missed); its deadline is later by the time its clock was stopped.
   */
  void closed(String itemId, OpenItem item, String closeId, Instant closed, Outcome outcome) {
    int w = window(item.at, item.priority);
    if (w < 0) {
      return;
    }
    if (series.rangeEndKnown() && closed.getEpochSecond() >= series.rangeEndSec()) {
      // Closed after an explicit --to: it was still open when the range ended.
      countOpenAtEnd(w, itemId, item, Instant.ofEpochSecond(series.rangeEndSec()));
      return;
    }
    Breach breach = null;
    int result;
    if (!outcome.counts()) {
      result = WITHDRAWN;
    } else if (metBy(item.at, closed.minus(item.stoppedUntil(closed)))) {
      result = MET;
    } else {
      result = MISSED;
      breach = new Breach(itemId, Optional.of(closeId), item.at, Optional.of(closed),
          Duration.between(item.at, closed));
    }
    count(w, item.requester, result, outcome, breach);
  }

  /** Counts an item still open when the range ends. */
  void openAtEnd(String itemId, OpenItem item, Instant rangeEnd) {
    int w = window(item.at, item.priority);
    if (w >= 0) {
      countOpenAtEnd(w, itemId, item, rangeEnd);
    }
  }

  private void countOpenAtEnd(int w, String itemId, OpenItem item, Instant rangeEnd) {
    // Past the deadline moved by the stopped time: an item stopped after its deadline had
    // passed stays missed; any other item still stopped at the end is pending.
    if (deadline(item.at).isBefore(rangeEnd.minus(item.stoppedUntil(rangeEnd)))) {
      count(w, item.requester, MISSED, null, new Breach(itemId, Optional.empty(), item.at,
          Optional.empty(), Duration.between(item.at, rangeEnd)));
    } else {
      count(w, item.requester, PENDING, null, null);
    }
  }

  private static final int MET = 0;
  private static final int MISSED = 1;
  private static final int PENDING = 2;
  private static final int WITHDRAWN = 3;

  private void count(int w, String requester, int result, Outcome outcome, Breach breach) {
    overall.count(w, result, outcome, breach);
    if (byRequester != null && requesterBudget.isExceeded()) {
      byRequester = null; // past the limit: give the memory back
    }
    if (byRequester != null) {
      Tally t = byRequester.get(requester);
      if (t == null) {
        t = new Tally(requesterBudget);
        byRequester.put(requester, t);
      }
      if (!t.count(w, result, outcome, breach)) {
        requesterBudget.exceeded();
      }
    }
  }

  /** The requesters that have an item in this level, or {@code null} when not kept. */
  Map<String, Tally> requesters() {
    return byRequester;
  }

  /** The windows of the level, all requesters together. */
  List<WindowResult> results() {
    return overall.results();
  }

  /** One set of per-window counts: all items of a level, or those of one requester. */
  final class Tally {
    private final RequesterBudget budget;
    private long[] met;
    private long[] missed;
    private long[] pending;
    /** Per outcome, per window: the items closed with it. */
    private final long[][] outcomes = new long[Outcome.values().length][];
    private Breach[][] worst;

    Tally(RequesterBudget budget) {
      this.budget = budget;
      int n = budget == null ? 16 : 0;
      met = new long[n];
      missed = new long[n];
      pending = new long[n];
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] = new long[n];
      }
      worst = new Breach[n][];
    }

    /** Counts an item; {@code false} when the budget of a requester's tally ran out. */
    boolean count(int w, int result, Outcome outcome, Breach breach) {
      if (!ensure(w)) {
        return false;
      }
      switch (result) {
        case MET -> met[w]++;
        case MISSED -> missed[w]++;
        case PENDING -> pending[w]++;
        default -> { }
      }
      if (outcome != null) {
        outcomes[outcome.ordinal()][w]++;
      }
      if (breach != null) {
        offer(w, breach);
      }
      return true;
    }

    private boolean ensure(int w) {
      if (w >= met.length) {
        int n = Math.max(w + 1, met.length * 2);
        if (budget != null) {
          n = Math.max(w + 1, Math.min(n, series.count()));
          if (!budget.take(n - met.length)) {
            return false;
          }
        }
        met = Arrays.copyOf(met, n);
        missed = Arrays.copyOf(missed, n);
        pending = Arrays.copyOf(pending, n);
        for (int i = 0; i < outcomes.length; i++) {
          outcomes[i] = Arrays.copyOf(outcomes[i], n);
        }
        worst = Arrays.copyOf(worst, n);
      }
      return true;
    }

    private void offer(int w, Breach b) {
      Breach[] top = worst[w];
      if (top == null) {
        top = new Breach[WORST];
        worst[w] = top;
      }
      int i = WORST - 1;
      if (top[i] != null && top[i].duration().compareTo(b.duration()) >= 0) {
        return;
      }
      while (i > 0 && (top[i - 1] == null || top[i - 1].duration().compareTo(b.duration()) < 0)) {
        top[i] = top[i - 1];
        i--;
      }
      top[i] = b;
    }

    private long at(long[] counts, int k) {
      return k < counts.length ? counts[k] : 0;
    }

    List<WindowResult> results() {
      List<WindowResult> out = new ArrayList<>(series.count());
      boolean turnaround = metric.equals(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND);
      for (int k = 0; k < series.count(); k++) {
        long m = at(met, k);
        long x = at(missed, k);
        Optional<BigDecimal> attainment = Optional.empty();
        Optional<Boolean> levelMet = Optional.empty();
        if (m + x > 0) {
          attainment = Optional.of(Percent.of(m, m + x));
          levelMet = Optional.of(BigDecimal.valueOf(m).multiply(Percent.HUNDRED)
              .compareTo(target.multiply(BigDecimal.valueOf(m + x))) >= 0);
        }
        List<Breach> breaches = new ArrayList<>();
        if (k < worst.length && worst[k] != null) {
          for (Breach b : worst[k]) {
            if (b != null) {
              breaches.add(b);
            }
          }
        }
        // Only a turnaround window has outcomes (format 1.1 section 5): the acknowledgement
        // item a delivery closes is counted, not tallied by outcome.
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        if (turnaround) {
          for (Outcome o : Outcome.values()) {
            long c = at(outcomes[o.ordinal()], k);
            if (c > 0) {
              byOutcome.put(o, c);
            }
          }
        }
        out.add(new WindowResult(series.localStart(k), series.localStart(k + 1), m, x,
            at(pending, k), attainment, target, levelMet, breaches, byOutcome));
      }
      return out;
    }

    /** Whether any window holds an item of this tally (met, missed, pending or withdrawn). */
    boolean hasItems() {
      int n = Math.min(met.length, series.count());
      for (int k = 0; k < n; k++) {
        if (met[k] + missed[k] + pending[k] + outcomes[Outcome.WITHDRAWN.ordinal()][k] > 0) {
          return true;
        }
      }
      return false;
    }
  }
}
