package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.measure.internal.PartMeasurement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One part of a measurement split by time, such as a month, that {@link MeasurementResult#merge}
 * combines with the parts next to it into exactly the result of the whole range. Made by
 * {@link ServiceLevelMeter#measurePart}. Immutable.
 *
 * <p>A part settles every item opened and closed within it. It carries to the merge what it cannot
 * settle: the items still open at its end (with the events about them), the closings that match no
 * item open in it (their openings are in an earlier part) and the fault events (camera
 * availability is a union of fault intervals, not a sum). Its memory is bounded by those, not by
 * its events.
 *
 * <pre>{@code
 * ServiceLevelMeter meter = ServiceLevelMeter.of(agreement);
 * MeasurementPart april = meter.measurePart(List.of(EventSource.of(Path.of("2025-04.jsonl"))),
 *     MeasureRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1)));
 * MeasurementPart may = meter.measurePart(List.of(EventSource.of(Path.of("2025-05.jsonl"))),
 *     MeasureRange.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1)));
 * MeasurementResult both = MeasurementResult.merge(List.of(april, may));
 * }</pre>
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class MeasurementPart {

  private final PartMeasurement part;

  MeasurementPart(PartMeasurement part) {
    this.part = Objects.requireNonNull(part, "part");
  }

  PartMeasurement internal() {
    return part;
  }

  /**
   * The part's first day.
   *
   * @return the date, from local midnight
   */
  public LocalDate from() {
    return part.from();
  }

  /**
   * The day after the part's last.
   *
   * @return the date, exclusive
   */
  public LocalDate to() {
    return part.to();
  }

  /**
   * How many openings (requests, live-support requests) still had an item open at the part's end.
   *
   * @return the count
   */
  public int openAtEnd() {
    return part.openAtEnd();
  }

  /**
   * How many events the part carries to a merge: the events of the items open at its end, the
   * closings it could not match and the fault events.
   *
   * @return the count
   */
  public int carriedCount() {
    return part.carriedCount();
  }

  /**
   * The part's own result: what measuring its logs alone over its range gives (the merge of this
   * part alone).
   *
   * @return the result, never null
   */
  public MeasurementResult result() {
    return MeasurementResult.merge(List.of(this));
  }

  @Override
  public String toString() {
    return part.toString();
  }
}
