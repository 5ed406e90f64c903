package io.github.slaframework.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entries that let a registry know the built-in frameworks before reading them. */
class BuiltInFrameworksTests {

  @Test
  void eachEntryNamesTheIdVersionAndProfilesOfItsDocument() {
    assertThat(BuiltInFrameworks.entries()).isNotEmpty();
    for (BuiltInFrameworks.Entry entry : BuiltInFrameworks.entries()) {
      Framework read = BuiltInFrameworks.read(entry.resource());
      assertThat(read.id()).as(entry.resource()).isEqualTo(entry.id());
      assertThat(read.version()).as(entry.resource()).isEqualTo(entry.version());
      assertThat(read.profiles()).as(entry.resource())
          .extracting(Profile::id)
          .containsExactlyElementsOf(entry.profileIds());
      assertThat(read.ref().key()).isEqualTo(entry.toString());
      assertThat(entry.framework()).isEqualTo(read);
    }
  }

  @Test
  void readsADocumentOnceAtItsFirstUse() {
    BuiltInFrameworks.Entry first = BuiltInFrameworks.entries().get(0);
    BuiltInFrameworks.Entry fresh =
        new BuiltInFrameworks.Entry(first.id(), first.version(), first.profileIds());
    assertThat(fresh.isRead()).isFalse();
    assertThat(fresh.id()).isEqualTo(first.id());
    assertThat(fresh.profileIds()).isEqualTo(first.profileIds());
    assertThat(fresh.isRead()).isFalse();

    Framework framework = fresh.framework();

    assertThat(fresh.isRead()).isTrue();
    assertThat(fresh.framework()).isSameAs(framework);
    assertThat(framework).isEqualTo(first.framework());
  }

  @Test
  void aMissingDocumentIsABugOfThisLibraryNamedInTheMessage() {
    BuiltInFrameworks.Entry missing =
        new BuiltInFrameworks.Entry("nowhere", "1", List.of(), "/nowhere-1.json");
    assertThatThrownBy(missing::framework)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("built-in framework missing: /nowhere-1.json");
    assertThat(missing.isRead()).isFalse();
  }
}
