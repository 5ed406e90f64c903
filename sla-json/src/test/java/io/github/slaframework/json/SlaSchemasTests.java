package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.spec.SchemaGenerator;
import io.github.slaframework.testkit.ExampleFiles;
import io.github.slaframework.testkit.GeneratedFiles;
import io.github.slaframework.testkit.SampleAgreements;
import io.github.slaframework.testkit.SampleFrameworks;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The shipped schemas: generated from the format table, agreeing with the model, accepting what
 * the writer writes. Regenerate the shipped files with {@code -Dsla.regenerate=true}.
 */
class SlaSchemasTests {

  private static final Path RESOURCES = Path.of("src/main/resources/io/github/slaframework/json");

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @Test
  void shipsTheSchemasGeneratedFromTheFormatTable() throws IOException {
    check(SlaSchemas.AGREEMENT_RESOURCE, SchemaGenerator::agreement, SlaSchemas::agreementSchema);
    check(SlaSchemas.FRAMEWORK_RESOURCE, SchemaGenerator::framework, SlaSchemas::frameworkSchema);
    check(SlaSchemas.PROFILE_RESOURCE, SchemaGenerator::profile, SlaSchemas::profileSchema);
  }

  private static void check(String name, Supplier<String> generator, Supplier<String> shipped)
      throws IOException {
    String generated = generator.get();
    if (GeneratedFiles.regenerating()) {
      GeneratedFiles.write(RESOURCES.resolve(name), generated);
      return;
    }
    assertThat(shipped.get())
        .as("%s drifted from the format table; %s", name, GeneratedFiles.HOW_TO_REGENERATE)
        .isEqualTo(generated);
  }

  // From here on the tests validate against the generated schemas, which the shipped ones equal
  // (above): in a -Dsla.regenerate=true run the copies on the class path are still the old ones.

  @Test
  void acceptsWhatTheWriterWrites() {
    assertThat(errors(SchemaGenerator.agreement(),
        SlaWriter.defaults().writeAgreement(SampleAgreements.everyField()))).isEmpty();
    assertThat(errors(SchemaGenerator.framework(),
        SlaWriter.defaults().writeFramework(SampleFrameworks.everyRuleKind()))).isEmpty();
    assertThat(errors(SchemaGenerator.profile(),
        SlaWriter.defaults().writeProfile(SampleFrameworks.housingAssociationProfile()))).isEmpty();
  }

  @Test
  void acceptsTheRepositoryExamples() throws IOException {
    if (!Files.isDirectory(ExampleFiles.EXAMPLES)) {
      return; // the examples folder is optional in a checkout
    }
    for (Path file : ExampleFiles.jsonFiles(ExampleFiles.EXAMPLES)) {
      String json = Files.readString(file);
      boolean framework = json.contains("\"areas\"") && !json.contains("\"parties\"");
      String schema = framework ? SchemaGenerator.framework() : SchemaGenerator.agreement();
      assertThat(errors(schema, json)).as(file.toString()).isEmpty();
    }
  }

  @Test
  void givesOneErrorForOneMistakeInATypedSection() {
    String json =
        SlaWriter.defaults().writeAgreement(SampleAgreements.everyField())
            .replace("\"escalation\": \"Chief Inspector\"",
                "\"escalation\": \"Chief Inspector\", \"colour\": \"red\"");
    assertThat(errors(SchemaGenerator.agreement(), json)).hasSize(1);
  }

  @Test
  void refusesWhatTheReaderRefuses() {
    String json =
        SlaWriter.defaults().writeAgreement(SampleAgreements.everyField())
            .replace("\"type\": \"POLICE_FORCE\"", "\"type\": \"ARMY\"");
    assertThat(errors(SchemaGenerator.agreement(), json)).isNotEmpty();
    assertThat(SlaReader.defaults().readAgreement(json).hasErrors()).isTrue();
  }

  @Test
  void hasAPropertyForEveryModelAttributeAndNoOther() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (JsonValue.JsonObject schema :
        List.of(SchemaGenerator.agreementTree(), SchemaGenerator.frameworkTree())) {
      JsonValue.JsonObject defs = (JsonValue.JsonObject) schema.members().get("$defs");
      for (String name : defs.members().keySet()) {
        Class<?> type = modelType(name);
        if (type == null || !type.isInterface() || type.isSealed()) {
          continue; // records (condition operands) and sealed hierarchies (Section, Condition)
        }
        JsonValue.JsonObject def = (JsonValue.JsonObject) defs.members().get(name);
        Set<String> properties = new TreeSet<>();
        ((JsonValue.JsonObject) def.members().get("properties")).members().forEach((k, v) -> {
          // a former name (format 1.0's privacyImpactAssessment) is read, not a model attribute
          if (!((JsonValue.JsonObject) v).members().containsKey("deprecated")) {
            properties.add(k);
          }
        });
        Set<String> attributes = attributes(type);
        if (!properties.equals(attributes)) {
          mismatches.add(name + ": schema " + properties + " model " + attributes);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static Class<?> modelType(String name) {
    for (String pkg : List.of("", ".section", ".framework")) {
      try {
        return Class.forName("io.github.slaframework.core" + pkg + "." + name);
      } catch (ClassNotFoundException e) {
        // not in this package; try the next
      }
    }
    return null;
  }

  /** The attributes of a model interface: the accessors its generated class implements. */
  private static Set<String> attributes(Class<?> type) throws ClassNotFoundException {
    Class<?> immutable =
        Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    Set<String> names = new TreeSet<>();
    for (Method m : immutable.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0
          && !Set.of("hashCode", "toString", "extensions").contains(m.getName())
          && hasMethod(type, m.getName())) {
        names.add(m.getName());
      }
    }
    if (Section.class.isAssignableFrom(type)) {
      names.add("area");
    }
    return names;
  }

  private static boolean hasMethod(Class<?> type, String name) {
    try {
      type.getMethod(name);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static List<Error> errors(String schemaText, String json) {
    Schema schema = REGISTRY.getSchema(schemaText, InputFormat.JSON);
    return schema.validate(json, InputFormat.JSON);
  }
}
