package io.github.slaframework.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
  void everyTableIsBound() {
    assertThat(Specs.AGREEMENT.bound()).isTrue();
    assertThat(Specs.FRAMEWORK.bound()).isTrue();
    assertThat(Specs.PROFILE.bound()).isTrue();
    assertThat(Specs.customSection().bound()).isTrue();
    assertThat(Specs.typedSections().values()).allMatch(ObjectSpec::bound);
  }
}
