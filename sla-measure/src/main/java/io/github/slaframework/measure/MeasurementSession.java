package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.measure.internal.MeasurementRun;
import io.github.slaframework.measure.internal.Rejections;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A measurement fed one event at a time, for a system that has its events in memory or gets
 * them as they happen (a control room's message queue, a database cursor): {@link #accept} each
 * event in time order, then take the {@link #result()}. The result is the same as measuring a
 * log of the same events, line by line, with {@link ServiceLevelMeter#measure}.
 *
 * <pre>{@code
 * MeasurementSession session = ServiceLevelMeter.of(agreement).session(MeasureRange.ALL);
 * for (Event e : events) {
 *   session.accept(e);
 * }
 * MeasurementResult result = session.result();
 * }</pre>
 *
 * <p><b>Not thread-safe:</b> a session belongs to one thread at a time (hand it over with the
 * usual happens-before, e.g. through a queue). The {@link ServiceLevelMeter} that makes sessions
 * is immutable and thread-safe: each thread takes its own session.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class MeasurementSession {

  private final String name;
  private final Rejections rejections;
  private final MeasurementRun run;
  private long position;
  private MeasurementResult result;

  MeasurementSession(String name, MeasurementRun run, Rejections rejections) {
    this.name = name;
    this.run = run;
    this.rejections = rejections;
  }

  /**
   * Measures the next event. An event earlier than the one before, a close of nothing, a second
   * close and the like are rejected exactly as the same line of a log would be: the result lists
   * them as findings of the source named after the session, their "line" being the event's
   * 1-based position among those accepted so far.
   *
   * @param event the event, not earlier than the one before, never null
   * @return {@code true} when the event was measured, {@code false} when it was rejected
   * @throws IllegalStateException after {@link #result()}
   */
  public boolean accept(Event event) {
    Objects.requireNonNull(event, "event");
    if (result != null) {
      throw new IllegalStateException("the session has ended: its result was taken");
    }
    return run.push(event, name, ++position);
  }

  /**
   * Ends the session and gives its result: the windows up to the range end (or the last event),
   * items still open judged as missed or pending. Later calls return the same result.
   *
   * @return the result, never null
   */
  public MeasurementResult result() {
    if (result == null) {
      result = run.finish();
    }
    return result;
  }

  /**
   * How many events were rejected so far.
   *
   * @return the count
   */
  public long rejectedCount() {
    return rejections.count();
  }
}
