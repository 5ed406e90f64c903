package io.github.slaframework.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Channel;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.IntegrityAlgorithm;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.section.CommunicationSection;
import io.github.slaframework.core.section.TrainingSection;
import io.github.slaframework.core.section.TrainingRequirement;
import org.junit.jupiter.api.Test;

class SampleAgreementsTests {

  @Test
  void councilAgreementCoversAllTwelveWellKnownAreasInFormatOrder() {
    Agreement agreement = SampleAgreements.councilAndForce();

    assertThat(agreement.sections()).extracting(Section::area).containsExactlyElementsOf(AreaCode.WELL_KNOWN);
    assertThat(agreement.parties()).extracting(p -> p.type())
        .containsExactly(PartyType.LOCAL_AUTHORITY, PartyType.POLICE_FORCE);
  }

  @Test
  void councilAgreementStatesTheFactsOfARealAgreement() {
    Agreement agreement = SampleAgreements.councilAndForce();

    InformationSharingSection sharing =
        agreement.section(InformationSharingSection.class).orElseThrow();
    assertThat(sharing.retentionPeriod()).isEqualTo(IsoPeriod.ofDays(31));
    assertThat(sharing.evidenceExport().orElseThrow().integrity()).contains(IntegrityAlgorithm.SHA_256);
    assertThat(agreement.section(CommunicationSection.class).orElseThrow().channels())
        .containsExactly(Channel.AIRWAVE_RADIO, Channel.TELEPHONE);
    assertThat(agreement.section(TrainingSection.class).orElseThrow().requirements())
        .contains(TrainingRequirement.SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE);

    TechnicalStandardsSection technical =
        agreement.section(TechnicalStandardsSection.class).orElseThrow();
    Camera camera = technical.cameras().get(0);
    var edition =
        PixelDensityEditions.builtIn().find(technical.pixelDensityStandard().orElseThrow()).orElseThrow();
    assertThat(camera.requiredLevel()).isEqualTo("IDENTIFY");
    assertThat(camera.pixelDensity().reaches(edition.level("IDENTIFY").orElseThrow())).isTrue();
  }

  @Test
  void housingAssociationAgreementHasTwoForcesAndTheProfile() {
    Agreement agreement = SampleAgreements.housingAssociationWithTwoForces();

    assertThat(agreement.parties()).filteredOn(p -> p.type().equals(PartyType.POLICE_FORCE)).hasSize(2);
    assertThat(agreement.framework().profile()).contains("housing-association");
    assertThat(agreement.section(AreaCode.of("x-tenant-engagement"))).isPresent();
  }

  @Test
  void buildingTwiceGivesEqualValues() {
    assertThat(SampleAgreements.councilAndForce()).isEqualTo(SampleAgreements.councilAndForce());
    assertThat(SampleAgreements.councilAndForce().hashCode())
        .isEqualTo(SampleAgreements.councilAndForce().hashCode());
  }
}
