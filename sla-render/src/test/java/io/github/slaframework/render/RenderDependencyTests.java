package io.github.slaframework.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Keeps sla-render usable without the command line: its test class path is its own dependencies
 * plus its test dependencies, and none of them may bring picocli (or sla-cli, which would).
 * {@code ./mvnw -B -pl sla-render -am dependency:tree -Dscope=runtime} shows what it needs at run
 * time: sla-core and its jakarta.validation-api, nothing else.
 */
class RenderDependencyTests {

  @Test
  void picocliIsNotOnThePath() {
    assertThatThrownBy(() -> Class.forName("picocli.CommandLine"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theCommandLineIsNotOnThePath() {
    assertThatThrownBy(() -> Class.forName("io.github.slaframework.cli.Sla"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
