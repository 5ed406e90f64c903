package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.testkit.SampleAgreements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sla-json without the optional YAML jars: run by the {@code without-yaml} Surefire execution of
 * this module's pom, which leaves jackson-dataformat-yaml and snakeyaml-engine off the path (and
 * only by it: the default run has them).
 */
class WithoutYamlTests {

  private final SlaReader reader = SlaReader.defaults();

  @Test
  void runsWithoutTheYamlJars() {
    assertThatThrownBy(() -> Class.forName("tools.jackson.dataformat.yaml.YAMLFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.snakeyaml.engine.v2.api.LoadSettings"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void readsAndWritesJson(@TempDir Path dir) throws IOException {
    Agreement agreement = SampleAgreements.everyField();
    Path file = dir.resolve("agreement.json");
    SlaWriter.defaults().writeAgreement(agreement, file);
    ReadResult<Agreement> read = reader.readAgreement(file);
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.value()).contains(agreement);
  }

  @Test
  void reportsThatAYamlDocumentNeedsTheYamlJar(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("agreement.yaml"), "formatVersion: \"1.0\"\n");
    for (ReadResult<?> read : List.of(reader.readAgreement(file), reader.readFramework(file),
        reader.readProfile(file), reader.readAgreement(
            "title: x\n".getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML))) {
      List<Finding> findings = read.report().findings();
      assertThat(findings).extracting(Finding::code).containsExactly("SYNTAX");
      assertThat(findings.get(0).message())
          .contains("YAML support needs the jackson-dataformat-yaml jar");
      assertThat(read.value()).isEmpty();
    }
  }
}
