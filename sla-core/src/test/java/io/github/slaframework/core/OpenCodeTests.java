package io.github.slaframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Channel;
import io.github.slaframework.core.section.Indicator;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.Purpose;
import io.github.slaframework.core.section.SurveillanceType;
import io.github.slaframework.core.section.TrainingRequirement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The open vocabularies of an agreement (format 1.1, section 2). */
class OpenCodeTests {

  private record Vocabulary(Class<?> type, List<? extends OpenCode<?>> known,
      Function<String, ? extends OpenCode<?>> of) {}

  private static final List<Vocabulary> VOCABULARIES = List.of(
      new Vocabulary(PartyType.class, PartyType.KNOWN, PartyType::of),
      new Vocabulary(PartyRole.class, PartyRole.KNOWN, PartyRole::of),
      new Vocabulary(ServiceMetric.class, ServiceMetric.KNOWN, ServiceMetric::of),
      new Vocabulary(Purpose.class, Purpose.KNOWN, Purpose::of),
      new Vocabulary(LegalBasis.class, LegalBasis.KNOWN, LegalBasis::of),
      new Vocabulary(SurveillanceType.class, SurveillanceType.KNOWN, SurveillanceType::of),
      new Vocabulary(Channel.class, Channel.KNOWN, Channel::of),
      new Vocabulary(TrainingRequirement.class, TrainingRequirement.KNOWN, TrainingRequirement::of),
      new Vocabulary(Indicator.class, Indicator.KNOWN, Indicator::of));

  @Test
  void knownValuesAreTheConstantsNamedLikeTheirCodes() throws IllegalAccessException {
    for (Vocabulary v : VOCABULARIES) {
      List<Object> constants = new ArrayList<>();
      for (Field f : v.type().getDeclaredFields()) {
        if (f.getType() == v.type() && Modifier.isStatic(f.getModifiers())) {
          Object constant = f.get(null);
          assertThat(((OpenCode<?>) constant).code()).as("%s.%s", v.type(), f.getName())
              .isEqualTo(f.getName());
          constants.add(constant);
        }
      }
      assertThat(new ArrayList<Object>(v.known())).as("%s.KNOWN", v.type())
          .containsExactlyElementsOf(constants);
      for (OpenCode<?> known : v.known()) {
        assertThat(v.of().apply(known.code())).isSameAs(known);
        assertThat(known.isExtension()).isFalse();
        assertThat(known.toString()).isEqualTo(known.code());
      }
    }
  }

  @Test
  void acceptsExtensionValuesAsWritten() {
    for (Vocabulary v : VOCABULARIES) {
      OpenCode<?> extension = v.of().apply("x-SAR_response");
      assertThat(extension.code()).isEqualTo("x-SAR_response");
      assertThat(extension.toString()).isEqualTo("x-SAR_response");
      assertThat(extension.isExtension()).isTrue();
      assertThat(extension).isEqualTo(v.of().apply("x-SAR_response")).isNotIn(v.known());
      assertThat(extension.hashCode()).isEqualTo(v.of().apply("x-SAR_response").hashCode());
      assertThat(v.of().apply("x-1").isExtension()).isTrue();
    }
  }

  @Test
  void refusesUnknownCodesAndMalformedExtensions() {
    for (Vocabulary v : VOCABULARIES) {
      for (String bad : List.of("x", "x-", "X-FOO", "", "police", "UNKNOWN_VALUE", " x-a")) {
        assertThatThrownBy(() -> v.of().apply(bad)).as("%s.of(\"%s\")", v.type(), bad)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("\"" + bad + "\"");
      }
      assertThatThrownBy(() -> v.of().apply(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void valuesOfDifferentVocabulariesAreNeverEqual() {
    assertThat(PartyRole.of("OTHER")).isNotEqualTo(PartyType.of("OTHER"));
    assertThat(Indicator.CAMERA_AVAILABILITY).isNotEqualTo(ServiceMetric.CAMERA_AVAILABILITY);
    assertThat(PartyRole.of("x-a")).isNotEqualTo(PartyType.of("x-a"));
  }

  @Test
  void ordersByCode() {
    TreeSet<PartyRole> roles = new TreeSet<>(
        List.of(PartyRole.POLICE, PartyRole.of("x-b"), PartyRole.DATA_CONTROLLER, PartyRole.of("x-a")));
    assertThat(roles).extracting(PartyRole::code)
        .containsExactly("DATA_CONTROLLER", "POLICE", "x-a", "x-b");
  }

  @Test
  void extensionCodesNeedACharacterAfterThePrefix() {
    assertThat(OpenCode.isExtensionCode("x-a")).isTrue();
    assertThat(OpenCode.isExtensionCode("x-")).isFalse();
    assertThat(OpenCode.isExtensionCode("x")).isFalse();
    assertThat(OpenCode.isExtensionCode("X-FOO")).isFalse();
    assertThat(AreaCode.of("x-tenants").isExtension()).isTrue();
    assertThat(AreaCode.of("x-").isExtension()).isFalse();
    assertThat(AreaCode.of("X-TENANTS").isExtension()).isFalse();
  }
}
