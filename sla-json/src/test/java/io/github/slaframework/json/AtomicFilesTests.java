package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFilesTests {

  @TempDir Path dir;

  @BeforeAll
  static void posixOnly() {
    assumeTrue(Path.of("/").getFileSystem().supportedFileAttributeViews().contains("unix"),
        "these tests need a POSIX file system");
  }

  private static void write(Path file, String text) throws IOException {
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r--r--", "rw-rw-r--", "rwxr-xr-x", "r--r--r--", "rw-------"})
  void keepsTheModeOfTheFileItReplaces(String mode) throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

    write(file, "new");

    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
  }

  @Test
  void givesANewFileTheModeTheUmaskGivesNotTheTemporaryFilesMode() throws IOException {
    Path reference = Files.createFile(dir.resolve("reference"));

    write(dir.resolve("new.json"), "new");

    assertThat(Files.getPosixFilePermissions(dir.resolve("new.json")))
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void keepsOwnerAndGroupWhereTheProcessMayGiveFilesAway() throws IOException {
    assumeTrue("root".equals(System.getProperty("user.name")),
        "only a privileged process can own a file as another user");
    Path file = Files.writeString(dir.resolve("a.json"), "old");
    UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal daemon = users.lookupPrincipalByName("1");
    GroupPrincipal group = users.lookupPrincipalByGroupName("1");
    Files.setOwner(file, daemon);
    Files.setAttribute(file, "posix:group", group);

    write(file, "new");

    assertThat(Files.getOwner(file)).isEqualTo(daemon);
    assertThat(Files.getAttribute(file, "posix:group")).isEqualTo(group);
  }

  @Test
  void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
    Path target = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));

    write(link, "new");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real.json"));
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void followsAChainOfLinksAcrossFoldersAndCreatesTheTargetOfADanglingLink() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path last = Files.createSymbolicLink(sub.resolve("last.json"), Path.of("../made.json"));
    Path first = Files.createSymbolicLink(dir.resolve("first.json"), dir.relativize(last));

    write(first, "made");

    assertThat(Files.isSymbolicLink(first)).isTrue();
    assertThat(Files.isSymbolicLink(last)).isTrue();
    assertThat(Files.readString(dir.resolve("made.json"))).isEqualTo("made");
  }

  @Test
  void refusesALoopOfLinksNamingTheFile() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.createSymbolicLink(a, Path.of("b.json"));
    Files.createSymbolicLink(b, Path.of("a.json"));

    assertThatThrownBy(() -> write(a, "x")).isInstanceOf(IOException.class)
        .hasMessageContaining("a.json").hasMessageContaining("symbolic links");
  }

  @Test
  void keepsHardLinks() throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), "old");
    Path other = Files.createLink(dir.resolve("b.json"), file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    write(file, "new text");

    assertThat(Files.readString(other)).isEqualTo("new text");
    assertThat(Files.getAttribute(file, "unix:nlink")).isEqualTo(2);
    assertThat(Files.isSameFile(file, other)).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-rw-r--");
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void removesAStaleTemporaryFileOfADeadProcessButNotOneOfALiveProcess() throws IOException {
    // Above the largest process id Linux hands out (2^22): no live process has it.
    Path stale = Files.writeString(dir.resolve(".a.json.99999999.x1.sla-tmp"), "half");
    Path live = Files.writeString(
        dir.resolve(".a.json." + ProcessHandle.current().pid() + ".x2.sla-tmp"), "busy");
    Path notOurs = Files.writeString(dir.resolve(".a.json.notapid.x3.sla-tmp"), "other");

    write(dir.resolve("a.json"), "new");

    assertThat(stale).doesNotExist();
    assertThat(live).exists();
    assertThat(notOurs).exists();
  }

  @Test
  void aFailureNamesTheTargetNeverTheTemporaryFileAndLeavesNoTemporaryFile() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("taken.json"));
    Files.writeString(folder.resolve("inside"), "x");

    assertThatThrownBy(() -> write(folder, "new")).isInstanceOf(IOException.class)
        .hasMessageContaining("taken.json").message().doesNotContain("sla-tmp");
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void aMissingFolderIsNamed() {
    Path file = dir.resolve("missing").resolve("a.json");

    assertThatThrownBy(() -> write(file, "new")).isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void replacesTheContentWholly() throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), "a much longer old content");

    write(file, "short");

    assertThat(Files.readString(file)).isEqualTo("short");
    assertThat(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(temporaryFiles()).isEmpty();
  }

  private java.util.List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".sla-tmp")).toList();
    }
  }
}
