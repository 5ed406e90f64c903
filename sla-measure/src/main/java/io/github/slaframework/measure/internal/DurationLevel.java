package io.github.slaframework.measure.internal;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.measure.Breach;
import io.github.slaframework.measure.WindowResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  private long[] met = new long[16];
  private long[] missed = new long[16];
  private long[] pending = new long[16];
  private Breach[][] worst = new Breach[16][];

  DurationLevel(String id, ServiceMetric metric, WindowSeries series, Priority only,
      BigDecimal target, IsoPeriod threshold) {
    this.id = id;
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

  /** Counts an item closed at an instant. */
  void closed(String itemId, Instant opened, Priority priority, String closeId, Instant closed) {
    int w = window(opened, priority);
    if (w < 0) {
      return;
    }
    if (series.rangeEndKnown() && closed.getEpochSecond() >= series.rangeEndSec()) {
      // Closed after an explicit --to: it was still open when the range ended.
      countOpenAtEnd(w, itemId, opened, Instant.ofEpochSecond(series.rangeEndSec()));
      return;
    }
    ensure(w);
    if (metBy(opened, closed)) {
      met[w]++;
    } else {
      missed[w]++;
      offer(w, new Breach(itemId, Optional.of(closeId), opened, Optional.of(closed),
          Duration.between(opened, closed)));
    }
  }

  /** Counts an item still open when the range ends. */
  void openAtEnd(String itemId, Instant opened, Priority priority, Instant rangeEnd) {
    int w = window(opened, priority);
    if (w >= 0) {
      countOpenAtEnd(w, itemId, opened, rangeEnd);
    }
  }

  private void countOpenAtEnd(int w, String itemId, Instant opened, Instant rangeEnd) {
    ensure(w);
    if (deadline(opened).isBefore(rangeEnd)) {
      missed[w]++;
      offer(w, new Breach(itemId, Optional.empty(), opened, Optional.empty(),
          Duration.between(opened, rangeEnd)));
    } else {
      pending[w]++;
    }
  }

  private void ensure(int w) {
    if (w >= met.length) {
      int n = Math.max(w + 1, met.length * 2);
      met = Arrays.copyOf(met, n);
      missed = Arrays.copyOf(missed, n);
      pending = Arrays.copyOf(pending, n);
      worst = Arrays.copyOf(worst, n);
    }
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

  List<WindowResult> results() {
    List<WindowResult> out = new ArrayList<>(series.count());
    ensure(series.count());
    for (int k = 0; k < series.count(); k++) {
      long m = met[k];
      long x = missed[k];
      Optional<BigDecimal> attainment = Optional.empty();
      Optional<Boolean> levelMet = Optional.empty();
      if (m + x > 0) {
        attainment = Optional.of(Percent.of(m, m + x));
        levelMet = Optional.of(BigDecimal.valueOf(m).multiply(Percent.HUNDRED)
            .compareTo(target.multiply(BigDecimal.valueOf(m + x))) >= 0);
      }
      List<Breach> breaches = new ArrayList<>();
      if (worst[k] != null) {
        for (Breach b : worst[k]) {
          if (b != null) {
            breaches.add(b);
          }
        }
      }
      out.add(new WindowResult(series.localStart(k), series.localStart(k + 1), m, x, pending[k],
          attainment, target, levelMet, breaches));
    }
    return out;
  }
}
