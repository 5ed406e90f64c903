package io.github.slaframework.measure.internal;

import io.github.slaframework.measure.RejectedLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects rejected lines: all are counted, the first {@code keep} are kept. */
public final class Rejections {

  private final int keep;
  private final List<Entry> kept = new ArrayList<>();
  private long count;

  private record Entry(int sourceIndex, RejectedLine line) {}

  /**
   * A collector.
   *
   * @param keep how many rejected lines to keep
   */
  public Rejections(int keep) {
    this.keep = keep;
  }

  void reject(int sourceIndex, String file, long line, String reason) {
    count++;
    if (kept.size() < keep) {
      kept.add(new Entry(sourceIndex, new RejectedLine(file, line, reason)));
    }
  }

  /**
   * The number of rejected lines.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * The kept lines in source and line order.
   *
   * @return the lines
   */
  public List<RejectedLine> sorted() {
    return kept.stream()
        .sorted(Comparator.comparingInt(Entry::sourceIndex)
            .thenComparingLong(e -> e.line().line()))
        .map(Entry::line)
        .toList();
  }
}
