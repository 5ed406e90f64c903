package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.Obligation;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.Threshold;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Charge;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.section.FinanceSection;
import io.github.slaframework.core.section.GovernanceSection;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.value.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Arbitrary valid agreements survive writing and reading, and writing is idempotent. */
class AgreementRoundTripProperties {

  @Property(tries = 150)
  void readingWhatWasWrittenGivesTheSameAgreement(@ForAll("agreements") Agreement agreement) {
    String json = SlaWriter.defaults().writeAgreement(agreement);
    ReadResult<Agreement> read = SlaReader.defaults().readAgreement(json);
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.value()).contains(agreement);
    assertThat(SlaWriter.defaults().writeAgreement(read.value().orElseThrow())).isEqualTo(json);
  }

  @Property(tries = 50)
  void readingUtf8BytesGivesTheSameAgreement(@ForAll("agreements") Agreement agreement) {
    byte[] bytes = SlaWriter.defaults().writeAgreement(agreement).getBytes(StandardCharsets.UTF_8);
    assertThat(SlaReader.defaults().readAgreement(bytes, DocumentFormat.JSON).value())
        .contains(agreement);
  }

  @Provide
  Arbitrary<Agreement> agreements() {
    Arbitrary<String> id =
        Combinators.combine(
                Arbitraries.strings().alpha().numeric().ofLength(1),
                Arbitraries.strings().alpha().numeric().withChars("._-").ofMaxLength(40))
            .as((a, b) -> a + b);
    return Combinators.combine(
            id,
            text(),
            Arbitraries.of(AgreementStatus.class).optional(),
            party().list().ofMinSize(2).ofMaxSize(4),
            term(),
            section().list().ofMaxSize(6),
            serviceLevel().list().ofMaxSize(3),
            extensions())
        .as((agreementId, title, status, parties, term, sections, levels, extensions) ->
            Agreement.builder()
                .id(agreementId)
                .title(title)
                .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
                .status(status)
                .addAllParties(parties)
                .term(term)
                .addAllSections(sections)
                .addAllServiceLevels(levels)
                .putAllExtensions(extensions)
                .build());
  }

  /**
   * Any well-formed Unicode text: control characters, quotes, backslashes, U+2028, characters
   * outside the BMP. (Lone surrogates are not text; Jackson refuses them in field names.)
   */
  private static Arbitrary<String> text() {
    return Combinators.combine(
            Arbitraries.strings()
                .withCharRange('\u0000', '\uD7FF')
                .withCharRange('\uE000', '\uFFFF')
                .ofMaxLength(24),
            Arbitraries.of("", "\uD83D\uDCF7", "\\\"", "\u2028"))
        .as((s, t) -> s + t);
  }

  private static Arbitrary<String> name() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
  }

  private static Arbitrary<LocalDate> date() {
    return Arbitraries.longs().between(-200_000, 200_000).map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<IsoPeriod> period() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 24),
            Arbitraries.integers().between(0, 400),
            Arbitraries.longs().between(0, 200_000))
        .as((y, m, d, s) -> IsoPeriod.of(Period.of(y, m, d), Duration.ofSeconds(s)));
  }

  /** A number within the ranges of the typed fields (docs/FORMAT.md, "Numeric ranges"). */
  private static Arbitrary<BigDecimal> fieldNumber() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000L, 1_000_000L),
            Arbitraries.integers().between(0, 6))
        .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  private static Arbitrary<BigDecimal> number() {
    return Combinators.combine(
            Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
            Arbitraries.integers().between(-3, 6))
        .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  private static Arbitrary<BigDecimal> money() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 10_000_000L), Arbitraries.integers().between(0, 2))
        .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  private static Arbitrary<JsonValue> jsonValue(int depth) {
    Arbitrary<JsonValue> leaf =
        Arbitraries.oneOf(
            Arbitraries.just(JsonValue.NULL),
            Arbitraries.of(true, false).map(JsonValue::of),
            number().map(JsonValue::of),
            text().map(JsonValue::of));
    if (depth == 0) {
      return leaf;
    }
    return Arbitraries.oneOf(
        leaf,
        jsonValue(depth - 1).list().ofMaxSize(3).map(JsonValue::array),
        Arbitraries.maps(text(), jsonValue(depth - 1)).ofMaxSize(3)
            .map(m -> JsonValue.object(new LinkedHashMap<>(m))));
  }

  private static Arbitrary<Map<String, JsonValue>> extensions() {
    return Arbitraries.maps(name().map(n -> "x-" + n), jsonValue(2)).ofMaxSize(2)
        .map(LinkedHashMap::new);
  }

  private static Arbitrary<Party> party() {
    return Combinators.combine(
            name(),
            text(),
            Arbitraries.of(PartyType.KNOWN),
            Arbitraries.of(PartyRole.KNOWN).list().ofMaxSize(3),
            Arbitraries.maps(name(), text()).ofMaxSize(2),
            Combinators.combine(text(), text().optional(), text().optional())
                .as((n, r, e) -> Contact.builder().name(n).role(r).email(e).build())
                .list().ofMaxSize(2),
            extensions())
        .as((id, n, type, roles, identifiers, contacts, ext) ->
            Party.builder().id(id).name(n).type(type).addAllRoles(roles)
                .putAllIdentifiers(new LinkedHashMap<>(identifiers)).addAllContacts(contacts)
                .putAllExtensions(ext).build());
  }

  private static Arbitrary<Term> term() {
    return Combinators.combine(date(), date().optional(), period().optional(),
            period().optional())
        .as((from, to, review, notice) -> Term.builder().effectiveFrom(from).expiresOn(to)
            .reviewEvery(review).noticePeriod(notice).build());
  }

  private static Arbitrary<Clause> clause() {
    return Combinators.combine(name(), text(), text().optional(),
            Arbitraries.of(Obligation.class).optional(), name().list().ofMaxSize(2))
        .as((id, t, title, obligation, responsible) -> Clause.builder().id(id).text(t)
            .title(title).obligation(obligation).addAllResponsibleParties(responsible).build());
  }

  private static Arbitrary<Section> section() {
    Arbitrary<List<Clause>> clauses = clause().list().ofMaxSize(2);
    return Arbitraries.oneOf(
        Combinators.combine(period(), clauses, extensions())
            .as((p, c, e) -> InformationSharingSection.builder().retentionPeriod(p)
                .addAllClauses(c).putAllExtensions(e).build()),
        Combinators.combine(period().optional(), text().optional(), clauses)
            .as((p, t, c) -> GovernanceSection.builder().meetingFrequency(p).escalation(t)
                .addAllClauses(c).build()),
        Combinators.combine(Arbitraries.of(LegalBasis.KNOWN).list().ofMaxSize(3), clauses)
            .as((b, c) -> LegalConsiderationsSection.builder().addAllLegalBases(b)
                .addAllClauses(c).build()),
        Combinators.combine(text(), money(), name(), clauses)
            .as((d, amount, payer, c) -> FinanceSection.builder()
                .addCharges(Charge.builder().description(d).amount(amount).currency("GBP")
                    .payer(payer).build())
                .addAllClauses(c).build()),
        Combinators.combine(name(), Arbitraries.integers().between(1, 10_000), fieldNumber(),
                text().optional())
            .as((id, px, width, location) -> TechnicalStandardsSection.builder()
                .pixelDensityStandard("IEC_62676_4_2014")
                .addCameras(Camera.builder().id(id).location(location).requiredLevel("DETECT")
                    .horizontalPixels(px).sceneWidthMetres(width).build())
                .build()),
        Combinators.combine(name(), clauses, extensions())
            .as((area, c, e) -> CustomSection.builder().area(AreaCode.of("x-" + area))
                .addAllClauses(c).putAllExtensions(e).build()));
  }

  private static Arbitrary<ServiceLevel> serviceLevel() {
    Arbitrary<Threshold> threshold =
        Arbitraries.oneOf(period().map(Threshold::of), fieldNumber().map(Threshold::of));
    return Combinators.combine(
            name(),
            Arbitraries.of(ServiceMetric.KNOWN),
            name(),
            text().optional(),
            Combinators.combine(Arbitraries.of(ObjectiveOperator.class), threshold)
                .as(Objective::of).optional(),
            fieldNumber().optional(),
            Arbitraries.of(WindowType.class).map(MeasurementWindow::of).optional(),
            Arbitraries.integers().between(1, 1000).optional())
        .as((id, metric, party, description, objective, attainment, window, cameras) ->
            ServiceLevel.builder().id(id).metric(metric).obligatedParty(party)
                .description(description).objective(objective).attainment(attainment)
                .window(window).cameraCount(cameras).build());
  }
}
