package io.github.slaframework.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedFilesTests {

  @TempDir Path dir;

  @Test
  void comparingExpectsTheCommittedContentNotWhatTheCodeProduces() throws IOException {
    Path file = dir.resolve("golden.txt");
    Files.writeString(file, "committed\n");

    assertThat(GeneratedFiles.expected(file, "drifted\n", false)).isEqualTo("committed\n");
    assertThat(file).hasContent("committed");
  }

  @Test
  void comparingWithAMissingFileFailsNamingTheFlag() {
    Path file = dir.resolve("missing/golden.txt");

    assertThatThrownBy(() -> GeneratedFiles.expected(file, "new\n", false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("-Dsla.regenerate=true");
    assertThat(file).doesNotExist();
  }

  @Test
  void regeneratingWritesWhatTheCodeProducesCreatingTheFolders() {
    Path file = dir.resolve("a/b/golden.json");

    assertThat(GeneratedFiles.expected(file, "{}\n", true)).isEqualTo("{}\n");
    assertThat(file).hasContent("{}");
  }

  @Test
  void writingTheSameContentLeavesTheFileUntouched() throws IOException {
    Path file = dir.resolve("same.txt");
    Files.writeString(file, "same\n");
    FileTime before = FileTime.fromMillis(0);
    Files.setLastModifiedTime(file, before);

    GeneratedFiles.write(file, "same\n");

    assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
  }
}
