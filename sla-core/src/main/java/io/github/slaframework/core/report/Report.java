package io.github.slaframework.core.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * All findings about one document, in document order: the answer to "is this valid, and if not,
 * where and why?". Immutable and thread-safe.
 *
 * <p>Findings are ordered by source location, and findings without one by JSON Pointer (array
 * indexes compared as numbers), so a report read from text reads top to bottom like the document.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class Report {

  private static final Report EMPTY = new Report(List.of());

  /**
   * Document order, a total order: located findings first, by line and column; then findings
   * without a location, by JSON Pointer (array indexes compared as numbers); ties by code.
   */
  public static final Comparator<Finding> DOCUMENT_ORDER =
      (a, b) -> {
        boolean al = a.location().isPresent();
        boolean bl = b.location().isPresent();
        if (al != bl) {
          return al ? -1 : 1;
        }
        if (al) {
          int byLocation = a.location().get().compareTo(b.location().get());
          if (byLocation != 0) {
            return byLocation;
          }
        }
        int byPath = comparePointers(a.path(), b.path());
        return byPath != 0 ? byPath : a.code().compareTo(b.code());
      };

  private final List<Finding> findings;

  private Report(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * A report with no finding.
   *
   * @return the empty report
   */
  public static Report empty() {
    return EMPTY;
  }

  /**
   * A report of findings, sorted into document order (stable for equal positions).
   *
   * @param findings the findings, never null
   * @return the report
   */
  public static Report of(Collection<? extends Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      sorted.add(Objects.requireNonNull(f, "finding"));
    }
    sorted.sort(DOCUMENT_ORDER);
    return sorted.isEmpty() ? EMPTY : new Report(List.copyOf(sorted));
  }

  /**
   * A report of findings.
   *
   * @param findings the findings
   * @return the report
   */
  public static Report of(Finding... findings) {
    return of(Arrays.asList(findings));
  }

  /**
   * The findings, in document order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether the document is valid: no finding of severity {@code ERROR}.
   *
   * @return {@code true} when valid
   */
  public boolean isValid() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * The most serious severity among the findings.
   *
   * @return the highest severity, or empty when there is no finding
   */
  public Optional<Severity> highestSeverity() {
    return findings.stream().map(Finding::severity).min(Comparator.naturalOrder());
  }

  /**
   * The findings at least as serious as a severity.
   *
   * @param severity the least severity to keep
   * @return the findings, in document order
   */
  public List<Finding> findings(Severity severity) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.severity().isAtLeast(severity)) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The findings with a code.
   *
   * @param code a finding code
   * @return the findings, in document order
   */
  public List<Finding> findingsWithCode(String code) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.code().equals(code)) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * This report and another's findings together, in document order.
   *
   * @param other another report, never null
   * @return the merged report
   */
  public Report merge(Report other) {
    if (other.findings.isEmpty()) {
      return this;
    }
    if (findings.isEmpty()) {
      return other;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return of(all);
  }

  /**
   * Compares two JSON Pointers segment by segment, numeric segments as numbers: the same as
   * {@link JsonPointer#compare}.
   *
   * @param a a pointer
   * @param b another pointer
   * @return negative, zero or positive
   */
  public static int comparePointers(String a, String b) {
    return JsonPointer.compare(a, b);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report r && r.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return "Report" + findings;
  }
}
