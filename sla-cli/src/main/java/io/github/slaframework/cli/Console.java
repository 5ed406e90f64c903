package io.github.slaframework.cli;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.Properties;

/** Small helpers for what the commands print. */
final class Console {

  private static final String RESET = "\u001b[0m";

  private Console() {}

  /** The version this jar was built as, or "development" when run from classes. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Console.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version", "");
    return v.isEmpty() || v.startsWith("${") ? "development" : v;
  }

  /** One line that says what went wrong, never a stack trace. */
  static String oneLine(Throwable t) {
    Throwable cause = t instanceof UncheckedIOException && t.getCause() != null ? t.getCause() : t;
    if (cause instanceof NoSuchFileException e) {
      return "no such file: " + e.getFile();
    }
    if (cause instanceof AccessDeniedException e) {
      return "permission denied: " + e.getFile();
    }
    if (cause instanceof FileAlreadyExistsException e) {
      return "file already exists: " + e.getFile();
    }
    if (cause instanceof IOException) {
      return "I/O error: " + cause.getMessage();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  /**
   * A finding as {@code file:line:column: SEVERITY CODE message}; without a location, as
   * {@code file: SEVERITY CODE message}.
   */
  static String finding(String file, Finding f, boolean colour) {
    StringBuilder sb = new StringBuilder();
    sb.append(file);
    f.location().ifPresent(l -> sb.append(':').append(l.line()).append(':').append(l.column()));
    sb.append(": ").append(severity(f.severity(), colour)).append(' ').append(f.code())
        .append(' ').append(f.message());
    if (f.waived()) {
      sb.append(" (waived)");
    }
    return sb.toString();
  }

  private static String severity(Severity s, boolean colour) {
    if (!colour) {
      return s.name();
    }
    String code = switch (s) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
    return code + s.name() + RESET;
  }

  /** Plural-aware count: "1 file", "2 files". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
