package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * Replaces a file's content so that a reader sees either the old content or the new, never a part,
 * and so that the file keeps what it was: its mode, owner and group, its symbolic links and its
 * hard links. The one way every module of this project writes a file.
 *
 * <p>How:
 *
 * <ul>
 *   <li>A symbolic link is followed (a chain too, and a dangling link to the file it names): the
 *       file it points to is written and the link stays a link.
 *   <li>The new content goes to a temporary file beside the target, named
 *       {@code .NAME.PID.sla-tmp}, created with the default mode (the process's umask, as the
 *       shell would create it), flushed to the disk, given the target's mode, owner and group
 *       where the file system allows, and moved over the target in one atomic rename.
 *   <li>A file with more than one hard link cannot be renamed over without splitting the link.
 *       It is rewritten in place instead, after the new content has been written in full to the
 *       temporary file (so a full disk fails before the target is touched). The trade-off: during
 *       the in-place copy a crash can leave that file partly written; the temporary file, which
 *       holds the full new content, is then left beside it and named in the error.
 *   <li>On every failure the temporary file is deleted, and every error names the target, never
 *       the temporary file. A temporary file of ours left by a process that no longer runs (after
 *       {@code kill -9}) is removed by the next write of the same target.
 * </ul>
 */
@API(status = EXPERIMENTAL)
public final class AtomicFiles {

  private static final String SUFFIX = ".sla-tmp";
  private static final java.util.Set<Path> TIDIED =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private AtomicFiles() {}

  /**
   * Replaces the content of a file, or creates it, as the class comment says.
   *
   * @param file the target; a symbolic link is written through
   * @param content the new content
   * @throws IOException naming the target when it cannot be written; the target is then unchanged
   */
  public static void write(Path file, byte[] content) throws IOException {
    java.util.Objects.requireNonNull(file, "file");
    java.util.Objects.requireNonNull(content, "content");
    Path target = resolveLinks(file.toAbsolutePath());
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new NoSuchFileException(file.toString(), null, "no such folder: " + folder);
    }
    if (Files.isDirectory(target)) {
      throw new FileSystemException(file.toString(), null, "is a folder");
    }
    removeStaleTemporaryFiles(target);
    Optional<PosixFileAttributes> old = attributes(target);
    Path temp = createTemporaryFile(file, target);
    boolean keepTemp = false;
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        writeFully(out, content);
        out.force(true);
      } catch (IOException e) {
        throw failure(file, "cannot write", e);
      }
      if (old.isPresent() && linkCount(target) > 1) {
        keepTemp = true;
        rewriteInPlace(file, target, content, temp);
        keepTemp = false;
        return;
      }
      if (old.isPresent()) {
        copyOwnership(old.get(), temp);
      }
      try {
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw failure(file, "cannot replace", e);
      }
    } finally {
      if (!keepTemp) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Replaces the text of a file, or creates it, written as UTF-8.
   *
   * @param file the target; a symbolic link is written through
   * @param text the new text
   * @throws IOException naming the target when it cannot be written; the target is then unchanged
   */
  public static void writeString(Path file, String text) throws IOException {
    write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The file a chain of symbolic links ends at (which need not exist yet). */
  static Path resolveLinks(Path file) throws IOException {
    Path current = file;
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == 40) {
        throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
      }
      Path link = Files.readSymbolicLink(current);
      Path parent = current.getParent();
      current = (parent == null ? link : parent.resolve(link)).normalize();
    }
    return current;
  }

  private static Optional<PosixFileAttributes> attributes(Path target) throws IOException {
    if (!POSIX || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(Files.readAttributes(target, PosixFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS));
  }

  private static int linkCount(Path target) {
    try {
      Object n = Files.getAttribute(target, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
      return n instanceof Integer i ? i : 1;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return 1; // no unix view: links cannot be counted, and a rename is the safe default
    }
  }

  private static Path createTemporaryFile(Path file, Path target) throws IOException {
    Path folder = target.getParent();
    String stem = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
    for (int attempt = 0; ; attempt++) {
      String random = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
      Path temp = folder.resolve(stem + random + SUFFIX);
      try {
        // No file attributes: the new file gets the umask's mode, as a new target should.
        return Files.createFile(temp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw failure(file, "cannot create a temporary file", e);
        }
      } catch (IOException e) {
        throw failure(file, "cannot create a temporary file", e);
      }
    }
  }

  private static void writeFully(FileChannel out, byte[] content) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(content);
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }

  private static void copyOwnership(PosixFileAttributes old, Path temp) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    try {
      GroupPrincipal group = old.group();
      if (!group.equals(Files.readAttributes(temp, PosixFileAttributes.class).group())) {
        view.setGroup(group);
      }
      if (!old.owner().equals(Files.getOwner(temp))) {
        view.setOwner(old.owner());
      }
    } catch (FileSystemException e) {
      // Only a privileged process may give a file away; the content and mode still change, as
      // they would for any editor run by that user.
    }
    // The mode last: changing the owner can clear the set-user-ID and set-group-ID bits.
    view.setPermissions(old.permissions());
  }

  private static void rewriteInPlace(Path file, Path target, byte[] content, Path temp)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(content);
    } catch (IOException e) {
      throw failure(file, "cannot rewrite in place (a file with hard links; its new content is"
          + " kept in " + temp.getFileName() + ")", e);
    }
    Files.deleteIfExists(temp);
  }

  /**
   * Deletes the temporary files of ours ({@code .NAME.PID.RANDOM.sla-tmp}) in the target's folder
   * whose process no longer runs; once per folder and process, so that a batch over a large
   * folder does not list it for every file.
   */
  private static void removeStaleTemporaryFiles(Path target) {
    if (!TIDIED.add(target.getParent())) {
      return;
    }
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(target.getParent(),
        p -> p.getFileName().toString().startsWith(".")
            && p.getFileName().toString().endsWith(SUFFIX))) {
      for (Path temp : temps) {
        String name = temp.getFileName().toString();
        String middle = name.substring(0, name.length() - SUFFIX.length());
        // .NAME.PID.RANDOM: the process id is the second-last dotted part.
        int last = middle.lastIndexOf('.');
        int before = last <= 0 ? -1 : middle.lastIndexOf('.', last - 1);
        if (before <= 0) {
          continue;
        }
        middle = middle.substring(before + 1);
        int dot = middle.indexOf('.');
        long pid;
        try {
          pid = Long.parseLong(middle.substring(0, dot));
        } catch (NumberFormatException e) {
          continue; // not one of ours
        }
        if (ProcessHandle.of(pid).isEmpty() && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Tidying up is a courtesy: it never stops the write.
    }
  }

  private static IOException failure(Path file, String what, IOException cause) {
    String reason = cause instanceof FileSystemException fs && fs.getReason() != null
        ? fs.getReason()
        : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    if (cause instanceof NoSuchFileException) {
      reason = "no such file or folder";
    } else if (cause instanceof java.nio.file.AccessDeniedException) {
      reason = "permission denied";
    }
    IOException e = new IOException(file + ": " + what + ": " + reason.toLowerCase(Locale.ROOT));
    e.initCause(cause);
    return e;
  }
}
