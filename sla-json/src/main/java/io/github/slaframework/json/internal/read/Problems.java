package io.github.slaframework.json.internal.read;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one read, up to a cap: past it, the rest are counted, not kept, and
 * one final {@code LIMIT} finding says how many were left out. One instance per read; not
 * thread-safe.
 */
public final class Problems {

  private final List<Finding> findings = new ArrayList<>();
  private final int max;
  private final boolean skipUnreadableOptionals;
  /** The findings past the cap: counted only. */
  private long dropped;
  /**
   * The minor format version whose rules the document is read by: 0 for 1.0, 1 for 1.1, more
   * for a newer minor (read as 1.1, with its unknown fields and values as warnings).
   */
  private int minor = CURRENT_MINOR;
  /** Whether the value being read is required, so that leaving it out is impossible. */
  private boolean valueRequired;

  /** The minor version of format 1 this library writes and fully reads: 1.1. */
  public static final int CURRENT_MINOR = 1;

  /**
   * A collector.
   *
   * @param max the most findings to keep before the final {@code LIMIT} finding
   */
  public Problems(int max) {
    this(max, false);
  }

  /**
   * A collector.
   *
   * @param max the most findings to keep before the final {@code LIMIT} finding
   * @param skipUnreadableOptionals whether an optional value (or a scalar element of a list) that
   *     cannot be read is reported and left out, so the rest of the model is still built
   */
  public Problems(int max, boolean skipUnreadableOptionals) {
    this.max = max;
    this.skipUnreadableOptionals = skipUnreadableOptionals;
  }

  /**
   * Whether an optional value (or a scalar element of a list) that cannot be read is reported and
   * left out rather than stopping the model being built. True for agreements: their validation
   * then still reports every other problem. False for frameworks and profiles, where leaving out
   * a rule's {@code when} or a target's {@code area} would change what a rule means.
   */
  public boolean skipsUnreadableOptionals() {
    return skipUnreadableOptionals;
  }

  /**
   * Sets the minor format version the document declares (format 1.1 §1); before any value is
   * read. A document whose version cannot be read is read by the current rules.
   *
   * @param minor 0 for 1.0, 1 for 1.1, 2 for 1.2, …
   */
  public void readAsMinor(int minor) {
    this.minor = minor;
  }

  /**
   * The minor format version whose rules apply: what the document declares, a newer one
   * included.
   *
   * @return 0 for 1.0, 1 for 1.1, more for a newer minor
   */
  public int minor() {
    return minor;
  }

  /**
   * Whether the document declares a minor version newer than this library's, so it is read as
   * 1.1 with its unknown fields and values as warnings.
   *
   * @return {@code true} for 1.2 and later
   */
  public boolean newerMinor() {
    return minor > CURRENT_MINOR;
  }

  /**
   * Whether a value of the document's version may be {@code x-} extension value of an open
   * vocabulary: from 1.1 on (format 1.1 §1).
   *
   * @return {@code true} from format 1.1 on
   */
  public boolean acceptsExtensionValues() {
    return minor >= 1;
  }

  /**
   * Marks whether the value about to be read is required (a single required field) or may be
   * left out (an optional field, an element of a list).
   *
   * @param required whether it is required
   * @return the previous mark, to restore once the value is read
   */
  public boolean valueRequired(boolean required) {
    boolean previous = valueRequired;
    valueRequired = required;
    return previous;
  }

  /**
   * Reports a field or a value that the document's version does not know: an ERROR, or a
   * WARNING in a document of a newer minor version where the field or value can be left out (a
   * required value cannot: the model needs one).
   *
   * @param code {@code UNKNOWN_FIELD} or {@code INVALID_VALUE}
   * @param canLeaveOut whether reading can go on without the field or value
   * @return {@code true} when it was reported as a warning, so reading goes on without it
   */
  public boolean unknown(String code, Pointer at, Node node, String message,
      boolean canLeaveOut) {
    if (newerMinor() && canLeaveOut) {
      report(Severity.WARNING, code, at, node, message + " (format version 1." + minor
          + " is newer than this library's 1." + CURRENT_MINOR + ")");
      return true;
    }
    error(code, at, node, message);
    return false;
  }

  /**
   * Reports a value of an open vocabulary or an enum that the document's version does not know.
   *
   * @return {@code true} when it was only a warning (a newer minor, a value that can be left out)
   */
  public boolean unknownValue(Pointer at, Node node, String message) {
    return unknown(FindingCodes.INVALID_VALUE, at, node, message, !valueRequired);
  }

  /**
   * Reports a finding of any severity at a value.
   *
   * @param at where, as a pointer
   * @param node the value (its location is used), or null
   */
  public void report(Severity severity, String code, Pointer at, Node node, String message) {
    if (findings.size() >= max) {
      dropped++;
      return;
    }
    Finding.Builder b = Finding.builder();
    b.severity(severity).code(code).path(at.toString()).message(message);
    if (node != null && node.line > 0 && node.column > 0) {
      b.location(new SourceLocation(node.line, node.column));
    }
    findings.add(b.build());
  }

  /**
   * Reports an error at a value.
   *
   * @param at where, as a pointer
   * @param node the value (its location is used), or null
   */
  public void error(String code, Pointer at, Node node, String message) {
    if (findings.size() >= max) {
      dropped++;
      return;
    }
    error(code, at.toString(), node == null ? 0 : node.line, node == null ? 0 : node.column,
        message);
  }

  /**
   * Reports an error at a path and location.
   *
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   */
  public void error(String code, String path, int line, int column, String message) {
    if (findings.size() >= max) {
      dropped++;
      return;
    }
    Finding.Builder b = Finding.builder();
    b.severity(Severity.ERROR).code(code).path(path).message(message);
    if (line > 0 && column > 0) {
      b.location(new SourceLocation(line, column));
    }
    findings.add(b.build());
  }

  /**
   * Reports a value of the wrong JSON type.
   *
   * @param expected what was due, such as "an object"
   */
  public void typeMismatch(Pointer at, Node node, String expected) {
    error(FindingCodes.TYPE_MISMATCH, at, node,
        "expected " + expected + ", found " + node.describe());
  }

  /**
   * Whether any finding was reported.
   *
   * @return {@code true} when there is at least one
   */
  public boolean any() {
    return !findings.isEmpty();
  }

  /**
   * The findings reported so far; past the cap, followed by one {@code LIMIT} finding that says
   * how many were left out.
   */
  public List<Finding> findings() {
    if (dropped == 0) {
      return findings;
    }
    List<Finding> all = new ArrayList<>(findings.size() + 1);
    all.addAll(findings);
    all.add(Finding.of(Severity.ERROR, FindingCodes.LIMIT, "",
        "more than " + max + " findings: " + dropped + " more "
            + (dropped == 1 ? "was" : "were") + " left out"));
    return all;
  }
}
