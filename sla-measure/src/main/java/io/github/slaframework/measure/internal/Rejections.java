package io.github.slaframework.measure.internal;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceLocation;
import io.github.slaframework.measure.SourceFindings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects rejected lines as findings: all are counted, the first {@code keep} are kept. */
public final class Rejections {

  private final int keep;
  private final List<Entry> kept = new ArrayList<>();
  private long count;

  private record Entry(int sourceIndex, String source, long line, Finding finding) {}

  /**
   * A collector.
   *
   * @param keep how many rejected lines to keep
   */
  public Rejections(int keep) {
    this.keep = keep;
  }

  /**
   * Rejects a line.
   *
   * @param sourceIndex the source's position among the sources
   * @param source the source's name
   * @param line the 1-based line (or position of an in-memory event)
   * @param column the 1-based column the problem starts at, 1 when it is the whole line
   * @param code the finding code
   * @param path the JSON Pointer of the event's field, or {@code ""}
   * @param message why
   */
  void reject(int sourceIndex, String source, long line, int column, String code, String path,
      String message) {
    count++;
    if (kept.size() < keep) {
      // A SourceLocation holds an int: a log of more than 2^31 lines reports its last lines at
      // the largest line number rather than failing the measurement.
      int at = (int) Math.min(Math.max(line, 1), Integer.MAX_VALUE);
      Finding finding = Finding.builder()
          .severity(Severity.ERROR)
          .code(code)
          .path(path)
          .location(new SourceLocation(at, Math.max(column, 1)))
          .message(message)
          .build();
      kept.add(new Entry(sourceIndex, source, line, finding));
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
   * The kept findings, grouped by source in source order, each group in line order.
   *
   * @return the groups, one per source with kept findings
   */
  public List<SourceFindings> bySource() {
    List<Entry> sorted = kept.stream()
        .sorted(Comparator.comparingInt(Entry::sourceIndex).thenComparingLong(Entry::line))
        .toList();
    List<SourceFindings> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int start = i;
      int source = sorted.get(i).sourceIndex();
      List<Finding> findings = new ArrayList<>();
      while (i < sorted.size() && sorted.get(i).sourceIndex() == source) {
        findings.add(sorted.get(i++).finding());
      }
      out.add(new SourceFindings(sorted.get(start).source(), findings));
    }
    return out;
  }

  /**
   * Adds another measurement's rejected lines (a part of a measurement split by time), its sources
   * numbered after {@code offset} sources, keeping at most this one's limit.
   *
   * @param other the other's rejections
   * @param offset how many sources come before the other's
   */
  void addAll(Rejections other, int offset) {
    count += other.count;
    for (Entry e : other.kept) {
      if (kept.size() < keep) {
        kept.add(new Entry(e.sourceIndex() + offset, e.source(), e.line(), e.finding()));
      }
    }
  }
}
