package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.spec.Field;
import io.github.slaframework.json.internal.spec.ObjectSpec;
import io.github.slaframework.json.internal.spec.SectionSpecs;
import io.github.slaframework.json.internal.spec.Specs;
import io.github.slaframework.testkit.SampleAgreements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SlaWriterMembersTests {

  private final SlaWriter writer = SlaWriter.defaults();

  static Stream<Agreement> agreements() {
    return Stream.of(
        SampleAgreements.everyField(),
        SampleAgreements.councilAndForce(),
        SampleAgreements.housingAssociationWithTwoForces());
  }

  @ParameterizedTest
  @MethodSource("agreements")
  void convertsEachAgreementMemberAsTheWholeTreeHasIt(Agreement agreement) {
    JsonValue.JsonObject tree = writer.toJsonValue(agreement);
    List<String> names = new ArrayList<>(fieldNames(Specs.AGREEMENT));
    names.addAll(tree.members().keySet());
    names.addAll(List.of("nothing", "x-absent", ""));
    for (String name : names) {
      assertThat(writer.memberOf(agreement, name))
          .as(name)
          .isEqualTo(Optional.ofNullable(tree.members().get(name)));
    }
  }

  @ParameterizedTest
  @MethodSource("agreements")
  void convertsEachSectionAndItsMembersAsTheWholeTreeHasThem(Agreement agreement) {
    JsonValue.JsonArray sections =
        (JsonValue.JsonArray) writer.toJsonValue(agreement).members().get("sections");
    assertThat(sections.elements()).hasSize(agreement.sections().size());
    for (int i = 0; i < agreement.sections().size(); i++) {
      Section section = agreement.sections().get(i);
      JsonValue.JsonObject expected = (JsonValue.JsonObject) sections.elements().get(i);
      assertThat(writer.toJsonValue(section)).isEqualTo(expected);
      List<String> names = new ArrayList<>(expected.members().keySet());
      names.addAll(sectionFieldNames(section));
      names.addAll(List.of("nothing", "x-absent"));
      for (String name : names) {
        assertThat(writer.memberOf(section, name))
            .as("/sections/%d/%s", i, name)
            .isEqualTo(Optional.ofNullable(expected.members().get(name)));
        assertThat(writer.hasMember(section, name))
            .as("/sections/%d/%s", i, name)
            .isEqualTo(expected.members().containsKey(name));
      }
    }
  }

  private static List<String> sectionFieldNames(Section section) {
    ObjectSpec<? extends Section, ?> spec = SectionSpecs.typedSections().get(section.area().code());
    return fieldNames(spec == null ? SectionSpecs.customSection() : spec);
  }

  private static List<String> fieldNames(ObjectSpec<?, ?> spec) {
    return spec.fields().stream().map(Field::name).toList();
  }
}
