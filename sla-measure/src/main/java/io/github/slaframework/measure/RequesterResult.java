package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The measurement of one service level for the items of one requester (format 1.1 section 5,
 * {@code sla measure --by requester}): the same windows as the service level's, counting only
 * the items whose opening event names this requester.
 *
 * @param requester the requester as the opening events wrote it, or empty for the items of
 *     opening events without one
 * @param windows every window of the service level, in time order, never null
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public record RequesterResult(Optional<String> requester, List<WindowResult> windows) {

  /**
   * The order of requesters in a result and in every report: by requester, comparing the
   * strings by UTF-16 code unit ({@link String#compareTo}), so the order does not depend on a
   * locale; the items without requester last.
   */
  public static final Comparator<RequesterResult> ORDER = Comparator.comparing(
      (RequesterResult r) -> r.requester().orElse(null),
      Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * One requester's measurement.
   *
   * @param requester the requester, or empty, never null
   * @param windows the windows, never null
   */
  public RequesterResult {
    Objects.requireNonNull(requester, "requester");
    windows = List.copyOf(windows);
  }
}
