package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.Threshold;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.Charge;
import io.github.slaframework.core.section.FinanceSection;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks of the typed model that every framework shares: unique ids, references to declared
 * parties, the order of the term's dates, and service levels whose fields fit together.
 */
public final class ModelChecks {

  /**
   * The region ids of the JDK's time-zone data, read when a document first names a zone: reading
   * them (the JDK's tzdb file) is a few milliseconds of a fresh JVM that most documents never need.
   */
  private static final class Zones {
    static final Set<String> IDS = ZoneId.getAvailableZoneIds();
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Messages messages;
  private final List<Finding> out;

  /**
   * Checks that add their findings to a list.
   *
   * @param messages the messages
   * @param out where findings go
   */
  public ModelChecks(Messages messages, List<Finding> out) {
    this.messages = messages;
    this.out = out;
  }

  /**
   * Runs every check.
   *
   * @param agreement the agreement
   */
  public void check(Agreement agreement) {
    duplicateIds(agreement);
    partyReferences(agreement);
    dateOrder(agreement.term());
    boolean cameras = false;
    for (Section section : agreement.sections()) {
      cameras |= section instanceof TechnicalStandardsSection t && !t.cameras().isEmpty();
    }
    for (int i = 0; i < agreement.serviceLevels().size(); i++) {
      serviceLevel(agreement.serviceLevels().get(i), i, cameras);
    }
  }

  private void duplicateIds(Agreement agreement) {
    Map<String, IdAt> parties = new HashMap<>();
    for (int i = 0; i < agreement.parties().size(); i++) {
      unique(parties, "party", agreement.parties().get(i).id(), new IdAt(-1, "parties", i));
    }
    Map<String, IdAt> clauses = new HashMap<>();
    Map<String, IdAt> cameras = new HashMap<>();
    for (int s = 0; s < agreement.sections().size(); s++) {
      Section section = agreement.sections().get(s);
      for (int c = 0; c < section.clauses().size(); c++) {
        unique(clauses, "clause", section.clauses().get(c).id(), new IdAt(s, "clauses", c));
      }
      if (section instanceof TechnicalStandardsSection technical) {
        for (int c = 0; c < technical.cameras().size(); c++) {
          unique(cameras, "camera", technical.cameras().get(c).id(), new IdAt(s, "cameras", c));
        }
      }
    }
    Map<String, IdAt> levels = new HashMap<>();
    for (int i = 0; i < agreement.serviceLevels().size(); i++) {
      unique(
          levels, "service level", agreement.serviceLevels().get(i).id(), new IdAt(-1, "serviceLevels", i));
    }
  }

  /**
   * Where an id stands: an element of a list of the agreement ({@code section} -1) or of a
   * section. Its JSON Pointer is built only when a finding needs it.
   */
  private record IdAt(int section, String list, int index) {
    String pointer() {
      return (section < 0 ? "" : "/sections/" + section) + "/" + list + "/" + index + "/id";
    }
  }

  private void unique(Map<String, IdAt> seen, String kind, String id, IdAt at) {
    IdAt first = seen.putIfAbsent(id, at);
    if (first != null) {
      out.add(
          Finding.of(
              Severity.ERROR,
              FindingCodes.DUPLICATE_ID,
              at.pointer(),
              messages.get(
                  "id.duplicate", "kind", kind, "id", Excerpt.of(id), "first", first.pointer())));
    }
  }

  private static Set<String> sized(int elements) {
    return new HashSet<>(Math.max(16, (int) (elements / 0.75f) + 1));
  }

  private void partyReferences(Agreement agreement) {
    Set<String> ids = sized(agreement.parties().size());
    for (Party party : agreement.parties()) {
      ids.add(party.id());
    }
    for (int s = 0; s < agreement.sections().size(); s++) {
      Section section = agreement.sections().get(s);
      for (int c = 0; c < section.clauses().size(); c++) {
        List<String> responsible = section.clauses().get(c).responsibleParties();
        for (int r = 0; r < responsible.size(); r++) {
          if (isUnknown(ids, responsible.get(r))) {
            unknownParty(
                responsible.get(r), "/sections/" + s + "/clauses/" + c + "/responsibleParties/" + r);
          }
        }
      }
      if (section instanceof FinanceSection finance) {
        for (int c = 0; c < finance.charges().size(); c++) {
          Charge charge = finance.charges().get(c);
          if (isUnknown(ids, charge.payer())) {
            unknownParty(charge.payer(), "/sections/" + s + "/charges/" + c + "/payer");
          }
        }
      }
    }
    for (int i = 0; i < agreement.serviceLevels().size(); i++) {
      String party = agreement.serviceLevels().get(i).obligatedParty();
      if (isUnknown(ids, party)) {
        unknownParty(party, "/serviceLevels/" + i + "/obligatedParty");
      }
    }
    for (int i = 0; i < agreement.approvals().size(); i++) {
      Approval approval = agreement.approvals().get(i);
      if (isUnknown(ids, approval.party())) {
        unknownParty(approval.party(), "/approvals/" + i + "/party");
      }
    }
  }

  private static boolean isUnknown(Set<String> ids, String id) {
    // A blank reference is reported as REQUIRED by the field constraints; once is enough.
    return !id.isBlank() && !ids.contains(id);
  }

  private void unknownParty(String id, String pointer) {
    out.add(
        Finding.of(
            Severity.ERROR,
            FindingCodes.PARTY_REFERENCE,
            pointer,
            messages.get("party.reference", "id", Excerpt.of(id))));
  }

  private void dateOrder(Term term) {
    if (term.expiresOn().isPresent() && term.expiresOn().get().isBefore(term.effectiveFrom())) {
      out.add(
          Finding.of(
              Severity.ERROR,
              FindingCodes.DATE_ORDER,
              "/term/expiresOn",
              messages.get("date.order", "effectiveFrom", term.effectiveFrom())));
    }
  }

  private void serviceLevel(ServiceLevel level, int index, boolean cameras) {
    if (level.metric().equals(ServiceMetric.CAMERA_AVAILABILITY)
        && level.cameraCount().isEmpty()
        && !cameras) {
      // Availability is a share of camera-time: without a number of cameras it cannot be measured.
      out.add(
          Finding.of(
              Severity.ERROR,
              FindingCodes.REQUIRED,
              serviceLevel(index) + "/cameraCount",
              messages.get("serviceLevel.cameraCount")));
    }
    if (level.objective().isPresent()) {
      threshold(level.metric(), level.objective().get().threshold(), index);
    }
    if (level.window().isPresent()) {
      window(level.window().get(), index);
    }
  }

  /** The pointer of a service level, built only for a finding. */
  private static String serviceLevel(int index) {
    return "/serviceLevels/" + index;
  }

  private void threshold(ServiceMetric metric, Threshold threshold, int index) {
    if (metric.equals(ServiceMetric.CAMERA_AVAILABILITY)) {
      Optional<BigDecimal> number = threshold.number();
      boolean percent =
          number.isPresent() && number.get().signum() >= 0 && number.get().compareTo(HUNDRED) <= 0;
      if (!percent) {
        invalid(
            serviceLevel(index) + "/objective/threshold",
            messages.get("serviceLevel.thresholdPercent", "metric", metric));
      }
    } else if (!isPositive(threshold.period())) {
      invalid(
          serviceLevel(index) + "/objective/threshold",
          messages.get("serviceLevel.thresholdPeriod", "metric", metric));
    }
  }

  private static boolean isPositive(Optional<IsoPeriod> period) {
    return period.isPresent() && period.get().isPositive();
  }

  private void window(MeasurementWindow window, int index) {
    boolean rolling = window.type() == WindowType.ROLLING;
    Optional<IsoPeriod> length = window.length();
    if (rolling && length.isEmpty()) {
      invalid(serviceLevel(index) + "/window", messages.get("serviceLevel.rollingLength"));
    }
    if (!rolling && length.isPresent()) {
      invalid(
          serviceLevel(index) + "/window/length", messages.get("serviceLevel.lengthNotRolling"));
    }
    if (rolling && length.isPresent() && !length.get().isPositive()) {
      invalid(
          serviceLevel(index) + "/window/length",
          messages.get("constraint.PositivePeriod", "field", "length"));
    } else if (rolling && length.isPresent()) {
      Optional<String> reason = MeasurementWindow.unmeasurableLength(length.get());
      if (reason.isPresent()) {
        warn(FindingCodes.NOT_MEASURABLE, serviceLevel(index) + "/window/length",
            messages.get("serviceLevel.unmeasurableLength", "reason", reason.get()));
      }
    }
    Optional<String> timeZone = window.timeZone();
    if (timeZone.isPresent() && !Zones.IDS.contains(timeZone.get())) {
      invalid(
          serviceLevel(index) + "/window/timeZone",
          messages.get("serviceLevel.timeZone", "excerpt", Excerpt.of(timeZone.get())));
    }
  }

  private void invalid(String pointer, String message) {
    out.add(Finding.of(Severity.ERROR, FindingCodes.INVALID_VALUE, pointer, message));
  }

  private void warn(String code, String pointer, String message) {
    out.add(Finding.of(Severity.WARNING, code, pointer, message));
  }
}
