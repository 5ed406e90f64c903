package io.github.slaframework.json.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.Clause;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.Obligation;
import io.github.slaframework.core.OpenCode;
import io.github.slaframework.core.ServiceMetric;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The accessors the tables find by name. That every field of every table resolves is checked
 * when the tables are built (any test that reads or writes); that each getter and setter carries
 * its value is checked by the round trips of the sla-testkit samples, which set every attribute
 * ({@code SampleAgreementsRoundTripTests}, {@code SlaReaderTests}, {@code SampleCoverageTests}).
 */
class AccessorTests {

  @Test
  void choosesTheSetterAMethodReferenceWould() {
    // title(String), not title(Optional<String>); addResponsibleParties(String), not (String...)
    BiConsumer<Object, Object> title =
        set("Clause", Clause.Builder.class, "title", String.class);
    BiConsumer<Object, Object> add =
        set("Clause", Clause.Builder.class, "addResponsibleParties", String.class);
    Clause.Builder clause = Clause.builder().id("c").text("t");
    title.accept(clause, "Title");
    add.accept(clause, "a");
    add.accept(clause, "b");
    assertThat(clause.build().title()).contains("Title");
    assertThat(clause.build().responsibleParties()).containsExactly("a", "b");

    // cameraCount(int) takes the Integer an INTEGER codec reads, as unboxing would
    BiConsumer<Object, Object> cameraCount =
        set("ServiceLevel", ServiceLevel.Builder.class, "cameraCount", Integer.class);
    ServiceLevel.Builder level =
        ServiceLevel.builder().id("s").metric(ServiceMetric.KNOWN.get(0)).obligatedParty("p");
    cameraCount.accept(level, 12);
    assertThat(level.build().cameraCount()).contains(12);
  }

  @Test
  void getsAnOptionalsValueOrNull() throws NoSuchMethodException {
    Function<Object, Object> title =
        Accessor.get("Clause", Clause.class.getMethod("title"), true);
    assertThat(title.apply(Clause.of("c", "t"))).isNull();
    assertThat(title.apply(Clause.builder().id("c").text("t").title("T").build())).isEqualTo("T");
  }

  @Test
  void failsWhenTheTableIsBuiltNamingTheTableAndTheField() {
    assertThatThrownBy(() -> ObjectSpec.of("Clause", Clause.class, Clause.Builder.class)
            .required("txet", Codecs.STRING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("format table Clause, field \"txet\": no method "
            + "io.github.slaframework.core.Clause.txet()");
    assertThatThrownBy(() -> ObjectSpec.of("Clause", Clause.class, Clause.Builder.class)
            .list("title", false, Codecs.STRING))
        .hasMessageStartingWith("format table Clause, field \"title\": ")
        .hasMessageEndingWith("does not return a java.util.List");
    assertThatThrownBy(() -> ObjectSpec.of("Clause", Clause.class, Clause.Builder.class)
            .required("effectiveObligation", Codecs.enumOf(Obligation.class)))
        .hasMessage("format table Clause, field \"effectiveObligation\": no method "
            + "io.github.slaframework.core.Clause$Builder.effectiveObligation("
            + "io.github.slaframework.core.Obligation)");
    assertThatThrownBy(
            () -> ObjectSpec.of("Clause", Clause.class, ServiceLevel.Builder.class))
        .hasMessageStartingWith("format table Clause, its builder: ")
        .hasMessageEndingWith("does not build a io.github.slaframework.core.Clause");
  }

  @Test
  void refusesAmbiguousSetters() {
    assertThatThrownBy(() -> set("Two, field \"x\"", TwoWays.class, "x", String.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("format table Two, field \"x\": ambiguous methods ");
  }

  @Test
  void callsAVocabularysFactoryAndRefusesAMissingOne() {
    Function<String, PartyType> of =
        Accessor.factory("PartyType", PartyType.class, "of", String.class);
    assertThat(of.apply("POLICE_FORCE")).isSameAs(PartyType.POLICE_FORCE);
    assertThat(of.apply("x-PARISH_COUNCIL").code()).isEqualTo("x-PARISH_COUNCIL");
    assertThatThrownBy(() -> of.apply("X-FOO")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Accessor.factory("PartyType", PartyType.class, "fo", String.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("format table PartyType: no method io.github.slaframework.core.PartyType.fo("
            + "java.lang.String)");
    assertThatThrownBy(() -> Accessor.factory("PartyType", PartyType.class, "code", String.class))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writesAVocabularysCodesAndExtensionValues() {
    assertThat(Codecs.openCode(PartyRole.class).write(PartyRole.of("x-processor")))
        .isEqualTo(JsonValue.of("x-processor"));
    assertThat(Codecs.openCode(PartyRole.class).write(PartyRole.POLICE))
        .isEqualTo(JsonValue.of("POLICE"));
    assertThatThrownBy(() -> Codecs.openCode(Forgetful.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("format table Forgetful, its vocabulary: no public KNOWN list");
  }

  private static <B, V> BiConsumer<B, V> set(
      String where, Class<?> builder, String name, Class<?> value) {
    return Accessor.set(where, builder, builder.getMethods(), name, value);
  }

  /** A vocabulary without its {@code KNOWN} list. */
  public static final class Forgetful extends OpenCode<Forgetful> {
    private Forgetful(String code) {
      super(code);
    }

    public static Forgetful of(String code) {
      return new Forgetful(code);
    }
  }

  /** A builder whose {@code x} takes a {@code String} two ways, neither more specific. */
  public static final class TwoWays {
    public TwoWays x(CharSequence value) {
      return this;
    }

    public TwoWays x(Comparable<String> value) {
      return this;
    }
  }
}
