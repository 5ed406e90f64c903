package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.json.AgreementHash;
import java.util.List;
import java.util.Optional;

/**
 * {@code APPROVAL_STALE} (format 1.1 section 6), under every framework and version: an approval
 * whose {@code documentHash} differs from the document's hash. An approval without one gets no
 * finding; a malformed one is the reader's or the model constraints' {@code INVALID_VALUE} only.
 */
public final class ApprovalChecks {

  private ApprovalChecks() {}

  /**
   * Adds a finding for each stale approval.
   *
   * @param agreement the agreement
   * @param hash the document's hash, or empty when it could not be computed (reported elsewhere)
   * @param messages the messages
   * @param out where findings go
   */
  public static void check(Agreement agreement, Optional<String> hash, Messages messages,
      List<Finding> out) {
    if (hash.isEmpty()) {
      return;
    }
    Severity severity = agreement.status().orElse(null) == AgreementStatus.AGREED
        ? Severity.ERROR
        : Severity.WARNING;
    List<Approval> approvals = agreement.approvals();
    for (int i = 0; i < approvals.size(); i++) {
      Optional<String> approved = approvals.get(i).documentHash();
      if (approved.isPresent() && AgreementHash.PATTERN.matcher(approved.get()).matches()
          && !approved.get().equals(hash.get())) {
        out.add(Finding.of(severity, FindingCodes.APPROVAL_STALE, "/approvals/" + i,
            messages.get("approval.stale", "party", Excerpt.of(approvals.get(i).party()),
                "hash", hash.get())));
      }
    }
  }
}
