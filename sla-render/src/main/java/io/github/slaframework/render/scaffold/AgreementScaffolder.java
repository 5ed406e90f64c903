package io.github.slaframework.render.scaffold;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.section.Channel;
import io.github.slaframework.core.section.CommunicationSection;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.section.EvaluationAndReviewSection;
import io.github.slaframework.core.section.EvidenceExport;
import io.github.slaframework.core.section.EvidenceFormat;
import io.github.slaframework.core.section.FeedbackSection;
import io.github.slaframework.core.section.Charge;
import io.github.slaframework.core.section.FinanceSection;
import io.github.slaframework.core.section.FutureTechnologySection;
import io.github.slaframework.core.section.GovernanceSection;
import io.github.slaframework.core.section.Indicator;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.IntegrityAlgorithm;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.PrivacyImpactAssessment;
import io.github.slaframework.core.section.Purpose;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.SurveillanceType;
import io.github.slaframework.core.section.SurveillanceTypesSection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.section.TrainingRequirement;
import io.github.slaframework.core.section.TrainingSection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Scaffolds a draft agreement from a framework: every mandatory and recommended area is present,
 * each with the area's guidance as a starting clause; the typed fields the framework's rules
 * need are filled with common values; the parties are filled in.
 *
 * <p>Text the parties must write starts with {@link #MARK}; typed values that were filled with
 * a common choice (31 days' retention, the usual legal bases, ...) are valid as they stand but
 * must be confirmed. Both kinds are listed in {@link Draft#placeholders()} with their JSON
 * Pointer, so a tool can print them. The draft validates with no {@code ERROR} except those
 * that come from the parties chosen (e.g. {@code PARTY_COMPOSITION} without a police force).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class AgreementScaffolder {

  /** The mark that starts every text the parties must write themselves. */
  public static final String MARK = "[TO COMPLETE]";

  private final Clock clock;

  private AgreementScaffolder(Clock clock) {
    this.clock = clock;
  }

  /**
   * A scaffolder whose drafts take effect today in the {@code Europe/London} zone.
   *
   * @return a scaffolder, never null
   */
  public static AgreementScaffolder standard() {
    return withClock(Clock.system(java.time.ZoneId.of("Europe/London")));
  }

  /**
   * A scaffolder whose drafts take effect on the clock's current date.
   *
   * @param clock the clock that gives the draft's effective date
   * @return a scaffolder, never null
   */
  public static AgreementScaffolder withClock(Clock clock) {
    return new AgreementScaffolder(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Scaffolds a draft under a framework, tailored by one of its profiles.
   *
   * <p>A profile whose id contains {@code scotland} makes the draft's jurisdiction Scotland, one
   * whose id contains {@code northern-ireland} Northern Ireland (both leave out the Protection of
   * Freedoms Act 2012, which does not extend there), and one whose id contains {@code wales}
   * makes the draft bilingual ({@code en} and {@code cy}), for the Welsh language duty.
   *
   * @param framework the framework, not tailored
   * @param profile a profile of that framework, or empty
   * @param parties the parties, at least two, with unique ids
   * @return the draft and its placeholders
   * @throws IllegalArgumentException when the profile tailors another framework, there are
   *     fewer than two parties or two share an id
   */
  public Draft scaffold(Framework framework, Optional<Profile> profile, List<Party> parties) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(profile, "profile");
    if (parties.size() < 2) {
      throw new IllegalArgumentException("an agreement has at least two parties");
    }
    if (parties.stream().map(Party::id).distinct().count() != parties.size()) {
      throw new IllegalArgumentException("two parties share an id");
    }
    Framework tailored = profile.map(framework::tailoredBy).orElse(framework);
    LocalDate today = LocalDate.now(clock);
    List<Placeholder> placeholders = new ArrayList<>();
    placeholders.add(new Placeholder("/title", "Confirm the title of the agreement."));
    placeholders.add(new Placeholder("/term/effectiveFrom",
        "Set the date the agreement takes effect (today's date filled in)."));

    String profileId = profile.map(p -> p.id().toLowerCase(Locale.ROOT)).orElse("");
    Jurisdiction jurisdiction = profileId.contains("scotland") ? Jurisdiction.SCOTLAND
        : profileId.contains("northern-ireland") ? Jurisdiction.NORTHERN_IRELAND
        : Jurisdiction.ENGLAND_AND_WALES;
    boolean welsh = profileId.contains("wales");
    String payer = parties.stream().filter(p -> p.type().equals(PartyType.POLICE_FORCE))
        .map(Party::id).findFirst().orElse(parties.get(parties.size() - 1).id());
    List<Section> sections = new ArrayList<>();
    for (AreaDefinition area : tailored.areas()) {
      if (area.level() == AreaLevel.OPTIONAL) {
        continue;
      }
      String base = "/sections/" + sections.size();
      Clause clause = Clause.builder()
          .id(area.code().code().toLowerCase(Locale.ROOT).replace('_', '-') + "-1")
          .title(area.title())
          .text(MARK + " " + area.guidance().orElse(
              "Write what the parties agree about " + area.title().toLowerCase(Locale.ROOT) + "."))
          .build();
      placeholders.add(new Placeholder(base + "/clauses/0/text",
          "Replace the guidance for \"" + area.title() + "\" with the wording both parties agree."));
      sections.add(section(area, clause, base, today, jurisdiction, welsh, payer, placeholders));
    }

    List<String> partyNames = parties.stream().map(Party::name).toList();
    String names = String.join(", ", partyNames.subList(0, partyNames.size() - 1)) + " and "
        + partyNames.get(partyNames.size() - 1);
    Agreement agreement = Agreement.builder()
        .id(draftId(parties))
        .title("Service level agreement between " + names)
        .framework(FrameworkRef.builder().id(framework.id()).version(framework.version())
            .profile(profile.map(Profile::id)).build())
        .status(AgreementStatus.DRAFT)
        .parties(parties)
        .term(Term.builder().effectiveFrom(today).reviewEvery(IsoPeriod.parse("P1Y")).build())
        .sections(sections)
        .languages(welsh ? List.of("en", "cy") : List.of())
        .build();
    return new Draft(agreement, placeholders);
  }

  private static Section section(AreaDefinition area, Clause clause, String base, LocalDate today,
      Jurisdiction jurisdiction, boolean welsh, String payer, List<Placeholder> todo) {
    boolean scotland = jurisdiction == Jurisdiction.SCOTLAND;
    String code = area.code().code();
    switch (code) {
      case "PURPOSE_AND_LEGITIMACY" -> {
        todo.add(new Placeholder(base + "/purposes", "Confirm the purposes of the system."));
        todo.add(new Placeholder(base + "/pressingNeed",
            "Describe the pressing need the cameras address."));
        todo.add(new Placeholder(base + "/dpia",
            "Give the data protection impact assessment: its reference, when it was completed "
                + "and when it is next reviewed (today and a year from today filled in)."));
        return PurposeAndLegitimacySection.builder().addClauses(clause)
            .addPurposes(Purpose.CRIME_PREVENTION_AND_DETECTION, Purpose.PUBLIC_SAFETY)
            .pressingNeed(MARK + " The problem the cameras address, and the evidence for it.")
            // A data protection impact assessment comes before the processing (UK GDPR Art 35).
            .dpia(PrivacyImpactAssessment.builder()
                .reference(MARK + " The reference of the data protection impact assessment.")
                .completedOn(today)
                .nextReviewOn(today.plusYears(1))
                .build())
            .build();
      }
      case "LEGAL_CONSIDERATIONS" -> {
        todo.add(new Placeholder(base + "/jurisdiction", "Confirm the jurisdiction."));
        todo.add(new Placeholder(base + "/legalBases",
            "Confirm the legal bases; add RIPA (RIP(S)A in Scotland) if any use is covert."));
        var b = LegalConsiderationsSection.builder()
            .addClauses(clause)
            .jurisdiction(jurisdiction)
            .addLegalBases(LegalBasis.UK_GDPR, LegalBasis.DPA_2018_SCHEDULE_2,
                LegalBasis.DPA_2018_PART_3, LegalBasis.HRA_1998);
        if (jurisdiction == Jurisdiction.ENGLAND_AND_WALES) {
          b.addLegalBases(LegalBasis.POFA_2012);
        }
        if (welsh) {
          b.addLegalBases(LegalBasis.WELSH_LANGUAGE_MEASURE_2011);
        }
        return b.build();
      }
      case "GOVERNANCE" -> {
        todo.add(new Placeholder(base + "/meetingFrequency",
            "Confirm how often the parties meet (every 3 months filled in)."));
        todo.add(new Placeholder(base + "/escalation", "Name who a problem is escalated to."));
        return GovernanceSection.builder().addClauses(clause)
            .meetingFrequency(IsoPeriod.parse("P3M"))
            .escalation(MARK + " The named roles a problem goes to, in order.")
            .build();
      }
      case "INFORMATION_SHARING" -> {
        todo.add(new Placeholder(base + "/retentionPeriod",
            "Confirm how long footage is kept (31 days filled in)."));
        todo.add(new Placeholder(base + "/evidenceExport",
            "Confirm the evidence export format and integrity check (native, SHA-256)."));
        return InformationSharingSection.builder().addClauses(clause)
            .retentionPeriod(IsoPeriod.ofDays(31))
            .evidenceExport(EvidenceExport.of(EvidenceFormat.NATIVE, IntegrityAlgorithm.SHA_256))
            .build();
      }
      case "COMMUNICATION" -> {
        todo.add(new Placeholder(base + "/channels", "Confirm the channels used."));
        todo.add(new Placeholder(base + "/hours", "State the hours the control room is staffed."));
        return CommunicationSection.builder().addClauses(clause)
            .addChannels(Channel.TELEPHONE, Channel.EMAIL)
            .hours(MARK + " The hours the monitoring centre is staffed.")
            .build();
      }
      case "TRAINING" -> {
        todo.add(new Placeholder(base + "/requirements", "Confirm the training required."));
        return TrainingSection.builder().addClauses(clause)
            .addRequirements(TrainingRequirement.SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE,
                TrainingRequirement.DATA_PROTECTION)
            .addRequirements(scotland ? TrainingRequirement.RIPSA_AWARENESS
                : TrainingRequirement.RIPA_AWARENESS)
            .refresherEvery(IsoPeriod.parse("P1Y"))
            .build();
      }
      case "SURVEILLANCE_TYPES" -> {
        todo.add(new Placeholder(base + "/types",
            "Confirm the kinds of surveillance (overt filled in)."));
        return SurveillanceTypesSection.builder().addClauses(clause)
            .addTypes(SurveillanceType.OVERT).build();
      }
      case "FINANCE" -> {
        todo.add(new Placeholder(base + "/charges",
            "List each charge, its amount and who pays (one charge of 0.00 to the police filled "
                + "in)."));
        return FinanceSection.builder().addClauses(clause)
            .addCharges(Charge.builder()
                .description(MARK + " What is charged, and to whom (0.00 when nothing is).")
                .amount(java.math.BigDecimal.ZERO.setScale(2))
                .currency("GBP")
                .payer(payer)
                .build())
            .build();
      }
      case "FEEDBACK" -> {
        todo.add(new Placeholder(base + "/indicators", "Confirm the figures reported."));
        return FeedbackSection.builder().addClauses(clause)
            .reportingFrequency(IsoPeriod.parse("P3M"))
            .addIndicators(Indicator.INCIDENTS_MONITORED, Indicator.EVIDENCE_PACKAGES)
            .build();
      }
      case "FUTURE_TECHNOLOGY" -> {
        return FutureTechnologySection.builder().addClauses(clause).build();
      }
      case "EVALUATION_AND_REVIEW" -> {
        todo.add(new Placeholder(base + "/nextReviewOn",
            "Confirm the date of the next review (a year from today filled in)."));
        return EvaluationAndReviewSection.builder().addClauses(clause)
            .reviewFrequency(IsoPeriod.parse("P1Y"))
            .nextReviewOn(today.plusYears(1))
            .publishAnnualReport(true)
            .build();
      }
      case "TECHNICAL_STANDARDS" -> {
        todo.add(new Placeholder(base,
            "Add \"cameras\": each camera with its required level, horizontal pixels and "
                + "scene width."));
        return TechnicalStandardsSection.builder().addClauses(clause)
            .pixelDensityStandard(PixelDensityEditions.IEC_62676_4_2025).build();
      }
      default -> {
        return CustomSection.builder().area(area.code()).addClauses(clause).build();
      }
    }
  }

  private static String draftId(List<Party> parties) {
    StringBuilder sb = new StringBuilder();
    for (Party p : parties) {
      String slug = p.id().replaceAll("[^A-Za-z0-9._-]", "-");
      if (sb.length() > 0) {
        sb.append('-');
      }
      sb.append(slug);
    }
    String id = sb.append("-draft").toString().replaceFirst("^[^A-Za-z0-9]+", "");
    return id.length() > 128 ? id.substring(0, 128) : id;
  }
}
