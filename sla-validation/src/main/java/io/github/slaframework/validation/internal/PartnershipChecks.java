package io.github.slaframework.validation.internal;

import static io.github.slaframework.validation.internal.DocumentValues.date;
import static io.github.slaframework.validation.internal.DocumentValues.elements;
import static io.github.slaframework.validation.internal.DocumentValues.member;
import static io.github.slaframework.validation.internal.DocumentValues.missing;
import static io.github.slaframework.validation.internal.DocumentValues.string;
import static io.github.slaframework.validation.internal.DocumentValues.strings;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.JsonPointer;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.validation.spi.CheckContext;
import io.github.slaframework.validation.spi.CheckProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The named checks of the {@code uk-cctv-partnership} framework version 2026 and its profiles
 * (format 1.1 §3): the rules a condition of the rule language cannot state, because they report
 * per element, compare with the validation date, convert durations or take their severity from
 * the agreement. Registered through the same {@link CheckProvider} interface as a vendor's; each
 * rule of the framework file that names one of these checks gives the finding its code, and its
 * severity unless the contract ties the severity to the agreement ({@code AREA_INCOMPLETE},
 * {@code PLACEHOLDER}).
 *
 * <p>The checks read the agreement as {@link SlaWriter#toJsonValue(Agreement)} writes it, so that
 * their JSON Pointers are the file's and the format's names are the only ones they know: in a
 * validation, member by member through the tree the rules share ({@link AgreementJson}), so that
 * only what a check reaches is converted. Stateless and thread-safe.
 */
public final class PartnershipChecks implements CheckProvider {

  /** Key facts of a present section missing: severity from the area's level. */
  public static final String AREA_INCOMPLETE = "AREA_INCOMPLETE";
  /** A {@code [TO COMPLETE]} string outside {@code x-} fields. */
  public static final String PLACEHOLDER = "PLACEHOLDER";
  /** An AGREED agreement with a party that has not approved it. */
  public static final String APPROVAL_MISSING = "APPROVAL_MISSING";
  /** An AGREED agreement whose term has expired. */
  public static final String TERM_EXPIRED = "TERM_EXPIRED";
  /** A review frequency that disagrees with the term or with the next review date. */
  public static final String REVIEW_CYCLE = "REVIEW_CYCLE";
  /** A data protection impact assessment past its review date. */
  public static final String DPIA_OVERDUE = "DPIA_OVERDUE";
  /** Facial recognition without a data protection impact assessment. */
  public static final String BIOMETRIC_DPIA = "BIOMETRIC_DPIA";
  /** Footage kept for less time than the longest turnaround allowed to supply it. */
  public static final String RETENTION_SHORT = "RETENTION_SHORT";
  /** Each controller's lawful basis, by the kind of party (version 2026). */
  public static final String LAWFUL_BASES = "LAWFUL_BASES";
  /** A legal basis that does not extend to the agreement's jurisdiction. */
  public static final String JURISDICTION_LAW = "JURISDICTION_LAW";
  /** A waiver without an approver or an approval date. */
  public static final String WAIVER_UNAPPROVED = "WAIVER_UNAPPROVED";
  /** A waiver past its expiry date; it waives nothing. */
  public static final String WAIVER_EXPIRED = "WAIVER_EXPIRED";
  /** No Welsh among the agreement's languages (the {@code wales} profile). */
  public static final String WELSH_LANGUAGE = "WELSH_LANGUAGE";

  private static final Set<String> NAMES =
      Set.of(
          AREA_INCOMPLETE,
          PLACEHOLDER,
          APPROVAL_MISSING,
          TERM_EXPIRED,
          REVIEW_CYCLE,
          DPIA_OVERDUE,
          BIOMETRIC_DPIA,
          RETENTION_SHORT,
          LAWFUL_BASES,
          JURISDICTION_LAW,
          WAIVER_UNAPPROVED,
          WAIVER_EXPIRED,
          WELSH_LANGUAGE);

  /** The marker the scaffold writes where the parties must write their own text. */
  public static final String PLACEHOLDER_TEXT = "[TO COMPLETE]";

  /** The key facts of each area (format 1.1 §3, {@code AREA_INCOMPLETE}), in field order. */
  private static final Map<String, List<String>> KEY_FACTS = keyFacts();

  /** The party types that are public authorities for {@code DATA_PROTECTION_BASIS}. */
  private static final Set<String> PUBLIC_AUTHORITIES =
      Set.of(
          "LOCAL_AUTHORITY",
          "POLICE_AND_CRIME_COMMISSIONER",
          "PARISH_OR_TOWN_COUNCIL",
          "NHS_BODY",
          "UNIVERSITY");

  private static final Set<String> CONTROLLER_ROLES = Set.of("DATA_CONTROLLER", "JOINT_CONTROLLER");


  /** Creates the provider. */
  public PartnershipChecks() {}

  private static Map<String, List<String>> keyFacts() {
    Map<String, List<String>> facts = new LinkedHashMap<>();
    facts.put("PURPOSE_AND_LEGITIMACY", List.of("purposes", "pressingNeed", "dpia"));
    facts.put("LEGAL_CONSIDERATIONS", List.of("jurisdiction", "legalBases"));
    facts.put("GOVERNANCE", List.of("meetingFrequency", "escalation"));
    facts.put("INFORMATION_SHARING", List.of("evidenceExport"));
    facts.put("SURVEILLANCE_TYPES", List.of("types"));
    facts.put("EVALUATION_AND_REVIEW", List.of("reviewFrequency", "nextReviewOn"));
    facts.put("COMMUNICATION", List.of("channels"));
    facts.put("TRAINING", List.of("requirements"));
    facts.put("FINANCE", List.of("charges"));
    facts.put("FEEDBACK", List.of("reportingFrequency", "indicators"));
    return Map.copyOf(facts);
  }

  @Override
  public Set<String> names() {
    return NAMES;
  }

  @Override
  public List<Finding> check(String name, CheckContext context) {
    // The area levels after the profile: only the validator's own context knows them.
    Optional<Framework> framework =
        context instanceof CheckRun run ? Optional.of(run.framework()) : Optional.empty();
    Run run = new Run(context, CheckRun.messages(context), framework);
    switch (name) {
      case AREA_INCOMPLETE -> run.areaIncomplete();
      case PLACEHOLDER -> run.placeholders();
      case APPROVAL_MISSING -> run.approvalMissing();
      case TERM_EXPIRED -> run.termExpired();
      case REVIEW_CYCLE -> run.reviewCycle();
      case DPIA_OVERDUE -> run.dpiaOverdue();
      case BIOMETRIC_DPIA -> run.biometricDpia();
      case RETENTION_SHORT -> run.retentionShort();
      case LAWFUL_BASES -> run.lawfulBases();
      case JURISDICTION_LAW -> run.jurisdictionLaw();
      case WAIVER_UNAPPROVED -> run.waiverUnapproved();
      case WAIVER_EXPIRED -> run.waiverExpired();
      case WELSH_LANGUAGE -> run.welshLanguage();
      default -> throw new IllegalArgumentException("not a partnership check: " + name);
    }
    return run.out;
  }

  /**
   * The indexes of the agreement's waivers that have expired by a date: they waive nothing.
   *
   * @param agreement the agreement
   * @param asOf the validation date
   * @return the indexes of expired waivers
   */
  static Set<Integer> expiredWaivers(Agreement agreement, LocalDate asOf) {
    Set<Integer> expired = new HashSet<>();
    for (int w = 0; w < agreement.waivers().size(); w++) {
      Optional<LocalDate> on = agreement.waivers().get(w).expiresOn();
      if (on.isPresent() && on.get().isBefore(asOf)) {
        expired.add(w);
      }
    }
    return expired;
  }

  /** One run of a check: its findings and what it needs. */
  private static final class Run {
    private final CheckContext context;
    private final Messages messages;
    private final Optional<Framework> framework;
    private final AgreementJson json;
    private final List<Finding> out = new ArrayList<>();

    Run(CheckContext context, Messages messages, Optional<Framework> framework) {
      this.context = context;
      this.messages = messages;
      this.framework = framework;
      this.json = context instanceof CheckRun run
          ? run.json() : new AgreementJson(context.agreement(), SlaWriter.defaults());
    }

    /** A top-level member of the agreement's tree, or null. */
    private JsonValue top(String name) {
      return json.member(name).orElse(null);
    }

    /** A member of a section's tree, or null. */
    private JsonValue field(int section, String name) {
      return json.sectionMember(section, name).orElse(null);
    }

    private void add(String path, String key, Object... parameters) {
      add(context.rule().severity(), path, key, parameters);
    }

    private void add(Severity severity, String path, String key, Object... parameters) {
      Object[] all = new Object[parameters.length + 2];
      all[0] = "message";
      all[1] = context.rule().message();
      System.arraycopy(parameters, 0, all, 2, parameters.length);
      out.add(Finding.of(severity, context.rule().code(), path, messages.get(key, all)));
    }

    /** The indexes of an area's sections, in document order. */
    private List<Integer> sections(String area) {
      List<Integer> found = new ArrayList<>();
      for (int s = 0; s < json.sectionCount(); s++) {
        if (area.equals(json.area(s))) {
          found.add(s);
        }
      }
      return found;
    }

    void areaIncomplete() {
      for (int s = 0; s < json.sectionCount(); s++) {
        String area = json.area(s);
        if (!KEY_FACTS.containsKey(area)) {
          continue;
        }
        Optional<AreaLevel> level = level(area);
        if (level.isEmpty() || level.get() == AreaLevel.OPTIONAL) {
          continue;
        }
        Severity severity = level.get() == AreaLevel.MANDATORY ? Severity.ERROR : Severity.WARNING;
        for (String fact : KEY_FACTS.get(area)) {
          JsonValue value = field(s, fact);
          if (value == null && fact.equals("dpia")) {
            // A format-1.0 document names the assessment by its old name.
            value = field(s, "privacyImpactAssessment");
          }
          if (missing(value)) {
            add(
                severity,
                "/sections/" + s + "/" + fact,
                "check.areaIncomplete",
                "area",
                area,
                "fact",
                fact);
          }
        }
      }
    }

    private Optional<AreaLevel> level(String area) {
      if (framework.isEmpty()) {
        return Optional.of(AreaLevel.MANDATORY);
      }
      for (AreaDefinition definition : framework.get().areas()) {
        if (definition.code().code().equals(area)) {
          return Optional.of(definition.level());
        }
      }
      return Optional.empty();
    }

    /**
     * Walks the whole tree, unless the file the agreement was read from has no string with the
     * mark (most files): the walk and the tree it needs were half of a validation's checks.
     */
    void placeholders() {
      if (context instanceof CheckRun run && !run.mayContain(PLACEHOLDER_TEXT)) {
        return;
      }
      placeholders(json.whole(), "", new ArrayList<>());
    }

    /**
     * Every string of a value (outside {@code x-} fields) that holds the placeholder mark. The
     * pointer is built only for a string that has it: the walk visits every value of the
     * agreement on every validation.
     */
    private void placeholders(JsonValue value, String base, List<Object> steps) {
      if (value instanceof JsonValue.JsonString s) {
        if (s.value().contains(PLACEHOLDER_TEXT)) {
          String path = base;
          for (Object step : steps) {
            path = step instanceof Integer i
                ? JsonPointer.child(path, i) : JsonPointer.child(path, (String) step);
          }
          add(
              context.agreement().effectiveStatus() == AgreementStatus.DRAFT
                  ? Severity.WARNING
                  : Severity.ERROR,
              path,
              "check.placeholder");
        }
      } else if (value instanceof JsonValue.JsonArray a) {
        for (int i = 0; i < a.elements().size(); i++) {
          steps.add(i);
          placeholders(a.elements().get(i), base, steps);
          steps.remove(steps.size() - 1);
        }
      } else if (value instanceof JsonValue.JsonObject o) {
        for (Map.Entry<String, JsonValue> m : o.members().entrySet()) {
          // x- fields are the partnership's own: their text is theirs to keep as they like.
          if (!m.getKey().startsWith("x-")) {
            steps.add(m.getKey());
            placeholders(m.getValue(), base, steps);
            steps.remove(steps.size() - 1);
          }
        }
      }
    }

    void approvalMissing() {
      Agreement agreement = context.agreement();
      if (agreement.status().orElse(null) != AgreementStatus.AGREED) {
        return;
      }
      Set<String> approved = new HashSet<>();
      for (Approval approval : agreement.approvals()) {
        approved.add(approval.party());
      }
      for (int p = 0; p < agreement.parties().size(); p++) {
        String id = agreement.parties().get(p).id();
        if (!approved.contains(id)) {
          add("/parties/" + p, "check.approvalMissing", "party", Excerpt.of(id));
        }
      }
    }

    void termExpired() {
      if (context.agreement().status().orElse(null) != AgreementStatus.AGREED) {
        return;
      }
      Optional<LocalDate> expires = date(member(top("term"), "expiresOn"));
      if (expires.isPresent() && expires.get().isBefore(context.asOf())) {
        add("/term/expiresOn", "check.termExpired", "date", expires.get());
      }
    }

    void reviewCycle() {
      Optional<String> every = string(member(top("term"), "reviewEvery"));
      for (int s : sections("EVALUATION_AND_REVIEW")) {
        String base = "/sections/" + s;
        Optional<String> frequency = string(field(s, "reviewFrequency"));
        if (every.isPresent()
            && frequency.isPresent()
            && !PeriodRules.sameCycle(every.get(), frequency.get())) {
          add(
              base + "/reviewFrequency",
              "check.reviewCycle.term",
              "frequency",
              Excerpt.of(frequency.get()),
              "term",
              Excerpt.of(every.get()));
        }
        Optional<LocalDate> next = date(field(s, "nextReviewOn"));
        Optional<IsoPeriod> period =
            frequency.isPresent() ? PeriodRules.period(frequency.get()) : Optional.empty();
        if (next.isPresent() && period.isPresent() && period.get().timePart().isZero()) {
          LocalDate latest = context.asOf().plus(period.get().datePart());
          if (next.get().isAfter(latest)) {
            add(
                base + "/nextReviewOn",
                "check.reviewCycle.next",
                "date",
                next.get(),
                "latest",
                latest);
          }
        }
      }
    }

    void dpiaOverdue() {
      for (int s : sections("PURPOSE_AND_LEGITIMACY")) {
        String name = field(s, "dpia") != null ? "dpia" : "privacyImpactAssessment";
        Optional<LocalDate> next = date(member(field(s, name), "nextReviewOn"));
        if (next.isPresent() && next.get().isBefore(context.asOf())) {
          add(
              "/sections/" + s + "/" + name + "/nextReviewOn",
              "check.dpiaOverdue",
              "date",
              next.get());
        }
      }
    }

    void biometricDpia() {
      boolean dpia = false;
      for (int s : sections("PURPOSE_AND_LEGITIMACY")) {
        dpia |= !missing(field(s, "dpia")) || !missing(field(s, "privacyImpactAssessment"));
      }
      if (dpia) {
        return;
      }
      for (int s : sections("SURVEILLANCE_TYPES")) {
        List<JsonValue> types = elements(field(s, "types"));
        for (int t = 0; t < types.size(); t++) {
          Optional<String> type = string(types.get(t));
          if (type.isPresent() && type.get().startsWith("FACIAL_RECOGNITION_")) {
            add(
                "/sections/" + s + "/types/" + t,
                "check.biometricDpia",
                "type",
                type.get());
            return;
          }
        }
      }
    }

    void retentionShort() {
      BigDecimal longest = null;
      String longestText = null;
      for (JsonValue level : elements(top("serviceLevels"))) {
        if (!"FOOTAGE_REQUEST_TURNAROUND".equals(string(member(level, "metric")).orElse(null))) {
          continue;
        }
        JsonValue objective = member(level, "objective");
        Optional<String> threshold = string(member(objective, "threshold"));
        Optional<BigDecimal> seconds =
            threshold.isPresent() ? PeriodRules.seconds(threshold.get()) : Optional.empty();
        if (seconds.isEmpty()) {
          continue;
        }
        BigDecimal value = seconds.get();
        if ("WORKING_DAYS".equals(string(member(objective, "calendar")).orElse(null))) {
          Optional<Integer> days = PeriodRules.workingDays(threshold.get());
          if (days.isEmpty()) {
            continue; // an invalid WORKING_DAYS threshold is INVALID_VALUE elsewhere
          }
          // Weekends, and the longest run of bank holidays with the weekends they join.
          long calendarDays = (7L * days.get() + 4) / 5 + 7;
          value = BigDecimal.valueOf(calendarDays * PeriodRules.DAY);
          threshold = Optional.of(threshold.get() + " (working days)");
        }
        if (longest == null || value.compareTo(longest) > 0) {
          longest = value;
          longestText = threshold.get();
        }
      }
      if (longest == null) {
        return;
      }
      for (int s : sections("INFORMATION_SHARING")) {
        Optional<String> retention = string(field(s, "retentionPeriod"));
        Optional<BigDecimal> kept =
            retention.isPresent() ? PeriodRules.seconds(retention.get()) : Optional.empty();
        if (kept.isPresent() && kept.get().compareTo(longest) < 0) {
          add(
              "/sections/" + s + "/retentionPeriod",
              "check.retentionShort",
              "retention",
              Excerpt.of(retention.get()),
              "turnaround",
              Excerpt.of(longestText));
        }
      }
    }

    void lawfulBases() {
      List<JsonValue> parties = elements(top("parties"));
      boolean declared = false;
      for (JsonValue party : parties) {
        declared |= member(party, "lawfulBases") != null;
      }
      Set<String> legalBases = new HashSet<>();
      boolean legalSection = false;
      for (int s : sections("LEGAL_CONSIDERATIONS")) {
        legalSection = true;
        legalBases.addAll(strings(field(s, "legalBases")));
      }
      if (!declared && !legalSection) {
        return; // AREA_MISSING says it: the stand-in bases have nowhere to come from
      }
      for (int p = 0; p < parties.size(); p++) {
        JsonValue party = parties.get(p);
        if (Collections.disjoint(strings(member(party, "roles")), CONTROLLER_ROLES)) {
          continue;
        }
        String type = string(member(party, "type")).orElse("");
        boolean police = type.equals("POLICE_FORCE");
        boolean publicAuthority = PUBLIC_AUTHORITIES.contains(type);
        boolean satisfied;
        String needed;
        if (!declared) {
          satisfied = legalBases.contains(police ? "DPA_2018_PART_3" : "UK_GDPR");
          needed = police ? "DPA_2018_PART_3" : "UK_GDPR";
        } else {
          List<String> bases = strings(member(party, "lawfulBases"));
          if (police) {
            satisfied = bases.contains("DPA_2018_PART_3");
            needed = "DPA_2018_PART_3";
          } else if (publicAuthority) {
            satisfied = bases.contains("UK_GDPR_ART_6_1_C") || bases.contains("UK_GDPR_ART_6_1_E");
            needed = "UK_GDPR_ART_6_1_C or UK_GDPR_ART_6_1_E";
          } else {
            satisfied = false;
            for (String base : bases) {
              satisfied |= base.startsWith("UK_GDPR_ART_6_1_");
            }
            needed = "one of UK_GDPR_ART_6_1_*";
          }
        }
        if (!satisfied) {
          add(
              "/parties/" + p,
              declared ? "check.lawfulBasis.party" : "check.lawfulBasis.agreement",
              "party",
              Excerpt.of(string(member(party, "id")).orElse("")),
              "needed",
              needed);
        }
      }
    }

    void jurisdictionLaw() {
      for (int s : sections("LEGAL_CONSIDERATIONS")) {
        Optional<String> jurisdiction = string(field(s, "jurisdiction"));
        if (jurisdiction.isEmpty()) {
          continue;
        }
        boolean scotland = jurisdiction.get().equals("SCOTLAND");
        List<JsonValue> bases = elements(field(s, "legalBases"));
        for (int b = 0; b < bases.size(); b++) {
          String basis = string(bases.get(b)).orElse("");
          String key =
              switch (basis) {
                case "POFA_2012" ->
                    jurisdiction.get().equals("ENGLAND_AND_WALES") ? null : "check.law.pofa";
                case "FOIA_2000" -> scotland ? "check.law.foia" : null;
                case "CPIA_1996" -> scotland ? "check.law.cpia" : null;
                case "FOISA_2002", "CJLSA_2010_PART_6", "RIPSA_2000" ->
                    scotland ? null : "check.law.scottish";
                default -> null;
              };
          if (key != null) {
            add(
                "/sections/" + s + "/legalBases/" + b,
                key,
                "basis",
                basis,
                "jurisdiction",
                jurisdiction.get());
          }
        }
      }
    }

    void waiverUnapproved() {
      Set<Integer> expired = expiredWaivers(context.agreement(), context.asOf());
      List<JsonValue> waivers = elements(top("waivers"));
      for (int w = 0; w < waivers.size(); w++) {
        if (expired.contains(w)) {
          continue; // an expired waiver gets WAIVER_EXPIRED and no other waiver finding
        }
        if (missing(member(waivers.get(w), "approvedBy"))
            || missing(member(waivers.get(w), "approvedOn"))) {
          add("/waivers/" + w, "check.waiverUnapproved");
        }
      }
    }

    void waiverExpired() {
      List<JsonValue> waivers = elements(top("waivers"));
      for (int w : new java.util.TreeSet<>(expiredWaivers(context.agreement(), context.asOf()))) {
        add(
            "/waivers/" + w,
            "check.waiverExpired",
            "date",
            date(member(waivers.get(w), "expiresOn")).orElseThrow());
      }
    }

    void welshLanguage() {
      JsonValue languages = top("languages");
      if (languages == null) {
        add("", "check.welshLanguage.absent");
        return;
      }
      for (String tag : strings(languages)) {
        String primary = tag.split("-", 2)[0];
        if (primary.toLowerCase(Locale.ROOT).equals("cy")) {
          return;
        }
      }
      add("/languages", "check.welshLanguage");
    }
  }
}
