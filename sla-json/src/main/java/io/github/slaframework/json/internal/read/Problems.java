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
