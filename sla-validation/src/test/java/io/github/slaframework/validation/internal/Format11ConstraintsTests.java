package io.github.slaframework.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.testkit.SampleAgreements;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The format 1.1 shapes that the model declares as constraints (format 1.1 section 2): a
 * language tag that is not BCP 47 and a document hash that is not {@code sha256:} and 64
 * lowercase hex digits are {@code INVALID_VALUE} at their element.
 */
class Format11ConstraintsTests {

  private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

  private static List<Finding> check(Agreement agreement) {
    return BeanConstraints.check(agreement, ENGLISH);
  }

  @Test
  void acceptsTheSampleThatSetsEveryField() {
    assertThat(check(SampleAgreements.everyField())).isEmpty();
  }

  @Test
  void refusesAMalformedLanguageTagAtItsElement() {
    Agreement agreement = Agreement.builder().from(SampleAgreements.councilAndForce())
        .languages(List.of("en", "cy-GB", "en_GB", "", "cy--GB")).build();
    assertThat(check(agreement)).extracting(Finding::code, Finding::path)
        .containsExactlyInAnyOrder(
            tuple("INVALID_VALUE", "/languages/2"),
            tuple("INVALID_VALUE", "/languages/3"),
            tuple("INVALID_VALUE", "/languages/4"));
  }

  @Test
  void refusesADocumentHashOfAnotherShape() {
    String good = "sha256:" + "ab".repeat(32);
    for (String bad : List.of("", "sha256:", "sha256:" + "AB".repeat(32),
        "sha512:" + "ab".repeat(32), "sha256:" + "ab".repeat(31), good + "0")) {
      Agreement agreement = withHash(bad);
      assertThat(check(agreement)).as(bad).extracting(Finding::code, Finding::path)
          .containsExactly(tuple("INVALID_VALUE", "/approvals/0/documentHash"));
    }
    assertThat(check(withHash(good))).isEmpty();
  }

  private static Agreement withHash(String hash) {
    return Agreement.builder().from(SampleAgreements.councilAndForce())
        .approvals(List.of(Approval.builder().party("council").name("A. Signer")
            .position("Director").date(LocalDate.of(2026, 3, 1)).documentHash(hash).build()))
        .build();
  }
}
