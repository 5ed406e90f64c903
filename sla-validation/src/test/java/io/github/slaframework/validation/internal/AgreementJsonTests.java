package io.github.slaframework.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.SampleAgreements;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The tree converted piece by piece answers as the whole tree does, before and after the whole
 * tree is built (after it, the pieces are taken from it).
 */
class AgreementJsonTests {

  private static final SlaWriter WRITER = SlaWriter.defaults();

  @Test
  void answersAsTheWholeTreeBeforeAndAfterItIsBuilt() {
    for (Agreement agreement : List.of(SampleAgreements.everyField(),
        SampleAgreements.councilAndForce(), SampleAgreements.housingAssociationWithTwoForces())) {
      JsonValue.JsonObject expected = WRITER.toJsonValue(agreement);
      AgreementJson piecewise = new AgreementJson(agreement, WRITER);
      assertSame(piecewise, expected);
      AgreementJson built = new AgreementJson(agreement, WRITER);
      assertThat(built.whole()).isEqualTo(expected);
      assertSame(built, expected);
    }
  }

  private static void assertSame(AgreementJson json, JsonValue.JsonObject expected) {
    for (String name : List.of("id", "title", "parties", "term", "serviceLevels", "waivers",
        "languages", "no-such-member")) {
      assertThat(json.member(name)).as(name)
          .isEqualTo(Optional.ofNullable(expected.members().get(name)));
    }
    List<JsonValue> sections = ((JsonValue.JsonArray) expected.members().get("sections"))
        .elements();
    assertThat(json.sectionCount()).isEqualTo(sections.size());
    for (int s = 0; s < sections.size(); s++) {
      Map<String, JsonValue> members = ((JsonValue.JsonObject) sections.get(s)).members();
      assertThat(json.section(s)).isEqualTo(sections.get(s));
      assertThat(json.area(s)).isEqualTo(((JsonValue.JsonString) members.get("area")).value());
      for (String name : members.keySet()) {
        assertThat(json.sectionMember(s, name)).as("%d %s", s, name)
            .contains(members.get(name));
      }
      assertThat(json.sectionMember(s, "no-such-member")).isEmpty();
    }
  }
}
