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
  private final Labels l;
  private final ChangeMarks marks;
  private final List<Block> blocks = new ArrayList<>();

  private AgreementDocument(Agreement agreement, Optional<Framework> framework,
      PixelDensityEditions editions, Labels labels, ChangeMarks marks) {
    this.agreement = agreement;
    this.framework = framework;
    this.editions = editions;
    this.l = labels;
    this.marks = marks;
  }

  /** The blocks of the agreement's document, in English. */
  public static List<Block> build(
      Agreement agreement, Optional<Framework> framework, PixelDensityEditions editions) {
    return build(agreement, framework, editions, Labels.ENGLISH, ChangeMarks.NONE);
  }

  /**
   * The blocks of the agreement's document in one language: the same blocks in the same order
   * whatever the language (the bilingual writers pair them up), with the parties' texts as
   * written, or their twins in that language where there are some; what changed since a
   * previous version marked ({@link ChangeMarks#NONE} for nothing).
   */
  public static List<Block> build(Agreement agreement, Optional<Framework> framework,
      PixelDensityEditions editions, Labels labels, ChangeMarks marks) {
    AgreementDocument doc = new AgreementDocument(agreement, framework, editions, labels, marks);
    doc.header();
    marks.summary(doc.blocks, doc.l);
    doc.parties();
    doc.term();
    doc.areas();
    doc.serviceLevels();
    doc.approvals();
    return List.copyOf(doc.blocks);
  }

  private void header() {
    blocks.add(new Heading(1, l.twin(agreement, "title", agreement.title()), "top"));
    var ref = agreement.framework();
    String frameworkName = framework.map(f -> l.translate("framework.title." + ref.id(), f.title())
            + " (" + ref.id() + " " + ref.version() + ")")
        .orElse(ref.id() + " " + ref.version());
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(l.text("fact.agreement"), agreement.id()));
    facts.add(new Fact(l.text("fact.status"), l.label(agreement.effectiveStatus())));
    facts.add(new Fact(l.text("fact.framework"), frameworkName));
    ref.profile().ifPresent(p -> facts.add(new Fact(l.text("fact.profile"), p)));
    blocks.add(new Facts(facts));
    // A framework that is someone's reading of another document says so where the parties sign.
    framework.map(f -> f.extensions().get("x-readingNote"))
        .filter(JsonValue.JsonString.class::isInstance)
        .ifPresent(note -> blocks.add(Paragraph.note(l.translate(
            "framework.readingNote." + ref.id() + "." + ref.version(),
            ((JsonValue.JsonString) note).value()))));
    ownTerms(agreement.extensions(), "agreement-own-terms");
  }

  /**
   * The partnership's own terms ({@code x-} fields) as a table, so that what the parties added
   * is in the document they sign; nothing when there are none.
   */
  private void ownTerms(Map<String, JsonValue> extensions, String anchor) {
    // The texts' twins in another language (x-cy) are printed in that language's column, not
    // as a term of the partnership.
    List<List<String>> rows = new ArrayList<>();
    extensions.forEach((name, value) -> {
      if (!isTwins(name)) {
        rows.add(List.of(name, compact(value)));
      }
    });
    if (rows.isEmpty()) {
      return;
    }
    blocks.add(new Heading(3, l.text("heading.ownTerms"), anchor));
    blocks.add(text(List.of(l.text("table.term"), l.text("table.value")), rows));
  }

  /** Whether an extension member holds the twins of an object's texts ({@code x-cy}). */
  private static boolean isTwins(String name) {
    for (String language : Labels.LANGUAGES) {
      if (name.equals(Labels.twinMember(language))) {
        return true;
      }
    }
    return false;
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
    blocks.add(new Heading(2, l.text("heading.parties"), "parties"));
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> contacts = new ArrayList<>();
    for (int i = 0; i < agreement.parties().size(); i++) {
      Party p = agreement.parties().get(i);
      String ids = p.identifiers().entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining("; "));
      String name = l.twin(p, "name", p.name());
      rows.add(List.of(marks.cell("/parties/" + i, name, l), l.label(p.type()), l.labels(p.roles()),
          ids));
      for (Contact c : p.contacts()) {
        contacts.add(List.of(name, l.twin(c, "name", c.name()),
            c.role().map(r -> l.twin(c, "role", r)).orElse(""), c.email().orElse(""),
            c.phone().orElse("")));
      }
    }
    blocks.add(text(List.of(l.text("table.party"), l.text("table.type"), l.text("table.roles"),
        l.text("table.identifiers")), rows));
    if (!contacts.isEmpty()) {
      blocks.add(new Heading(3, l.text("heading.contacts"), "contacts"));
      blocks.add(text(List.of(l.text("table.party"), l.text("table.name"), l.text("table.role"),
          l.text("table.email"), l.text("table.telephone")), contacts));
    }
  }

  private void term() {
    Term t = agreement.term();
    blocks.add(new Heading(2, l.text("heading.term"), "term"));
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(l.text("fact.effectiveFrom"), l.date(t.effectiveFrom())));
    facts.add(new Fact(l.text("fact.expiresOn"),
        t.expiresOn().map(l::date).orElse(l.text("value.noEndDate"))));
    t.reviewEvery().ifPresent(p -> facts.add(new Fact(l.text("fact.reviewedEvery"), l.period(p))));
    t.noticePeriod().ifPresent(p -> facts.add(new Fact(l.text("fact.noticePeriod"), l.period(p))));
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
          .map(d -> l.translate("area." + d.code().code(), d.title()))
          .orElseGet(() -> l.english() ? Words.areaTitle(section.area())
              : l.translate("area." + section.area().code(), Words.areaTitle(section.area())));
      blocks.add(new Heading(2, number + ". " + title, "area-" + section.area().code()));
      String at = "/sections/" + indexOf(section);
      marks.mark(at, blocks, l);
      facts(section);
      int clauseNumber = 0;
      for (Clause clause : section.clauses()) {
        clauseNumber++;
        blocks.add(new ClauseBlock(number + "." + clauseNumber,
            clause.title().map(t -> l.twin(clause, "title", t)),
            l.twin(clause, "text", clause.text()),
            l.label(clause.effectiveObligation()),
            clause.responsibleParties().stream().map(this::partyName).toList(),
            "clause-" + clause.id()));
        marks.mark(at + "/clauses/" + (clauseNumber - 1), blocks, l);
      }
      ownTerms(section.extensions(), "area-" + section.area().code() + "-own-terms");
    }
  }

  private void facts(Section section) {
    List<Fact> facts = new ArrayList<>();
    if (section instanceof PurposeAndLegitimacySection s) {
      list(facts, "fact.purposes", s.purposes());
      s.pressingNeed().ifPresent(v -> facts.add(new Fact(l.text("fact.pressingNeed"),
          l.twin(s, "pressingNeed", v))));
      s.dpia().ifPresent(pia -> facts.add(new Fact(l.text("fact.dpia"),
          l.text("value.dpia", "reference", pia.reference(), "completed",
              l.date(pia.completedOn()))
              + pia.nextReviewOn().map(d -> l.text("value.dpiaNextReview", "date", l.date(d)))
                  .orElse(""))));
    } else if (section instanceof LegalConsiderationsSection s) {
      s.jurisdiction().ifPresent(j -> facts.add(new Fact(l.text("fact.jurisdiction"),
          l.label(j))));
      list(facts, "fact.legalBases", s.legalBases());
    } else if (section instanceof GovernanceSection s) {
      s.meetingFrequency().ifPresent(p -> facts.add(new Fact(l.text("fact.meetsEvery"),
          l.period(p))));
      s.escalation().ifPresent(v -> facts.add(new Fact(l.text("fact.escalation"),
          l.twin(s, "escalation", v))));
    } else if (section instanceof InformationSharingSection s) {
      facts.add(new Fact(l.text("fact.footageKeptFor"), l.period(s.retentionPeriod())));
      s.evidenceExport().ifPresent(e -> facts.add(new Fact(l.text("fact.evidenceExport"),
          l.label(e.format()) + e.integrity()
              .map(i -> i.name().equals("NONE") ? l.text("value.noIntegrity")
                  : l.text("value.integrity", "algorithm", l.label(i)))
              .orElse(""))));
    } else if (section instanceof CommunicationSection s) {
      s.liveIncidentSupport().ifPresent(b -> facts.add(new Fact(
          l.text("fact.liveIncidentSupport"), l.yesNo(b))));
      list(facts, "fact.channels", s.channels());
      s.hours().ifPresent(h -> facts.add(new Fact(l.text("fact.hours"), l.twin(s, "hours", h))));
    } else if (section instanceof TrainingSection s) {
      list(facts, "fact.trainingRequired", s.requirements());
      s.refresherEvery().ifPresent(p -> facts.add(new Fact(l.text("fact.refresherEvery"),
          l.period(p))));
    } else if (section instanceof SurveillanceTypesSection s) {
      list(facts, "fact.surveillanceTypes", s.types());
    } else if (section instanceof FeedbackSection s) {
      s.reportingFrequency().ifPresent(p -> facts.add(new Fact(l.text("fact.reportedEvery"),
          l.period(p))));
      list(facts, "fact.indicators", s.indicators());
    } else if (section instanceof EvaluationAndReviewSection s) {
      s.reviewFrequency().ifPresent(p -> facts.add(new Fact(l.text("fact.reviewedEvery"),
          l.period(p))));
      s.nextReviewOn().ifPresent(d -> facts.add(new Fact(l.text("fact.nextReview"), l.date(d))));
      s.publishAnnualReport().ifPresent(b -> facts.add(new Fact(l.text("fact.annualReport"),
          l.yesNo(b))));
    } else if (section instanceof TechnicalStandardsSection s) {
      s.pixelDensityStandard().ifPresent(e -> facts.add(new Fact(
          l.text("fact.pixelDensityStandard"), l.label(e))));
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

  private void list(List<Fact> facts, String labelKey, List<?> values) {
    if (!values.isEmpty()) {
      facts.add(new Fact(l.text(labelKey), l.labels(values)));
    }
  }

  private void charges(List<Charge> charges) {
    List<List<String>> rows = new ArrayList<>();
    for (Charge c : charges) {
      rows.add(List.of(l.twin(c, "description", c.description()),
          Words.money(c.amount(), c.currency()), partyName(c.payer())));
    }
    blocks.add(new Table(List.of(l.text("table.charge"), l.text("table.amount"),
        l.text("table.paidBy")), rows, List.of(false, true, false)));
  }

  private void plannedChanges(List<PlannedChange> changes) {
    List<List<String>> rows = new ArrayList<>();
    for (PlannedChange c : changes) {
      rows.add(List.of(l.twin(c, "description", c.description()),
          c.expectedBy().map(l::date).orElse("—"), c.requiresDpia().map(l::yesNo).orElse("—")));
    }
    blocks.add(text(List.of(l.text("table.plannedChange"), l.text("table.expectedBy"),
        l.text("table.dpiaNeeded")), rows));
  }

  private void cameras(TechnicalStandardsSection s) {
    Optional<PixelDensityEdition> edition = s.pixelDensityStandard().flatMap(editions::find);
    List<List<String>> rows = new ArrayList<>();
    for (Camera camera : s.cameras()) {
      PixelDensity density = camera.pixelDensity();
      Optional<PixelDensityLevel> required = edition.flatMap(e -> e.level(camera.requiredLevel()));
      // Level names are the standard's own (IEC 62676-4) and stay as it writes them.
      String requiredText = Words.label(camera.requiredLevel())
          + required.map(r -> " (" + Words.oneDecimal(r.minimum()) + ")").orElse("");
      String reached = edition.map(e -> e.highestLevelReached(density)
              .map(r -> Words.label(r.name())).orElse(l.text("value.belowLowest")))
          .orElse("—");
      String meets = required.map(r -> l.yesNo(density.reaches(r)))
          .orElse(edition.isPresent() ? l.text("value.notALevel") : "—");
      rows.add(List.of(camera.id(), camera.location().map(v -> l.twin(camera, "location", v))
              .orElse(""),
          camera.horizontalPixels() + " px / " + camera.sceneWidthMetres().toPlainString() + " m",
          Words.oneDecimal(density.pixelsPerMetre()), requiredText, reached, meets));
    }
    blocks.add(new Table(
        List.of(l.text("table.camera"), l.text("table.location"), l.text("table.view"),
            l.text("table.pixelDensity"), l.text("table.requiredLevel"),
            l.text("table.levelReached"), l.text("table.meetsRequirement")),
        rows, List.of(false, false, false, true, false, false, false)));
  }

  private void serviceLevels() {
    if (agreement.serviceLevels().isEmpty()) {
      return;
    }
    blocks.add(new Heading(2, l.text("heading.serviceLevels"), "service-levels"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < agreement.serviceLevels().size(); i++) {
      ServiceLevel sl = agreement.serviceLevels().get(i);
      rows.add(List.of(marks.cell("/serviceLevels/" + i, sl.id(), l), l.label(sl.metric()),
          partyName(sl.obligatedParty()),
          sl.objective().map(o -> objective(sl.metric(), o)).orElse("—"),
          sl.metric().equals(ServiceMetric.CAMERA_AVAILABILITY) ? "—"
              : Words.oneDecimal(sl.effectiveAttainment()) + "%",
          sl.window().map(this::window).orElse("—"),
          sl.appliesTo().flatMap(a -> a.priority())
              .map(p -> l.text("value.priorityOnly", "priority", l.label(p)))
              .orElse(l.text("value.all")),
          sl.description().map(d -> l.twin(sl, "description", d)).orElse("")));
    }
    blocks.add(new Table(
        List.of(l.text("table.serviceLevel"), l.text("table.metric"),
            l.text("table.obligatedParty"), l.text("table.objective"), l.text("table.attainment"),
            l.text("table.window"), l.text("table.appliesTo"), l.text("table.description")),
        rows, List.of(false, false, false, false, true, false, false, false)));
  }

  private String objective(ServiceMetric metric, Objective objective) {
    String key = objective.operator() == ObjectiveOperator.AT_MOST ? "value.atMost"
        : "value.atLeast";
    if (objective.threshold().isPeriod()) {
      return l.text(key, "value", l.period(objective.threshold().period().orElseThrow()));
    }
    BigDecimal n = objective.threshold().number().orElseThrow();
    return l.text(key, "value",
        n.toPlainString() + (metric.equals(ServiceMetric.CAMERA_AVAILABILITY) ? "%" : ""));
  }

  private String window(MeasurementWindow w) {
    String type = w.type() == WindowType.ROLLING
        ? w.length().map(p -> l.text("value.rolling", "length", l.period(p)))
            .orElse(l.text("value.rollingNoLength"))
        : l.label(w.type());
    return type + " (" + w.effectiveTimeZone() + ")";
  }

  private void approvals() {
    blocks.add(new Heading(2, l.text("heading.signatures"), "signatures"));
    List<Signatory> signatories = new ArrayList<>();
    Map<String, List<Approval>> byParty = agreement.approvals().stream()
        .collect(Collectors.groupingBy(a -> a.party()));
    for (Party p : agreement.parties()) {
      String name = l.twin(p, "name", p.name());
      List<Approval> approvals = byParty.getOrDefault(p.id(), List.of());
      if (approvals.isEmpty()) {
        signatories.add(new Signatory(name, Optional.empty(), Optional.empty(),
            Optional.empty()));
      }
      for (var a : approvals) {
        signatories.add(new Signatory(name, Optional.of(a.name()),
            Optional.of(l.twin(a, "position", a.position())), Optional.of(l.date(a.date()))));
      }
    }
    blocks.add(Paragraph.note(l.text("note.signed")));
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
    return agreement.party(id).map(p -> l.twin(p, "name", p.name())).orElse(id);
  }

  private static Table text(List<String> headers, List<List<String>> rows) {
    return new Table(headers, rows, headers.stream().map(h -> false).toList());
  }
}
