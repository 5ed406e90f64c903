package io.github.slaframework.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The generated binders ({@code Binders.java}) are what {@link BindersGenerator} writes from the
 * current tables, and every table is bound. That they bind what the tables do is held by
 * {@code FastPathTests}, which compares them with the interpreted tables and the tree path.
 */
class BindersTests {

  @Test
  void theGeneratedFileIsWhatTheTablesGive() throws Exception {
    String expected = BindersGenerator.source();
    if (Boolean.getBoolean("sla.generateBinders")) {
      Files.writeString(BindersGenerator.FILE, expected, StandardCharsets.UTF_8);
    }
    // line ends as checked out (a Windows checkout may have turned them into CRLF)
    assertThat(Files.readString(BindersGenerator.FILE, StandardCharsets.UTF_8)
            .replace("\r\n", "\n"))
        .as("Binders.java is out of date: regenerate it (see BindersGenerator)")
        .isEqualTo(expected);
  }

  @Test
  void everyTableIsBound() throws IllegalAccessException {
    // a run that writes the file still runs the file it replaces, which may bind nothing
    assumeFalse(Boolean.getBoolean("sla.generateBinders"), "writing Binders.java");
    assertThat(Specs.tables()).containsKeys("Agreement", "Framework", "Profile", "Party",
        "CustomSection", "Target");
    assertThat(Specs.tables().values()).allMatch(ObjectSpec::bound);
    // every table constant of Specs is among the tables an agreement or a framework reaches
    for (Field f : Specs.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && ObjectSpec.class.isAssignableFrom(f.getType())) {
        ObjectSpec<?, ?> spec = (ObjectSpec<?, ?>) f.get(null);
        assertThat(Specs.table(spec.name())).as(f.getName()).isSameAs(spec);
      }
    }
    assertThat(Specs.typedSections().values()).allMatch(ObjectSpec::bound);
  }

  @Test
  void aLayoutNamesEachFieldsKind() {
    assertThat(Specs.table("Party").layout()).isEqualTo("Party { id: string; name: string;"
        + " type: codec; roles: list of codec; identifiers: itself; contacts: list of Contact; x- }");
    assertThat(Specs.table("Target").layout()).doesNotContain("x-");
    assertThat(Specs.layout().lines()).hasSize(Specs.tables().size());
  }
}
