package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Approval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Signs an agreement for a party (format 1.1 section 6): the approval carries the {@link
 * AgreementHash document hash} of the agreement as the format writes it, so that any later change
 * to what was approved makes it {@code APPROVAL_STALE}. What {@code sla approve} does, without the
 * file.
 *
 * <pre>{@code
 * Agreement signed = Approvals.approve(agreement, "leeds-cc", "A. Person", "Chief Executive",
 *     LocalDate.of(2026, 4, 1));
 * SlaWriter.defaults().writeAgreement(signed, file);   // the approval's hash is that file's
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class Approvals {

  private Approvals() {}

  /**
   * The agreement with a party's approval of it as the format writes it: the approval replaces
   * that party's earlier approval in place, or is added at the end. The hash leaves out {@code
   * approvals} and {@code status}, so the approval stays current when others sign or the status
   * becomes {@code AGREED}.
   *
   * @param agreement the agreement, never null
   * @param partyId the id of a party of the agreement, never null
   * @param name the signatory's name, never null
   * @param position the signatory's position, never null
   * @param date the date of approval, never null
   * @return the agreement with the approval, never null
   * @throws IllegalArgumentException when the agreement has no party with that id, or holds a
   *     value that cannot be hashed (see {@link AgreementHash#of(Agreement)})
   */
  public static Agreement approve(Agreement agreement, String partyId, String name,
      String position, LocalDate date) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(date, "date");
    if (agreement.party(partyId).isEmpty()) {
      throw new IllegalArgumentException("the agreement has no party with the id " + partyId);
    }
    Approval approval = Approval.builder()
        .party(partyId)
        .name(name)
        .position(position)
        .date(date)
        .documentHash(AgreementHash.of(agreement))
        .build();
    List<Approval> approvals = new ArrayList<>(agreement.approvals());
    boolean replaced = false;
    for (int i = 0; i < approvals.size(); i++) {
      if (approvals.get(i).party().equals(partyId)) {
        approvals.set(i, approval);
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      approvals.add(approval);
    }
    return Agreement.copyOf(agreement).withApprovals(approvals);
  }
}
