package io.github.slaframework.bench;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.Obligation;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.Threshold;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Channel;
import io.github.slaframework.core.section.Charge;
import io.github.slaframework.core.section.CommunicationSection;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.section.EvaluationAndReviewSection;
import io.github.slaframework.core.section.EvidenceExport;
import io.github.slaframework.core.section.EvidenceFormat;
import io.github.slaframework.core.section.FeedbackSection;
import io.github.slaframework.core.section.FinanceSection;
import io.github.slaframework.core.section.FutureTechnologySection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.section.GovernanceSection;
import io.github.slaframework.core.section.Indicator;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.IntegrityAlgorithm;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.PlannedChange;
import io.github.slaframework.core.section.PrivacyImpactAssessment;
import io.github.slaframework.core.section.Purpose;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.SurveillanceType;
import io.github.slaframework.core.section.SurveillanceTypesSection;
import io.github.slaframework.core.section.TrainingRequirement;
import io.github.slaframework.core.section.TrainingSection;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Reference agreements for the benchmarks: generated deterministically (a fixed seed, no clock) in
 * three sizes of canonical JSON, each valid under the built-in {@code uk-cctv-partnership}
 * framework. A larger document has more parties, clauses with realistic text, cameras, charges,
 * planned changes and service levels; the shape stays that of a real council–police agreement.
 *
 * <p>The same size always gives the same bytes, on every machine and JVM, so benchmark runs
 * compare like with like.
 *
 * @since 0.1.0
 */
public final class ReferenceAgreements {

  /** The seed of every document's random choices. */
  public static final long SEED = 0x5_1A_2026L;

  private static final Map<DocumentSize, byte[]> CACHE = new EnumMap<>(DocumentSize.class);

  private ReferenceAgreements() {}

  /**
   * The canonical JSON of the reference agreement of a size: the smallest generated agreement
   * whose canonical form is at least the size's target length (see {@link DocumentSize#scale()}).
   *
   * @param size the size, never null
   * @return a copy of the UTF-8 bytes, never null
   */
  public static byte[] json(DocumentSize size) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(size, ReferenceAgreements::generateJson).clone();
    }
  }

  /**
   * The reference agreement of a size as a model (the same agreement whose canonical JSON {@link
   * #json(DocumentSize)} gives).
   *
   * @param size the size, never null
   * @return the agreement, never null
   */
  public static Agreement agreement(DocumentSize size) {
    return generate(size.scale());
  }

  private static byte[] generateJson(DocumentSize size) {
    return bytes(generate(size.scale()));
  }

  private static byte[] bytes(Agreement agreement) {
    return SlaWriter.defaults().writeAgreement(agreement).getBytes(StandardCharsets.UTF_8);
  }

  /** The smallest scale whose document is at least {@code target} bytes long. */
  static int scaleFor(int target) {
    if (bytes(generate(0)).length >= target) {
      return 0;
    }
    int high = 1;
    while (bytes(generate(high)).length < target) {
      high *= 2;
    }
    int low = high / 2;
    while (low + 1 < high) {
      int mid = (low + high) >>> 1;
      if (bytes(generate(mid)).length < target) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return high;
  }

  /**
   * Generates the agreement of a scale: about 1 KB of canonical JSON per unit of scale on top of a
   * fixed core. The same scale always gives an equal agreement.
   *
   * @param scale at least 0
   * @return the agreement
   */
  static Agreement generate(int scale) {
    if (scale < 0) {
      throw new IllegalArgumentException("scale is at least 0: " + scale);
    }
    return new Generator(new SplittableRandom(SEED), scale).agreement();
  }

  /** One document's generation: its random stream and its running counters. */
  private static final class Generator {

    private static final String[] TOWNS = {
      "Northbridge", "Ashford Vale", "Kingsmere", "Holloway Cross", "Redmarsh", "Eastwick",
      "Saltley Green", "Brampton", "Cowley Hythe", "Fenwick"
    };
    private static final String[] STREETS = {
      "Market Square", "High Street", "Station Road", "Church Lane", "Bus Station concourse",
      "Riverside Walk", "Victoria Park gates", "Queen Street car park", "Town Hall steps",
      "Canal towpath", "Shopping centre entrance", "Taxi rank"
    };
    private static final String[] FACING = {
      "facing north", "facing the taxi rank", "towards the cash machines", "along the footpath",
      "over the junction", "towards the late-night venues", "covering the bus stops"
    };
    private static final String[] FIRST_NAMES = {
      "Priya", "Tom", "Helen", "Dev", "Aisha", "Gareth", "Sinead", "Marcus", "Olu", "Fiona",
      "Rhys", "Hannah"
    };
    private static final String[] LAST_NAMES = {
      "Shah", "Reilly", "Marsh", "Patel", "Khan", "Evans", "O'Neill", "Brown", "Adeyemi", "Campbell",
      "Morgan", "Wright"
    };
    private static final String[] SUBJECTS = {
      "The control room", "The council", "The force", "Each operator", "The CCTV Manager",
      "The partnership lead", "The data protection officer", "The duty inspector",
      "The system owner", "Every party"
    };
    private static final String[] ACTIONS = {
      "keeps a written record of every request for footage, with the requester, purpose and time",
      "exports requested footage in its native format and records a SHA-256 hash of the master copy",
      "reviews the privacy impact assessment whenever a camera is added or moved",
      "holds a copy of every directed surveillance authorisation before cameras are used covertly",
      "reports camera faults to the maintenance contractor within one working day",
      "supports live incidents by directing officers on the ground over Airwave radio",
      "tells the public where cameras are and whom to contact about them",
      "deletes footage that is not requested once the retention period has passed",
      "checks that every camera still meets its required pixel density after maintenance",
      "publishes an annual report of incidents monitored, arrests assisted and evidence produced",
      "restricts access to recorded footage to trained and licensed staff",
      "logs every working copy made from a master exhibit with a sequence number"
    };
    private static final String[] QUALIFIERS = {
      "as soon as reasonably practicable",
      "within the times set out in the service levels of this agreement",
      "in line with the Surveillance Camera Code of Practice",
      "unless a senior officer agrees otherwise in writing",
      "and the record is kept for the life of this agreement",
      "so that evidence remains admissible in court",
      "subject to the Data Protection Act 2018"
    };
    private static final String[] LEVELS_2014 = {"MONITOR", "DETECT", "OBSERVE", "RECOGNISE", "IDENTIFY"};
    private static final double[] DENSITIES_2014 = {12.5, 25, 62.5, 125, 250};
    private static final int[] PIXELS = {1280, 1920, 2560, 3840};

    private final SplittableRandom random;
    private final int scale;
    private final List<String> partyIds = new ArrayList<>();
    private int clauseCount;

    Generator(SplittableRandom random, int scale) {
      this.random = random;
      this.scale = scale;
    }

    Agreement agreement() {
      List<Party> parties = parties();
      return Agreement.builder()
          .id("reference-agreement-" + scale)
          .title("Public space CCTV partnership: " + TOWNS[0] + " Council, its partners and police")
          .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
          .status(AgreementStatus.AGREED)
          .addAllParties(parties)
          .term(
              Term.builder()
                  .effectiveFrom(LocalDate.of(2026, 4, 1))
                  .expiresOn(LocalDate.of(2029, 3, 31))
                  .reviewEvery(IsoPeriod.parse("P1Y"))
                  .noticePeriod(IsoPeriod.parse("P3M"))
                  .build())
          .addAllSections(sections())
          .addAllServiceLevels(serviceLevels())
          .addAllApprovals(approvals(parties))
          .putExtensions("x-generator", JsonValue.of("sla-bench reference agreement, scale " + scale))
          .build();
    }

    private List<Party> parties() {
      List<Party> parties = new ArrayList<>();
      parties.add(party("council", TOWNS[0] + " Metropolitan Borough Council", PartyType.LOCAL_AUTHORITY,
          "gss", "E08000025", PartyRole.SYSTEM_OWNER, PartyRole.DATA_CONTROLLER,
          PartyRole.MONITORING_CENTRE));
      parties.add(party("police", TOWNS[0] + " Police", PartyType.POLICE_FORCE, "forceCode", "20",
          PartyRole.POLICE));
      PartyType[] others = {
        PartyType.HOUSING_ASSOCIATION, PartyType.POLICE_FORCE, PartyType.NHS_BODY,
        PartyType.UNIVERSITY, PartyType.SHOPPING_CENTRE, PartyType.TRANSPORT_OPERATOR
      };
      int extra = scale / 8;
      for (int i = 0; i < extra; i++) {
        PartyType type = others[i % others.length];
        String town = TOWNS[(i + 1) % TOWNS.length];
        String name = switch (type.code()) {
          case "HOUSING_ASSOCIATION" -> town + " Homes Housing Association";
          case "POLICE_FORCE" -> town + " Constabulary";
          case "NHS_BODY" -> town + " Hospitals NHS Trust";
          case "UNIVERSITY" -> "University of " + town;
          case "SHOPPING_CENTRE" -> town + " Shopping Centre Ltd";
          default -> town + " Bus Company";
        };
        parties.add(type.equals(PartyType.POLICE_FORCE)
            ? party("force-" + i, name, type, "forceCode", String.valueOf(30 + i), PartyRole.POLICE)
            : party("partner-" + i, name, type, "companyNumber",
                String.format("%08d", random.nextInt(1, 99_999_999)), PartyRole.SYSTEM_OWNER));
      }
      return parties;
    }

    private Party party(String id, String name, PartyType type, String identifier, String value,
        PartyRole... roles) {
      partyIds.add(id);
      Party.Builder builder = Party.builder().id(id).name(name).type(type).addRoles(roles)
          .putIdentifiers(identifier, value);
      int contacts = 1 + random.nextInt(2);
      for (int c = 0; c < contacts; c++) {
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        builder.addContacts(Contact.builder()
            .name(first + " " + last)
            .role(c == 0 ? "Partnership lead" : "Deputy")
            .email(first.toLowerCase(java.util.Locale.ROOT) + "." + id + "@example.org")
            .phone("0121 496 " + String.format("%04d", random.nextInt(10_000)))
            .build());
      }
      return builder.build();
    }

    private List<Section> sections() {
      List<Section> sections = new ArrayList<>();
      sections.add(PurposeAndLegitimacySection.builder()
          .addPurposes(Purpose.CRIME_PREVENTION_AND_DETECTION, Purpose.PUBLIC_SAFETY,
              Purpose.SAFEGUARDING)
          .pressingNeed("Violent crime and anti-social behaviour in the town centre at night, and"
              + " vulnerable people at risk near the river and the bus station.")
          .dpia(PrivacyImpactAssessment.builder()
              .reference("DPIA-2026-014")
              .completedOn(LocalDate.of(2026, 2, 12))
              .nextReviewOn(LocalDate.of(2027, 2, 12))
              .build())
          .addAllClauses(clauses("purpose"))
          .build());
      sections.add(LegalConsiderationsSection.builder()
          .jurisdiction(Jurisdiction.ENGLAND_AND_WALES)
          .addLegalBases(LegalBasis.DPA_2018_PART_3, LegalBasis.UK_GDPR,
              LegalBasis.DPA_2018_SCHEDULE_2, LegalBasis.POFA_2012, LegalBasis.RIPA_2000_PART_2,
              LegalBasis.CPIA_1996, LegalBasis.HRA_1998, LegalBasis.FOIA_2000)
          .addAllClauses(clauses("legal"))
          .build());
      sections.add(GovernanceSection.builder()
          .meetingFrequency(IsoPeriod.parse("P3M"))
          .escalation("CCTV Manager, then the Head of Community Safety and the Superintendent.")
          .addAllClauses(clauses("gov"))
          .build());
      sections.add(InformationSharingSection.builder()
          .retentionPeriod(IsoPeriod.ofDays(31))
          .evidenceExport(EvidenceExport.of(EvidenceFormat.NATIVE, IntegrityAlgorithm.SHA_256))
          .addAllClauses(clauses("share"))
          .build());
      sections.add(CommunicationSection.builder()
          .liveIncidentSupport(true)
          .addChannels(Channel.AIRWAVE_RADIO, Channel.TELEPHONE, Channel.SECURE_MESSAGING)
          .hours("24/7")
          .addAllClauses(clauses("comms"))
          .build());
      sections.add(TrainingSection.builder()
          .addRequirements(TrainingRequirement.SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE,
              TrainingRequirement.DATA_PROTECTION, TrainingRequirement.EVIDENCE_HANDLING)
          .refresherEvery(IsoPeriod.parse("P1Y"))
          .addAllClauses(clauses("train"))
          .build());
      sections.add(SurveillanceTypesSection.builder()
          .addTypes(SurveillanceType.OVERT, SurveillanceType.COVERT, SurveillanceType.REDEPLOYABLE)
          .addAllClauses(clauses("types"))
          .build());
      FinanceSection.Builder finance = FinanceSection.builder().addAllClauses(clauses("fin"));
      for (int i = 0; i < 1 + scale / 4; i++) {
        finance.addCharges(Charge.builder()
            .description("Footage search and export for " + pick(STREETS) + ", per request")
            .amount(BigDecimal.valueOf(random.nextInt(1, 200) * 5L, 2).multiply(BigDecimal.TEN)
                .setScale(2, RoundingMode.UNNECESSARY))
            .currency("GBP")
            .payer(partyIds.get(random.nextInt(partyIds.size())))
            .build());
      }
      sections.add(finance.build());
      sections.add(FeedbackSection.builder()
          .reportingFrequency(IsoPeriod.parse("P1M"))
          .addIndicators(Indicator.INCIDENTS_MONITORED, Indicator.ARRESTS_ASSISTED,
              Indicator.EVIDENCE_PACKAGES, Indicator.CAMERA_AVAILABILITY)
          .addAllClauses(clauses("feedback"))
          .build());
      FutureTechnologySection.Builder future =
          FutureTechnologySection.builder().addAllClauses(clauses("future"));
      for (int i = 0; i < 1 + scale / 6; i++) {
        future.addPlannedChanges(PlannedChange.builder()
            .description("Replace the analogue cameras at " + pick(STREETS) + " in "
                + pick(TOWNS) + " with 4K units")
            .expectedBy(LocalDate.of(2027 + random.nextInt(3), 1 + random.nextInt(12), 1))
            .requiresDpia(random.nextBoolean())
            .build());
      }
      sections.add(future.build());
      sections.add(EvaluationAndReviewSection.builder()
          .reviewFrequency(IsoPeriod.parse("P1Y"))
          .nextReviewOn(LocalDate.of(2099, 4, 1))
          .publishAnnualReport(true)
          .addAllClauses(clauses("review"))
          .build());
      sections.add(technicalStandards());
      sections.add(CustomSection.builder()
          .area(AreaCode.of("x-public-engagement"))
          .addAllClauses(clauses("public"))
          .build());
      return sections;
    }

    private TechnicalStandardsSection technicalStandards() {
      TechnicalStandardsSection.Builder builder = TechnicalStandardsSection.builder()
          .pixelDensityStandard(PixelDensityEditions.IEC_62676_4_2014)
          .addAllClauses(clauses("tech"));
      int cameras = 1 + scale;
      for (int i = 0; i < cameras; i++) {
        int level = random.nextInt(LEVELS_2014.length);
        int pixels = PIXELS[random.nextInt(PIXELS.length)];
        // A scene narrow enough that the camera meets its level with 10% to 100% to spare.
        double margin = 1.1 + random.nextDouble() * 0.9;
        BigDecimal width = BigDecimal.valueOf(pixels / (DENSITIES_2014[level] * margin))
            .setScale(1, RoundingMode.DOWN);
        builder.addCameras(Camera.builder()
            .id(String.format("cam-%04d", i + 1))
            .location(pick(STREETS) + ", " + pick(TOWNS) + ", " + pick(FACING))
            .requiredLevel(LEVELS_2014[level])
            .horizontalPixels(pixels)
            .sceneWidthMetres(width)
            .build());
      }
      return builder.build();
    }

    /** About two clauses per unit of scale, spread over the thirteen sections (none at scale 0). */
    private List<Clause> clauses(String prefix) {
      int count = (scale * 2) / 13 + (random.nextInt(13) < (scale * 2) % 13 ? 1 : 0);
      List<Clause> clauses = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        clauseCount++;
        Clause.Builder clause = Clause.builder()
            .id(prefix + "-" + (i + 1))
            .text(sentence() + (random.nextBoolean() ? " " + sentence() : ""))
            .obligation(Obligation.values()[random.nextInt(Obligation.values().length)]);
        if (random.nextInt(3) == 0) {
          clause.title("Clause " + clauseCount + ": " + pick(STREETS));
        }
        int responsible = random.nextInt(3);
        for (int r = 0; r < responsible; r++) {
          String party = partyIds.get(random.nextInt(partyIds.size()));
          clause.addResponsibleParties(party);
        }
        if (random.nextInt(8) == 0) {
          clause.putExtensions("x-source", JsonValue.of("2021 framework, paragraph " + (i + 1)));
        }
        clauses.add(clause.build());
      }
      return clauses;
    }

    private String sentence() {
      return pick(SUBJECTS) + " " + pick(ACTIONS) + ", " + pick(QUALIFIERS) + ".";
    }

    private List<ServiceLevel> serviceLevels() {
      List<ServiceLevel> levels = new ArrayList<>();
      int count = 2 + scale / 3;
      for (int i = 0; i < count; i++) {
        String id = "sl-" + (i + 1);
        String obligated = partyIds.get(i % 2 == 0 ? 0 : random.nextInt(partyIds.size()));
        ServiceLevel.Builder level = ServiceLevel.builder().id(id).obligatedParty(obligated);
        switch (i % 5) {
          case 0 -> level.metric(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND)
              .description("Evidence to the police within 7 days of a written request.")
              .objective(Objective.of(ObjectiveOperator.AT_MOST, Threshold.of(IsoPeriod.ofDays(7))))
              .attainment(new BigDecimal("100"))
              .window(MeasurementWindow.of(WindowType.CALENDAR_MONTH));
          case 1 -> level.metric(ServiceMetric.LIVE_INCIDENT_RESPONSE)
              .objective(Objective.of(ObjectiveOperator.AT_MOST, Threshold.of(IsoPeriod.parse("PT5M"))))
              .attainment(new BigDecimal("90"))
              .appliesTo(AppliesTo.priority(Priority.URGENT));
          case 2 -> level.metric(ServiceMetric.CAMERA_AVAILABILITY)
              .description("At least 99% of cameras working in every quarter.")
              .objective(Objective.of(ObjectiveOperator.AT_LEAST, Threshold.of(new BigDecimal("99.0"))))
              .window(MeasurementWindow.of(WindowType.CALENDAR_QUARTER));
          case 3 -> level.metric(ServiceMetric.FAULT_REPAIR_TIME)
              .description("Camera faults fixed within two days of being reported.")
              .objective(Objective.of(ObjectiveOperator.AT_MOST, Threshold.of(IsoPeriod.ofDays(2))))
              .attainment(new BigDecimal("95"))
              .window(MeasurementWindow.builder()
                  .type(WindowType.ROLLING)
                  .length(IsoPeriod.ofDays(90))
                  .timeZone("Europe/London")
                  .build());
          default -> level.metric(ServiceMetric.REQUEST_ACKNOWLEDGEMENT)
              .objective(Objective.of(ObjectiveOperator.AT_MOST, Threshold.of(IsoPeriod.ofHours(4))))
              .attainment(new BigDecimal("98"))
              .window(MeasurementWindow.of(WindowType.CALENDAR_YEAR));
        }
        levels.add(level.build());
      }
      return levels;
    }

    private List<Approval> approvals(List<Party> parties) {
      List<Approval> approvals = new ArrayList<>();
      for (int i = 0; i < Math.min(parties.size(), 4); i++) {
        approvals.add(Approval.builder()
            .party(parties.get(i).id())
            .name(pick(FIRST_NAMES) + " " + pick(LAST_NAMES))
            .position(i == 0 ? "Director of Communities" : "Partnership signatory")
            .date(LocalDate.of(2026, 3, 20 + i))
            .build());
      }
      return approvals;
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }
  }
}
