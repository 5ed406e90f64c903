package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Clause;
import io.github.slaframework.core.Extensible;
import jakarta.validation.Valid;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One section of an agreement: the clauses and typed facts about one area of its framework.
 *
 * <p>The twelve well-known areas of format 1.0 each have a typed section; any other area (a
 * vendor framework's own area, or an {@code x-} extension area) is a {@link CustomSection}.
 * In JSON every section has {@code "area"} (the discriminator, chosen by name only) and
 * {@code "clauses"}.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public sealed interface Section extends Extensible
    permits PurposeAndLegitimacySection,
        LegalConsiderationsSection,
        GovernanceSection,
        InformationSharingSection,
        CommunicationSection,
        TrainingSection,
        SurveillanceTypesSection,
        FinanceSection,
        FeedbackSection,
        FutureTechnologySection,
        EvaluationAndReviewSection,
        TechnicalStandardsSection,
        CustomSection {

  /**
   * The area this section covers.
   *
   * @return the area code, never null
   */
  AreaCode area();

  /**
   * The clauses, in order.
   *
   * @return the clauses, never null
   */
  List<@Valid Clause> clauses();
}
