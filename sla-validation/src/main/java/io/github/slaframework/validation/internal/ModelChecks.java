package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.Threshold;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.Camera;
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
import java.util.Set;

/**
 * Checks of the typed model that every framework shares: unique ids, references to declared
 * parties, the order of the term's dates, and service levels whose fields fit together.
 */
public final class ModelChecks {

  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
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
    boolean cameras =
        agreement.sections().stream()
            .anyMatch(s -> s instanceof TechnicalStandardsSection t && !t.cameras().isEmpty());
    for (int i = 0; i < agreement.serviceLevels().size(); i++) {
      serviceLevel(agreement.serviceLevels().get(i), "/serviceLevels/" + i, cameras);
    }
  }

  private void duplicateIds(Agreement agreement) {
    Map<String, String> parties = new HashMap<>();
    for (int i = 0; i < agreement.parties().size(); i++) {
      unique(parties, "party", agreement.parties().get(i).id(), "/parties/" + i + "/id");
    }
    Map<String, String> clauses = new HashMap<>();
    Map<String, String> cameras = new HashMap<>();
    for (int s = 0; s < agreement.sections().size(); s++) {
      Section section = agreement.sections().get(s);
      String base = "/sections/" + s;
      for (int c = 0; c < section.clauses().size(); c++) {
        unique(clauses, "clause", section.clauses().get(c).id(), base + "/clauses/" + c + "/id");
      }
      if (section instanceof TechnicalStandardsSection technical) {
        for (int c = 0; c < technical.cameras().size(); c++) {
          Camera camera = technical.cameras().get(c);
          unique(cameras, "camera", camera.id(), base + "/cameras/" + c + "/id");
        }
      }
    }
    Map<String, String> levels = new HashMap<>();
    for (int i = 0; i < agreement.serviceLevels().size(); i++) {
      unique(
          levels, "service level", agreement.serviceLevels().get(i).id(), "/serviceLevels/" + i + "/id");
    }
  }

  private void unique(Map<String, String> seen, String kind, String id, String pointer) {
    String first = seen.putIfAbsent(id, pointer);
    if (first != null) {
      out.add(
          Finding.of(
              Severity.ERROR,
              FindingCodes.DUPLICATE_ID,
              pointer,
              messages.get("id.duplicate", "kind", kind, "id", Excerpt.of(id), "first", first)));
    }
  }

  private void partyReferences(Agreement agreement) {
    Set<String> ids = new HashSet<>();
    agreement.parties().forEach(p -> ids.add(p.id()));
    for (int s = 0; s < agreement.sections().size(); s++) {
      Section section = agreement.sections().get(s);
      String base = "/sections/" + s;
      for (int c = 0; c < section.clauses().size(); c++) {
        Clause clause = section.clauses().get(c);
        for (int r = 0; r < clause.responsibleParties().size(); r++) {
          reference(
              ids,
              clause.responsibleParties().get(r),
              base + "/clauses/" + c + "/responsibleParties/" + r);
        }
      }
      if (section instanceof FinanceSection finance) {
        for (int c = 0; c < finance.charges().size(); c++) {
          Charge charge = finance.charges().get(c);
          reference(ids, charge.payer(), base + "/charges/" + c + "/payer");
        }
      }
    }
    for (int i = 0; i < agreement.serviceLevels().size(); i++) {
      reference(
          ids, agreement.serviceLevels().get(i).obligatedParty(), "/serviceLevels/" + i + "/obligatedParty");
    }
    for (int i = 0; i < agreement.approvals().size(); i++) {
      Approval approval = agreement.approvals().get(i);
      reference(ids, approval.party(), "/approvals/" + i + "/party");
    }
  }

  private void reference(Set<String> ids, String id, String pointer) {
    // A blank reference is reported as REQUIRED by the field constraints; once is enough.
    if (!id.isBlank() && !ids.contains(id)) {
      out.add(
          Finding.of(
              Severity.ERROR,
              FindingCodes.PARTY_REFERENCE,
              pointer,
              messages.get("party.reference", "id", Excerpt.of(id))));
    }
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

  private void serviceLevel(ServiceLevel level, String base, boolean cameras) {
    if (level.metric() == ServiceMetric.CAMERA_AVAILABILITY
        && level.cameraCount().isEmpty()
        && !cameras) {
      // Availability is a share of camera-time: without a number of cameras it cannot be measured.
      out.add(
          Finding.of(
              Severity.ERROR,
              FindingCodes.REQUIRED,
              base + "/cameraCount",
              messages.get("serviceLevel.cameraCount")));
    }
    level
        .objective()
        .ifPresent(objective -> threshold(level.metric(), objective.threshold(), base + "/objective/threshold"));
    level.window().ifPresent(window -> window(window, base + "/window"));
  }

  private void threshold(ServiceMetric metric, Threshold threshold, String pointer) {
    if (metric == ServiceMetric.CAMERA_AVAILABILITY) {
      boolean percent =
          threshold.number().map(n -> n.signum() >= 0 && n.compareTo(HUNDRED) <= 0).orElse(false);
      if (!percent) {
        invalid(pointer, messages.get("serviceLevel.thresholdPercent", "metric", metric));
      }
    } else if (!threshold.period().map(p -> p.isPositive()).orElse(false)) {
      invalid(pointer, messages.get("serviceLevel.thresholdPeriod", "metric", metric));
    }
  }

  private void window(MeasurementWindow window, String base) {
    if (window.type() == WindowType.ROLLING && window.length().isEmpty()) {
      invalid(base, messages.get("serviceLevel.rollingLength"));
    }
    if (window.type() != WindowType.ROLLING && window.length().isPresent()) {
      invalid(base + "/length", messages.get("serviceLevel.lengthNotRolling"));
    }
    if (window.type() == WindowType.ROLLING
        && window.length().isPresent()
        && !window.length().get().isPositive()) {
      invalid(base + "/length", messages.get("constraint.PositivePeriod", "field", "length"));
    }
    if (window.timeZone().isPresent() && !ZONES.contains(window.timeZone().get())) {
      invalid(
          base + "/timeZone",
          messages.get("serviceLevel.timeZone", "excerpt", Excerpt.of(window.timeZone().get())));
    }
  }

  private void invalid(String pointer, String message) {
    out.add(Finding.of(Severity.ERROR, FindingCodes.INVALID_VALUE, pointer, message));
  }
}
