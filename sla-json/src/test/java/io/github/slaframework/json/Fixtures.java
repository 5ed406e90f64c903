package io.github.slaframework.json;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.testkit.SampleAgreements;
import io.github.slaframework.testkit.SampleFrameworks;

/**
 * The old names of the sla-testkit samples, kept only for {@code FastPathTests}, which is being
 * retired with the token fast path. Delete this class with it; new tests use sla-testkit.
 */
final class Fixtures {

  static final String ONE_LINE_AGREEMENT = SampleAgreements.ONE_LINE_JSON;

  private Fixtures() {}

  static Agreement everything() {
    return SampleAgreements.everyField();
  }

  static Framework framework() {
    return SampleFrameworks.everyRuleKind();
  }

  static Profile profile() {
    return SampleFrameworks.housingAssociationProfile();
  }
}
