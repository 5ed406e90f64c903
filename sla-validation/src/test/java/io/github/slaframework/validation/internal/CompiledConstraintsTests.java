package io.github.slaframework.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.SampleAgreements;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CompiledConstraintsTests {

  private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);
  private static final CompiledConstraints COMPILED = CompiledConstraints.MODEL;


  /** Values a mutated string leaf takes: blank, odd whitespace, control characters, bad formats. */
  private static final List<JsonValue> STRINGS =
      List.of(
          JsonValue.of(""),
          JsonValue.of("   "),
          JsonValue.of("\u2003"),
          JsonValue.of("\u0001"),
          JsonValue.of("not an e-mail"),
          JsonValue.of("x@"),
          JsonValue.of("gbp"),
          JsonValue.of("P0D"),
          JsonValue.of("-P1D"));

  /** Values a mutated number leaf takes: on, below and beyond the bounds. */
  private static final List<JsonValue> NUMBERS =
      List.of(
          JsonValue.of(BigDecimal.ZERO),
          JsonValue.of(BigDecimal.valueOf(-1)),
          JsonValue.of(new BigDecimal("100.5")),
          JsonValue.of(new BigDecimal("0.001")));

  @Test
  void compilesEveryModelClassAsHibernateValidatorDescribesIt() {
    for (Class<?> type : BeanConstraints.MODEL_CLASSES) {
      BeanDescriptor descriptor = HibernateValidatorOracle.validator().getConstraintsForClass(type);
      assertThat(descriptor.getConstraintDescriptors()).as("class constraints of %s", type).isEmpty();
      CompiledConstraints.BeanPlan plan = COMPILED.plan(type);
      Map<String, CompiledConstraints.Property> properties = new LinkedHashMap<>();
      plan.properties().forEach(p -> properties.put(p.name(), p));
      assertThat(properties.keySet())
          .as("constrained properties of %s", type.getSimpleName())
          .containsExactlyInAnyOrderElementsOf(
              descriptor.getConstrainedProperties().stream()
                  .map(PropertyDescriptor::getPropertyName)
                  .toList());
      for (PropertyDescriptor expected : descriptor.getConstrainedProperties()) {
        CompiledConstraints.Property actual = properties.get(expected.getPropertyName());
        String where = type.getSimpleName() + "." + actual.name();
        Set<ContainerElementTypeDescriptor> elements = expected.getConstrainedContainerElementTypes();
        assertThat(actual.cascade())
            .as("cascade of %s", where)
            .isEqualTo(
                expected.isCascaded()
                    || elements.stream().anyMatch(ContainerElementTypeDescriptor::isCascaded));
        assertThat(names(actual.constraints()))
            .as("constraints of %s", where)
            .isEqualTo(descriptorNames(expected.getConstraintDescriptors()));
        assertThat(names(actual.elementConstraints()))
            .as("element constraints of %s", where)
            .isEqualTo(
                descriptorNames(
                    elements.stream()
                        .flatMap(e -> e.getConstraintDescriptors().stream())
                        .collect(Collectors.toSet())));
      }
    }
  }

  @Test
  void checksAddressesAsHibernateValidatorDoes() {
    Random random = new Random(62676);
    int plain = 0;
    int valid = 0;
    for (int n = 0; n < 20_000; n++) {
      // Mostly address-shaped, with now and then a character, a quote or a dot out of place.
      String address =
          word(random, "ab9_+-.'\u00e9 \"\\", 3) + "@" + word(random, "ab9-.\u00fc_", 4) + "." + word(random, "ab9-", 1);
      boolean expected = hibernateAcceptsEmail(address);
      assertThat(EmailAddresses.valid(address)).as(address).isEqualTo(expected);
      if (EmailAddresses.plain(address)) {
        plain++;
        assertThat(expected).as(address).isTrue();
      }
      valid += expected ? 1 : 0;
    }
    List<String> edges =
        List.of(
            "a".repeat(64) + "@example.org",
            "a".repeat(65) + "@example.org",
            "a@" + "b".repeat(63) + ".org",
            "a@" + "b".repeat(64) + ".org",
            "a@" + ("b".repeat(62) + ".").repeat(4) + "o",
            "a@" + ("b".repeat(62) + ".").repeat(4) + "or",
            "-@a--b.c",
            "a@-b.org",
            "a+b_c-d.e@x9.y-z.uk",
            "o'brien@example.org",
            "jos\u00e9@example.org",
            "a@b\u00fccher.example",
            "\"a b\"@example.org",
            "\"a\\\"b\"@example.org",
            "a@[127.0.0.1]",
            "a@[IPv6:2001:db8::1]",
            "a@[IPv6:::ffff:10.0.0.1]",
            "a..b@example.org",
            ".a@example.org",
            "a@example.org.",
            "a@b@c",
            "a@",
            "@example.org",
            "a",
            "",
            " ");
    for (String address : edges) {
      assertThat(EmailAddresses.valid(address)).as(address).isEqualTo(hibernateAcceptsEmail(address));
    }
    assertThat(plain).isGreaterThan(2_000);
    assertThat(valid).isGreaterThan(plain).isLessThan(20_000);
  }

  @Test
  void checksAddressesThatAreNotPlainInTheWalk() {
    for (String address : List.of("o'brien@example.org", "jos\u00e9@example.org", "a@[127.0.0.1]", "a..b@example.org", "a@b@c", "")) {
      Agreement agreement = withEmail(address);
      List<String> expected = describe(HibernateValidatorOracle.check(agreement, ENGLISH));
      assertThat(describe(BeanConstraints.check(agreement, ENGLISH))).as(address).isEqualTo(expected);
    }
    assertThat(BeanConstraints.check(withEmail("a..b@example.org"), ENGLISH))
        .extracting(Finding::path)
        .containsExactly("/parties/0/contacts/0/email");
    assertThat(BeanConstraints.check(withEmail("o'brien@example.org"), ENGLISH)).isEmpty();
  }

  private static Agreement withEmail(String address) {
    Agreement sample = SampleAgreements.councilAndForce();
    Party first = sample.parties().get(0);
    Party changed =
        io.github.slaframework.core.Party.copyOf(first)
            .withContacts(Contact.builder().name("Duty officer").email(address).build());
    List<Party> parties = new ArrayList<>(sample.parties());
    parties.set(0, changed);
    return Agreement.builder().from(sample).parties(parties).build();
  }

  /** Up to {@code parts} runs of 1 to 8 characters of an alphabet, the first characters mostly. */
  private static String word(Random random, String alphabet, int parts) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(parts);
    for (int p = 0; p < n; p++) {
      if (p > 0) {
        sb.append('.');
      }
      int length = 1 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(10) < 8 ? random.nextInt(3) : random.nextInt(alphabet.length());
        sb.append(alphabet.charAt(pick));
      }
    }
    return sb.toString();
  }

  private static boolean hibernateAcceptsEmail(String address) {
    return HibernateValidatorOracle.validator()
        .validateValue(Contact.class, "email", java.util.Optional.of(address))
        .isEmpty();
  }

  @Test
  void findsWhatHibernateValidatorFindsOnEveryLeafOfTheSamplesBroken() throws IOException {
    List<JsonValue> documents = new ArrayList<>();
    documents.add(SlaWriter.defaults().toJsonValue(SampleAgreements.councilAndForce()));
    documents.add(SlaWriter.defaults().toJsonValue(SampleAgreements.housingAssociationWithTwoForces()));
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        documents.add(SlaWriter.defaults().toJsonValue(SlaReader.defaults().readAgreement(file).value().orElseThrow()));
      }
    }
    int compared = 0;
    int withFindings = 0;
    for (JsonValue document : documents) {
      List<JsonValue> variants = new ArrayList<>();
      mutations(document, variants::add);
      for (JsonValue variant : variants) {
        ReadResult<Agreement> read = SlaReader.defaults().readAgreement(SlaWriter.defaults().writeValue(variant));
        if (read.value().isEmpty()) {
          continue;
        }
        Agreement agreement = read.value().get();
        List<String> expected = describe(HibernateValidatorOracle.check(agreement, ENGLISH));
        assertThat(describe(BeanConstraints.check(agreement, ENGLISH)))
            .as("findings of a variant")
            .isEqualTo(expected);
        compared++;
        withFindings += expected.isEmpty() ? 0 : 1;
      }
    }
    assertThat(compared).isGreaterThan(2_000);
    assertThat(withFindings).isGreaterThan(1_000);
  }

  @Test
  void checksHandWrittenImplementationsByTheConstraintsOfTheirInterfaces() {
    Agreement sample = SampleAgreements.councilAndForce();
    Party handWritten = new HandWrittenParty(sample.parties().get(1), " ");
    Agreement agreement =
        Agreement.builder()
            .from(sample)
            .parties(List.of(sample.parties().get(0), handWritten))
            .build();
    List<Finding> findings = BeanConstraints.check(agreement, ENGLISH);
    assertThat(describe(findings)).isEqualTo(describe(HibernateValidatorOracle.check(agreement, ENGLISH)));
    assertThat(findings).extracting(Finding::path).containsExactly("/parties/1/name");
  }

  @Test
  void refusesClassesWhoseConstraintsItDoesNotCheck() {
    assertThatThrownBy(() -> COMPILED.plan(WithDigits.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(WithDigits.class.getName())
        .hasMessageContaining("Digits on the property code");
    assertThatThrownBy(() -> COMPILED.plan(WithField.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("constraints on the field code");
  }

  @Test
  void compilesClassesWithTypeAnnotationsThatAreNotConstraints() {
    assertThat(COMPILED.plan(WithNote.class).properties()).isEmpty();
  }

  /** A type annotation that is not a constraint, such as a nullness annotation. */
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @interface Note {}

  /** Type annotations on a field and on the elements of an accessor's result, none a constraint. */
  public static final class WithNote {
    private final List<@Note String> names = List.of();

    public Map<@Note String, @Note String> names() {
      return Map.of();
    }
  }

  /** A constraint outside the compiled set. */
  public static final class WithDigits {
    @jakarta.validation.constraints.Digits(integer = 3, fraction = 0)
    public String code() {
      return "12";
    }
  }

  /** A constraint on a field, which Bean Validation reads by field access. */
  public static final class WithField {
    @jakarta.validation.constraints.NotBlank private final String code = "";
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(Finding::toString).sorted().toList();
  }

  private static Set<String> names(List<CompiledConstraint> constraints) {
    return constraints.stream()
        .map(c -> c.annotation().annotationType().getName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> descriptorNames(Set<ConstraintDescriptor<?>> descriptors) {
    return descriptors.stream()
        .map(d -> d.getAnnotation().annotationType().getName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every variant of a tree with one leaf replaced, or one array emptied. */
  private static void mutations(JsonValue value, Consumer<JsonValue> out) {
    if (value instanceof JsonValue.JsonString) {
      STRINGS.forEach(out);
    } else if (value instanceof JsonValue.JsonNumber) {
      NUMBERS.forEach(out);
    } else if (value instanceof JsonValue.JsonArray array) {
      if (!array.elements().isEmpty()) {
        out.accept(JsonValue.array(List.of()));
      }
      for (int i = 0; i < array.elements().size(); i++) {
        int index = i;
        mutations(
            array.elements().get(i),
            v -> {
              List<JsonValue> copy = new ArrayList<>(array.elements());
              copy.set(index, v);
              out.accept(JsonValue.array(copy));
            });
      }
    } else if (value instanceof JsonValue.JsonObject object) {
      for (String name : object.members().keySet()) {
        mutations(
            object.members().get(name),
            v -> {
              Map<String, JsonValue> copy = new LinkedHashMap<>(object.members());
              copy.put(name, v);
              out.accept(JsonValue.object(copy));
            });
      }
    }
  }
}
