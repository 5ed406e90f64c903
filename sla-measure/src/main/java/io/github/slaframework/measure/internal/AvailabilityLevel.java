package io.github.slaframework.measure.internal;

import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.measure.WindowResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The downtime of one camera-availability service level per window. */
final class AvailabilityLevel {

  final String id;
  final WindowSeries series;
  private final int cameras;
  private final ObjectiveOperator operator;
  private final BigDecimal threshold;
  /** Per window: downtime of intervals that begin or end inside it. */
  private long[] partialMillis = new long[16];
  /** Differences of the number of intervals covering each window whole. */
  private long[] wholeDiff = new long[16];
  private long rangeEndMs = Long.MAX_VALUE;

  AvailabilityLevel(String id, WindowSeries series, int cameras, ObjectiveOperator operator,
      BigDecimal threshold) {
    this.id = id;
    this.series = series;
    this.cameras = cameras;
    this.operator = operator;
    this.threshold = threshold;
  }

  /**
   * Adds a camera's down interval [from, to) in epoch milliseconds, clipped to the range. Work is
   * constant per interval, whatever the number of windows it spans: the windows wholly inside it
   * are counted in a difference array, so a hundred thousand cameras down across ten thousand
   * windows cost as little as one.
   */
  void down(long fromMs, long toMs) {
    if (!series.anchored()) {
      return;
    }
    long start = Math.max(fromMs, series.rangeStartSec() * 1000);
    long end = Math.min(toMs, rangeEndMs);
    if (end <= start) {
      return;
    }
    // A fault fixed after the range (or with no event since it began) spans windows no event
    // has created yet: create them, up to the range end (or the window limit) at most.
    series.cover(Math.floorDiv(end - 1, 1000));
    int n = series.count();
    if (n == 0) {
      return;
    }
    start = Math.max(start, series.startSec(0) * 1000);
    end = Math.min(end, series.endSec(n - 1) * 1000);
    if (end <= start) {
      return;
    }
    int first = series.indexOf(Math.floorDiv(start, 1000));
    int last = series.indexOf(Math.floorDiv(end - 1, 1000));
    ensure(last + 1);
    if (first == last) {
      partialMillis[first] += end - start;
      return;
    }
    partialMillis[first] += series.endSec(first) * 1000 - start;
    partialMillis[last] += end - series.startSec(last) * 1000;
    wholeDiff[first + 1]++;
    wholeDiff[last]--;
  }

  private void ensure(int n) {
    if (n > partialMillis.length) {
      int size = Math.max(n, partialMillis.length * 2);
      partialMillis = Arrays.copyOf(partialMillis, size);
      wholeDiff = Arrays.copyOf(wholeDiff, size);
    }
  }

  /** Sets the end of the range in epoch milliseconds; downtime after it is not counted. */
  void endRange(long endMs) {
    rangeEndMs = endMs;
  }

  List<WindowResult> results() {
    List<WindowResult> out = new ArrayList<>(series.count());
    ensure(series.count());
    long whole = 0;
    for (int k = 0; k < series.count(); k++) {
      whole += wholeDiff[k];
      long ws = Math.max(series.startSec(k), series.rangeStartSec()) * 1000;
      long we = Math.min(series.endSec(k) * 1000, rangeEndMs);
      long span = Math.max(0, we - ws);
      BigDecimal cameraTime = BigDecimal.valueOf(span).multiply(BigDecimal.valueOf(cameras));
      BigDecimal downMillis = BigDecimal.valueOf(partialMillis[k]).add(BigDecimal.valueOf(whole)
          .multiply(BigDecimal.valueOf((series.endSec(k) - series.startSec(k)) * 1000)));
      BigDecimal up = cameraTime.subtract(downMillis).max(BigDecimal.ZERO);
      BigDecimal shown = span == 0
          ? Percent.HUNDRED
          : Percent.plain(up.multiply(Percent.HUNDRED).divide(cameraTime, 2, RoundingMode.DOWN));
      int cmp = span == 0
          ? Percent.HUNDRED.compareTo(threshold)
          : up.multiply(Percent.HUNDRED).compareTo(threshold.multiply(cameraTime));
      boolean met = operator == ObjectiveOperator.AT_LEAST ? cmp >= 0 : cmp <= 0;
      out.add(new WindowResult(series.localStart(k), series.localStart(k + 1), 0, 0, 0,
          Optional.of(shown), threshold, Optional.of(met), List.of()));
    }
    return out;
  }
}
