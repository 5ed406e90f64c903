package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import java.util.ArrayList;
import java.util.List;

/** Gives each finding under {@code /sections/i} the area of that section. */
public final class FindingAreas {

  private static final String PREFIX = "/sections/";

  private FindingAreas() {}

  /**
   * The findings, each whose path lies in a section given that section's area (a finding that has
   * an area keeps it).
   *
   * @param agreement the agreement the paths point into
   * @param findings the findings
   * @return the findings with their areas, in the same order
   */
  public static List<Finding> assign(Agreement agreement, List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      out.add(assign(agreement, finding));
    }
    return out;
  }

  private static Finding assign(Agreement agreement, Finding finding) {
    String path = finding.path();
    if (finding.area().isPresent() || !path.startsWith(PREFIX)) {
      return finding;
    }
    int end = path.indexOf('/', PREFIX.length());
    String segment = path.substring(PREFIX.length(), end < 0 ? path.length() : end);
    if (segment.isEmpty()
        || segment.length() > 9
        || (segment.length() > 1 && segment.charAt(0) == '0')
        || !digits(segment)) {
      return finding;
    }
    int index = Integer.parseInt(segment);
    return index < agreement.sections().size()
        ? finding.inArea(agreement.sections().get(index).area())
        : finding;
  }

  /** Whether a text is ASCII digits only (an array index). */
  static boolean digits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
