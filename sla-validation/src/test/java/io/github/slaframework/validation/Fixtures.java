package io.github.slaframework.validation;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.section.EvaluationAndReviewSection;
import io.github.slaframework.core.section.GovernanceSection;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.core.section.Purpose;
import java.time.LocalDate;

/** Small agreements built in code for unit tests of this module. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * A complete, valid agreement between a council and a force with every mandatory area.
   *
   * @return a builder holding the agreement, for tests to change
   */
  public static io.github.slaframework.core.ImmutableAgreement.Builder valid() {
    return Agreement.builder()
        .id("leeds-wyp-2026")
        .title("Public space CCTV: Leeds City Council and West Yorkshire Police")
        .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
        .addParties(
            Party.builder()
                .id("lcc")
                .name("Leeds City Council")
                .type(PartyType.LOCAL_AUTHORITY)
                .addContacts(Contact.builder().name("CCTV Manager").email("cctv@leeds.gov.uk").build())
                .build(),
            Party.builder().id("wyp").name("West Yorkshire Police").type(PartyType.POLICE_FORCE).build())
        .term(Term.builder().effectiveFrom(LocalDate.of(2026, 4, 1)).build())
        .addSections(
            PurposeAndLegitimacySection.builder()
                .addPurposes(Purpose.CRIME_PREVENTION_AND_DETECTION)
                .pressingNeed("Town-centre violence at night")
                .addClauses(Clause.of("purpose-1", "The system is used to prevent and detect crime."))
                .build(),
            LegalConsiderationsSection.builder()
                .jurisdiction(Jurisdiction.ENGLAND_AND_WALES)
                .addLegalBases(LegalBasis.UK_GDPR, LegalBasis.DPA_2018_PART_3)
                .build(),
            GovernanceSection.builder().meetingFrequency(IsoPeriod.parse("P3M")).build(),
            InformationSharingSection.builder().retentionPeriod(IsoPeriod.ofDays(31)).build(),
            EvaluationAndReviewSection.builder()
                .reviewFrequency(IsoPeriod.parse("P1Y"))
                .nextReviewOn(LocalDate.of(2027, 4, 1))
                .build());
  }
}
