package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.measure.internal.EventReader;
import io.github.slaframework.measure.internal.MeasurementRun;
import io.github.slaframework.measure.internal.MergedEvents;
import io.github.slaframework.measure.internal.Rejections;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Measures an agreement's service levels from event logs (format 1.0 section 6). Immutable and
 * thread-safe: build one per agreement and measure as often as needed.
 *
 * <p>The logs are read once, as streams, merged by time; memory holds only the items still open
 * and per-window tallies, so a log of millions of events measures in a small, bounded heap. Bad
 * lines never stop a measurement: each becomes a finding (see {@link SourceFindings}).
 *
 * <p>Events already in memory are measured from {@link EventSource#of(Iterable)}, or pushed one at
 * a time into a {@link #session(MeasureRange) session}; both give the results a log of the same
 * events gives.
 *
 * <pre>{@code
 * MeasurementResult result = ServiceLevelMeter.of(agreement)
 *     .measure(List.of(EventSource.of(Path.of("events.jsonl"))), MeasureRange.ALL);
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class ServiceLevelMeter {

  /** How many rejected lines a result keeps by default; all are counted. */
  public static final int MAX_REJECTED_KEPT = 10_000;

  private final Agreement agreement;
  private final int keepRejected;
  private final boolean byRequester;

  private ServiceLevelMeter(Agreement agreement, int keepRejected, boolean byRequester) {
    this.agreement = Objects.requireNonNull(agreement, "agreement");
    this.keepRejected = keepRejected;
    this.byRequester = byRequester;
  }

  /**
   * A meter for an agreement's service levels.
   *
   * @param agreement the agreement, never null
   * @return the meter
   */
  public static ServiceLevelMeter of(Agreement agreement) {
    return new ServiceLevelMeter(agreement, MAX_REJECTED_KEPT, false);
  }

  /**
   * A meter that keeps at most a given number of rejected lines in its results (all are still
   * counted in {@link MeasurementResult#rejectedCount()}).
   *
   * @param keep how many to keep, at least 0
   * @return a meter like this one
   */
  public ServiceLevelMeter keepingRejected(int keep) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep must not be negative: " + keep);
    }
    return new ServiceLevelMeter(agreement, keep, byRequester);
  }

  /**
   * A meter that also measures every duration service level per requester (format 1.1 section
   * 5, {@code sla measure --by requester}): {@link ServiceLevelResult#byRequester()} then lists,
   * for each requester with at least one item in the service level (the items of opening events
   * without requester together, last), the same windows counting only that requester's items.
   * When these figures would take more than {@link MeasurementLimits#MAX_WINDOWS} windows in all
   * service levels together, they are left out and the result has a
   * {@link MeasurementWarning#LIMIT} warning; the overall figures are unchanged.
   *
   * @return a meter like this one that measures per requester too
   * @since 0.2.0
   */
  public ServiceLevelMeter byRequester() {
    return new ServiceLevelMeter(agreement, keepRejected, true);
  }

  /**
   * Measures event logs over a range.
   *
   * @param sources the logs, each in time order, never null; ties between logs go to the log
   *     given first
   * @param range the range, never null
   * @return the result, never null
   * @throws IOException when a log cannot be opened or read
   */
  public MeasurementResult measure(List<EventSource> sources, MeasureRange range)
      throws IOException {
    Objects.requireNonNull(range, "range");
    Rejections rejections = new Rejections(keepRejected);
    MeasurementRun run = new MeasurementRun(agreement, range, rejections, byRequester);
    List<EventReader> readers = new ArrayList<>(sources.size());
    try {
      for (int i = 0; i < sources.size(); i++) {
        readers.add(EventReader.open(sources.get(i), i, rejections));
      }
    } catch (IOException | RuntimeException e) {
      closeQuietly(readers, e);
      throw e;
    }
    try (MergedEvents merged = new MergedEvents(readers)) {
      while (merged.advance()) {
        EventReader head = merged.head();
        run.accept(head.current(), head);
      }
    }
    return run.finish();
  }

  /**
   * Starts a measurement fed one event at a time; see {@link MeasurementSession}. The meter stays
   * as it is: a session is a new, single-threaded object, and one meter can run any number of
   * sessions, in any threads, at once. Rejected events are reported under the name
   * {@code events}.
   *
   * @param range the range, never null
   * @return a new session
   * @since 0.2.0
   */
  public MeasurementSession session(MeasureRange range) {
    return session(EventSource.MEMORY, range);
  }

  /**
   * Starts a measurement fed one event at a time, naming its events in rejected-event findings.
   *
   * @param name the name reported with rejected events, never null
   * @param range the range, never null
   * @return a new session
   * @since 0.2.0
   */
  public MeasurementSession session(String name, MeasureRange range) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(range, "range");
    Rejections rejections = new Rejections(keepRejected);
    return new MeasurementSession(name,
        new MeasurementRun(agreement, range, rejections, byRequester), rejections);
  }

  /**
   * Measures log files over a range; a file named {@code *.csv} is CSV, any other JSON Lines.
   *
   * @param files the files, never null
   * @param range the range, never null
   * @return the result, never null
   * @throws IOException when a file cannot be opened or read
   */
  public MeasurementResult measureFiles(List<Path> files, MeasureRange range) throws IOException {
    return measure(files.stream().map(EventSource::of).toList(), range);
  }

  private static void closeQuietly(List<EventReader> readers, Exception cause) {
    for (EventReader r : readers) {
      try {
        r.close();
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
