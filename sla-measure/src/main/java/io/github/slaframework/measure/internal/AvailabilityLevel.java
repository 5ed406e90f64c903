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
  private long[] downMillis = new long[16];
  private long rangeEndMs = Long.MAX_VALUE;

  AvailabilityLevel(String id, WindowSeries series, int cameras, ObjectiveOperator operator,
      BigDecimal threshold) {
    this.id = id;
    this.series = series;
    this.cameras = cameras;
    this.operator = operator;
    this.threshold = threshold;
  }

  /** Adds a camera's down interval [from, to) in epoch milliseconds, clipped to the range. */
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
    // has created yet: create them, up to the range end at most.
    series.cover(Math.floorDiv(end - 1, 1000));
    int k = series.indexOf(Math.floorDiv(start, 1000));
    if (k < 0) {
      k = 0;
    }
    for (; k < series.count(); k++) {
      long ws = series.startSec(k) * 1000;
      long we = series.endSec(k) * 1000;
      if (ws >= end) {
        break;
      }
      long overlap = Math.min(we, end) - Math.max(ws, start);
      if (overlap > 0) {
        if (k >= downMillis.length) {
          downMillis = Arrays.copyOf(downMillis, Math.max(k + 1, downMillis.length * 2));
        }
        downMillis[k] += overlap;
      }
    }
  }

  /** Sets the end of the range in epoch milliseconds; downtime after it is not counted. */
  void endRange(long endMs) {
    rangeEndMs = endMs;
  }

  List<WindowResult> results() {
    List<WindowResult> out = new ArrayList<>(series.count());
    if (downMillis.length < series.count()) {
      downMillis = Arrays.copyOf(downMillis, series.count());
    }
    for (int k = 0; k < series.count(); k++) {
      long ws = Math.max(series.startSec(k), series.rangeStartSec()) * 1000;
      long we = Math.min(series.endSec(k) * 1000, rangeEndMs);
      long span = Math.max(0, we - ws);
      BigDecimal cameraTime = BigDecimal.valueOf(span).multiply(BigDecimal.valueOf(cameras));
      BigDecimal up = cameraTime.subtract(BigDecimal.valueOf(downMillis[k])).max(BigDecimal.ZERO);
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
