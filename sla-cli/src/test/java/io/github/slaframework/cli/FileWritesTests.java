package io.github.slaframework.cli;

import static io.github.slaframework.cli.SlaCommandLineTests.sla;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.slaframework.cli.SlaCommandLineTests.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the commands that write files keep of the files they replace (issue 17). */
class FileWritesTests {

  @TempDir Path tmp;

  @BeforeAll
  static void posixOnly() {
    assumeTrue(Path.of("/").getFileSystem().supportedFileAttributeViews().contains("unix"),
        "these tests need a POSIX file system");
  }

  private Path unformatted(String name) throws IOException {
    return Files.writeString(tmp.resolve(name),
        Files.readString(Path.of("../examples/minimal.json")).replace("\n", "\n    "));
  }

  @Test
  void formatKeepsModeAndWritesThroughASymbolicLink() throws IOException {
    Path real = unformatted("real.json");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-r--"));
    Path link = Files.createSymbolicLink(tmp.resolve("link.json"), Path.of("real.json"));

    Run run = sla("format", link.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo(Files.readString(Path.of("../examples/minimal.json")));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void formatKeepsHardLinksAndLeavesNoTemporaryFile() throws IOException {
    Path file = unformatted("a.json");
    Path other = Files.createLink(tmp.resolve("b.json"), file);

    assertThat(sla("format", file.toString()).exit()).isZero();

    assertThat(Files.isSameFile(file, other)).isTrue();
    assertThat(Files.readString(other)).isEqualTo(Files.readString(Path.of("../examples/minimal.json")));
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "a.json", "b.json");
    }
  }

  @Test
  void renderOverAnExistingOutputKeepsItsMode() throws IOException {
    Path out = Files.writeString(tmp.resolve("agreement.md"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

    Run run = sla("render", "-o", out.toString(), "../examples/minimal.json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out)).startsWith("# ");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r-----");
  }
}
