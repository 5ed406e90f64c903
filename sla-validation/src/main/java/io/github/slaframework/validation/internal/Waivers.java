package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Waiver;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.JsonPointer;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies an agreement's waivers: a finding whose code a waiver names (at or under its
 * {@code path}, and in its {@code area}, when given) becomes {@code INFO} and waived; a waiver
 * that matches nothing is reported as {@code WAIVER_UNUSED}.
 */
public final class Waivers {

  private Waivers() {}

  /**
   * The findings with waivers applied, and a finding for each unused waiver.
   *
   * @param agreement the agreement and its waivers
   * @param findings the findings of validation, with their areas (see {@link FindingAreas})
   * @param messages the messages
   * @return the new findings
   */
  public static List<Finding> apply(
      Agreement agreement, List<Finding> findings, Messages messages) {
    List<Waiver> waivers = agreement.waivers();
    if (waivers.isEmpty()) {
      return findings;
    }
    boolean[] used = new boolean[waivers.size()];
    // A waiver the framework found expired (WAIVER_EXPIRED, version 2026) waives nothing and gets
    // no other waiver finding: it counts as used so that WAIVER_UNUSED leaves it alone.
    boolean[] expired = new boolean[waivers.size()];
    for (Finding finding : findings) {
      if (finding.code().equals(PartnershipChecks.WAIVER_EXPIRED)
          && finding.path().startsWith("/waivers/")) {
        int w = Integer.parseInt(finding.path().substring("/waivers/".length()));
        if (w < waivers.size()) {
          expired[w] = true;
          used[w] = true;
        }
      }
    }
    List<Finding> out = new ArrayList<>(findings.size() + 1);
    for (Finding finding : findings) {
      Finding result = finding;
      for (int w = 0; w < waivers.size(); w++) {
        if (!expired[w] && matches(waivers.get(w), finding, finding.area())) {
          used[w] = true;
          result = finding.asWaived();
        }
      }
      out.add(result);
    }
    for (int w = 0; w < waivers.size(); w++) {
      if (!used[w]) {
        out.add(
            Finding.of(
                Severity.WARNING,
                FindingCodes.WAIVER_UNUSED,
                "/waivers/" + w,
                messages.get("waiver.unused", "code", Excerpt.of(waivers.get(w).code()))));
      }
    }
    return out;
  }

  private static boolean matches(Waiver waiver, Finding finding, Optional<AreaCode> area) {
    if (!waiver.code().equals(finding.code())) {
      return false;
    }
    Optional<String> path = waiver.path();
    if (path.isPresent() && !JsonPointer.isWithin(finding.path(), path.get())) {
      return false;
    }
    Optional<String> waived = waiver.area();
    return waived.isEmpty() || (area.isPresent() && area.get().code().equals(waived.get()));
  }
}
