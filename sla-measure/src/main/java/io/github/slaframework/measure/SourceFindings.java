package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.report.Finding;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The rejected lines of one event source, each a {@link Finding} like those of validation: its
 * code (see {@link EventFindingCodes}), severity {@code ERROR}, a JSON Pointer to the field of the
 * event that was wrong (or {@code ""} for the whole line), the line and column as its
 * {@link Finding#location() location}, and a message that never echoes more than a short,
 * escaped excerpt of the line. For an in-memory source ({@link EventSource#of(Iterable)}) or a
 * {@link MeasurementSession}, the "line" is the event's 1-based position.
 *
 * @param source the name of the event source, never null
 * @param findings the findings in line order, never null
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public record SourceFindings(String source, List<Finding> findings) {

  /**
   * The findings of one source.
   *
   * @param source the name of the event source, never null
   * @param findings the findings in line order, never null; copied
   */
  public SourceFindings {
    Objects.requireNonNull(source, "source");
    findings = List.copyOf(findings);
  }
}
