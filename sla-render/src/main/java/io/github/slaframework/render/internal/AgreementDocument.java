package io.github.slaframework.render.internal;

import io.github.slaframework.render.internal.Doc.Block;
import io.github.slaframework.render.internal.Doc.ClauseBlock;
import io.github.slaframework.render.internal.Doc.Fact;
import io.github.slaframework.render.internal.Doc.Facts;
import io.github.slaframework.render.internal.Doc.Heading;
import io.github.slaframework.render.internal.Doc.Paragraph;
import io.github.slaframework.render.internal.Doc.Signatory;
import io.github.slaframework.render.internal.Doc.Signatures;
import io.github.slaframework.render.internal.Doc.Table;
import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.imaging.PixelDensity;
import io.github.slaframework.core.imaging.PixelDensityEdition;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.imaging.PixelDensityLevel;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Charge;
import io.github.slaframework.core.section.CommunicationSection;
import io.github.slaframework.core.section.EvaluationAndReviewSection;
import io.github.slaframework.core.section.FeedbackSection;
import io.github.slaframework.core.section.FinanceSection;
import io.github.slaframework.core.section.FutureTechnologySection;
import io.github.slaframework.core.section.GovernanceSection;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.PlannedChange;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.SurveillanceTypesSection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.section.TrainingSection;
import io.github.slaframework.core.value.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the document tree of one agreement: what it says, in the order a reader wants it. */
public final class AgreementDocument {

  private final Agreement agreement;
  private final Optional<Framework> framework;
  private final PixelDensityEditions editions;
  private final ChangeMarks marks;
  private final List<Block> blocks = new ArrayList<>();

  private AgreementDocument(Agreement agreement, Optional<Framework> framework,
      PixelDensityEditions editions, ChangeMarks marks) {
    this.agreement = agreement;
    this.framework = framework;
    this.editions = editions;
    this.marks = marks;
  }

  /** The blocks of the agreement's document. */
  public static List<Block> build(
      Agreement agreement, Optional<Framework> framework, PixelDensityEditions editions) {
    return build(agreement, framework, editions, ChangeMarks.NONE);
  }

  /** The blocks of the agreement's document, what changed since a previous version marked. */
  public static List<Block> build(Agreement agreement, Optional<Framework> framework,
      PixelDensityEditions editions, ChangeMarks marks) {
    AgreementDocument doc = new AgreementDocument(agreement, framework, editions, marks);
    doc.header();
    marks.summary(doc.blocks);
    doc.parties();
    doc.term();
    doc.areas();
    doc.serviceLevels();
    doc.approvals();
    return List.copyOf(doc.blocks);
  }

  private void header() {
    blocks.add(new Heading(1, agreement.title(), "top"));
    var ref = agreement.framework();
    String frameworkName = framework.map(f -> f.title() + " (" + ref.id() + " " + ref.version() + ")")
        .orElse(ref.id() + " " + ref.version());
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Agreement", agreement.id()));
    facts.add(new Fact("Status", Words.label(agreement.effectiveStatus())));
    facts.add(new Fact("Framework", frameworkName));
    ref.profile().ifPresent(p -> facts.add(new Fact("Profile", p)));
    blocks.add(new Facts(facts));
    // A framework that is someone's reading of another document says so where the parties sign.
    framework.map(f -> f.extensions().get("x-readingNote"))
        .filter(JsonValue.JsonString.class::isInstance)
        .ifPresent(note -> blocks.add(Paragraph.note(((JsonValue.JsonString) note).value())));
    ownTerms(agreement.extensions(), "agreement-own-terms");
  }

  /**
   * The partnership's own terms ({@code x-} fields) as a table, so that what the parties added
   * is in the document they sign; nothing when there are none.
   */
  private void ownTerms(Map<String, JsonValue> extensions, String anchor) {
    if (extensions.isEmpty()) {
      return;
    }
    blocks.add(new Heading(3, "The partnership's own terms", anchor));
    List<List<String>> rows = new ArrayList<>();
    extensions.forEach((name, value) -> rows.add(List.of(name, compact(value))));
    blocks.add(text(List.of("Term", "Value"), rows));
  }

  /** A value on one line: a string as written, anything else as compact JSON. */
  static String compact(JsonValue value) {
    if (value instanceof JsonValue.JsonString s) {
      return s.value();
    }
    StringBuilder out = new StringBuilder();
    json(value, out);
    return out.toString();
  }

  private static void json(JsonValue value, StringBuilder out) {
    if (value instanceof JsonValue.JsonString s) {
      out.append('"');
      s.value().codePoints().forEach(c -> {
        if (c == '"' || c == '\\') {
          out.append('\\').appendCodePoint(c);
        } else if (c < 0x20) {
          out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
        } else {
          out.appendCodePoint(c);
        }
      });
      out.append('"');
    } else if (value instanceof JsonValue.JsonArray a) {
      out.append('[');
      for (int i = 0; i < a.elements().size(); i++) {
        out.append(i == 0 ? "" : ", ");
        json(a.elements().get(i), out);
      }
      out.append(']');
    } else if (value instanceof JsonValue.JsonObject o) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonValue> m : o.members().entrySet()) {
        out.append(first ? "" : ", ");
        first = false;
        json(JsonValue.of(m.getKey()), out);
        out.append(": ");
        json(m.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof JsonValue.JsonNumber n) {
      out.append(n.negativeZero() ? "-0" : n.value().toPlainString());
    } else if (value instanceof JsonValue.JsonBoolean b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  private void parties() {
    blocks.add(new Heading(2, "Parties", "parties"));
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> contacts = new ArrayList<>();
    for (int i = 0; i < agreement.parties().size(); i++) {
      Party p = agreement.parties().get(i);
      String ids = p.identifiers().entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining("; "));
      rows.add(List.of(marks.cell("/parties/" + i, p.name()), Words.label(p.type()),
          Words.labels(p.roles()), ids));
      for (Contact c : p.contacts()) {
        contacts.add(List.of(p.name(), c.name(), c.role().orElse(""), c.email().orElse(""),
            c.phone().orElse("")));
      }
    }
    blocks.add(text(List.of("Party", "Type", "Roles", "Identifiers"), rows));
    if (!contacts.isEmpty()) {
      blocks.add(new Heading(3, "Contacts", "contacts"));
      blocks.add(text(List.of("Party", "Name", "Role", "Email", "Telephone"), contacts));
    }
  }

  private void term() {
    Term t = agreement.term();
    blocks.add(new Heading(2, "Term", "term"));
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Effective from", Words.date(t.effectiveFrom())));
    facts.add(new Fact("Expires on", t.expiresOn().map(Words::date).orElse("No fixed end date")));
    t.reviewEvery().ifPresent(p -> facts.add(new Fact("Reviewed every", Words.period(p))));
    t.noticePeriod().ifPresent(p -> facts.add(new Fact("Notice period", Words.period(p))));
    blocks.add(new Facts(facts));
  }

  private void areas() {
    List<Section> ordered = new ArrayList<>(agreement.sections());
    List<AreaCode> order = framework
        .map(f -> f.areas().stream().map(AreaDefinition::code).toList())
        .orElse(AreaCode.WELL_KNOWN);
    ordered.sort(Comparator.comparingInt(s -> {
      int i = order.indexOf(s.area());
      return i < 0 ? Integer.MAX_VALUE : i;
    }));
    int number = 0;
    for (Section section : ordered) {
      number++;
      String title = framework.flatMap(f -> f.area(section.area()))
          .map(AreaDefinition::title)
          .orElseGet(() -> Words.areaTitle(section.area()));
      blocks.add(new Heading(2, number + ". " + title, "area-" + section.area().code()));
      String at = "/sections/" + indexOf(section);
      marks.mark(at, blocks);
      facts(section);
      int clauseNumber = 0;
      for (Clause clause : section.clauses()) {
        clauseNumber++;
        blocks.add(new ClauseBlock(number + "." + clauseNumber, clause.title(), clause.text(),
            Words.label(clause.effectiveObligation()),
            clause.responsibleParties().stream().map(this::partyName).toList(),
            "clause-" + clause.id()));
        marks.mark(at + "/clauses/" + (clauseNumber - 1), blocks);
      }
      ownTerms(section.extensions(), "area-" + section.area().code() + "-own-terms");
    }
  }

  private void facts(Section section) {
    List<Fact> facts = new ArrayList<>();
    if (section instanceof PurposeAndLegitimacySection s) {
      list(facts, "Purposes", s.purposes());
      s.pressingNeed().ifPresent(v -> facts.add(new Fact("Pressing need", v)));
      s.dpia().ifPresent(pia -> facts.add(new Fact("Data protection impact assessment",
          pia.reference() + ", completed " + Words.date(pia.completedOn())
              + pia.nextReviewOn().map(d -> ", next review " + Words.date(d)).orElse(""))));
    } else if (section instanceof LegalConsiderationsSection s) {
      s.jurisdiction().ifPresent(j -> facts.add(new Fact("Jurisdiction", Words.label(j))));
      list(facts, "Legal bases", s.legalBases());
    } else if (section instanceof GovernanceSection s) {
      s.meetingFrequency().ifPresent(p -> facts.add(new Fact("Meets every", Words.period(p))));
      s.escalation().ifPresent(v -> facts.add(new Fact("Escalation", v)));
    } else if (section instanceof InformationSharingSection s) {
      facts.add(new Fact("Footage kept for", Words.period(s.retentionPeriod())));
      s.evidenceExport().ifPresent(e -> facts.add(new Fact("Evidence export",
          Words.label(e.format()) + e.integrity()
              .map(i -> i.name().equals("NONE") ? ", no integrity check"
                  : ", integrity checked with " + Words.label(i) + " hashes")
              .orElse(""))));
    } else if (section instanceof CommunicationSection s) {
      s.liveIncidentSupport().ifPresent(b -> facts.add(new Fact("Live incident support",
          Words.yesNo(b))));
      list(facts, "Channels", s.channels());
      s.hours().ifPresent(h -> facts.add(new Fact("Hours", h)));
    } else if (section instanceof TrainingSection s) {
      list(facts, "Training required", s.requirements());
      s.refresherEvery().ifPresent(p -> facts.add(new Fact("Refresher every", Words.period(p))));
    } else if (section instanceof SurveillanceTypesSection s) {
      list(facts, "Surveillance types", s.types());
    } else if (section instanceof FeedbackSection s) {
      s.reportingFrequency().ifPresent(p -> facts.add(new Fact("Reported every",
          Words.period(p))));
      list(facts, "Indicators", s.indicators());
    } else if (section instanceof EvaluationAndReviewSection s) {
      s.reviewFrequency().ifPresent(p -> facts.add(new Fact("Reviewed every", Words.period(p))));
      s.nextReviewOn().ifPresent(d -> facts.add(new Fact("Next review", Words.date(d))));
      s.publishAnnualReport().ifPresent(b -> facts.add(new Fact("Annual report published",
          Words.yesNo(b))));
    } else if (section instanceof TechnicalStandardsSection s) {
      s.pixelDensityStandard().ifPresent(e -> facts.add(new Fact("Pixel density standard",
          Words.label(e))));
    }
    if (!facts.isEmpty()) {
      blocks.add(new Facts(facts));
    }
    if (section instanceof FinanceSection s && !s.charges().isEmpty()) {
      charges(s.charges());
    } else if (section instanceof FutureTechnologySection s && !s.plannedChanges().isEmpty()) {
      plannedChanges(s.plannedChanges());
    } else if (section instanceof TechnicalStandardsSection s && !s.cameras().isEmpty()) {
      cameras(s);
    }
  }

  private static void list(List<Fact> facts, String label, List<?> values) {
    if (!values.isEmpty()) {
      facts.add(new Fact(label, Words.labels(values)));
    }
  }

  private void charges(List<Charge> charges) {
    List<List<String>> rows = new ArrayList<>();
    for (Charge c : charges) {
      rows.add(List.of(c.description(), Words.money(c.amount(), c.currency()),
          partyName(c.payer())));
    }
    blocks.add(new Table(List.of("Charge", "Amount", "Paid by"), rows,
        List.of(false, true, false)));
  }

  private void plannedChanges(List<PlannedChange> changes) {
    List<List<String>> rows = new ArrayList<>();
    for (PlannedChange c : changes) {
      rows.add(List.of(c.description(), c.expectedBy().map(Words::date).orElse("—"),
          c.requiresDpia().map(Words::yesNo).orElse("—")));
    }
    blocks.add(text(List.of("Planned change", "Expected by", "Data protection impact assessment needed"),
        rows));
  }

  private void cameras(TechnicalStandardsSection s) {
    Optional<PixelDensityEdition> edition = s.pixelDensityStandard().flatMap(editions::find);
    List<List<String>> rows = new ArrayList<>();
    for (Camera camera : s.cameras()) {
      PixelDensity density = camera.pixelDensity();
      Optional<PixelDensityLevel> required = edition.flatMap(e -> e.level(camera.requiredLevel()));
      String requiredText = Words.label(camera.requiredLevel())
          + required.map(l -> " (" + Words.oneDecimal(l.minimum()) + ")").orElse("");
      String reached = edition.map(e -> e.highestLevelReached(density)
              .map(l -> Words.label(l.name())).orElse("Below the lowest level"))
          .orElse("—");
      String meets = required.map(l -> Words.yesNo(density.reaches(l)))
          .orElse(edition.isPresent() ? "Not a level of this edition" : "—");
      rows.add(List.of(camera.id(), camera.location().orElse(""),
          camera.horizontalPixels() + " px / " + camera.sceneWidthMetres().toPlainString() + " m",
          Words.oneDecimal(density.pixelsPerMetre()), requiredText, reached, meets));
    }
    blocks.add(new Table(
        List.of("Camera", "Location", "View", "Pixel density (px/m)", "Required level (px/m)",
            "Level reached", "Meets requirement"),
        rows, List.of(false, false, false, true, false, false, false)));
  }

  private void serviceLevels() {
    if (agreement.serviceLevels().isEmpty()) {
      return;
    }
    blocks.add(new Heading(2, "Service levels", "service-levels"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < agreement.serviceLevels().size(); i++) {
      ServiceLevel sl = agreement.serviceLevels().get(i);
      rows.add(List.of(marks.cell("/serviceLevels/" + i, sl.id()), Words.label(sl.metric()), partyName(sl.obligatedParty()),
          sl.objective().map(o -> objective(sl.metric(), o)).orElse("—"),
          sl.metric().equals(ServiceMetric.CAMERA_AVAILABILITY) ? "—"
              : Words.oneDecimal(sl.effectiveAttainment()) + "%",
          sl.window().map(AgreementDocument::window).orElse("—"),
          sl.appliesTo().flatMap(a -> a.priority()).map(p -> Words.label(p) + " only")
              .orElse("All"),
          sl.description().orElse("")));
    }
    blocks.add(new Table(
        List.of("Service level", "Metric", "Obligated party", "Objective", "Attainment",
            "Window", "Applies to", "Description"),
        rows, List.of(false, false, false, false, true, false, false, false)));
  }

  private static String objective(ServiceMetric metric, Objective objective) {
    String op = objective.operator() == ObjectiveOperator.AT_MOST ? "At most " : "At least ";
    if (objective.threshold().isPeriod()) {
      return op + Words.period(objective.threshold().period().orElseThrow());
    }
    BigDecimal n = objective.threshold().number().orElseThrow();
    return op + n.toPlainString() + (metric.equals(ServiceMetric.CAMERA_AVAILABILITY) ? "%" : "");
  }

  private static String window(MeasurementWindow w) {
    String type = w.type() == WindowType.ROLLING
        ? "Rolling " + w.length().map(Words::period).orElse("window")
        : Words.label(w.type());
    return type + " (" + w.effectiveTimeZone() + ")";
  }

  private void approvals() {
    blocks.add(new Heading(2, "Signatures", "signatures"));
    List<Signatory> signatories = new ArrayList<>();
    Map<String, List<Approval>> byParty = agreement.approvals().stream()
        .collect(Collectors.groupingBy(a -> a.party()));
    for (Party p : agreement.parties()) {
      List<Approval> approvals = byParty.getOrDefault(p.id(), List.of());
      if (approvals.isEmpty()) {
        signatories.add(new Signatory(p.name(), Optional.empty(), Optional.empty(),
            Optional.empty()));
      }
      for (var a : approvals) {
        signatories.add(new Signatory(p.name(), Optional.of(a.name()), Optional.of(a.position()),
            Optional.of(Words.date(a.date()))));
      }
    }
    blocks.add(Paragraph.note("Signed for and on behalf of each party."));
    blocks.add(new Signatures(signatories));
  }

  /** A section's place in the agreement's list, which is the order of its file. */
  private int indexOf(Section section) {
    for (int i = 0; i < agreement.sections().size(); i++) {
      if (agreement.sections().get(i) == section) {
        return i;
      }
    }
    throw new IllegalStateException("a section not of the agreement");
  }

  private String partyName(String id) {
    return agreement.party(id).map(Party::name).orElse(id);
  }

  private static Table text(List<String> headers, List<List<String>> rows) {
    return new Table(headers, rows, headers.stream().map(h -> false).toList());
  }
}
