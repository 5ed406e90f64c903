package io.github.slaframework.cli;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.SafeText;
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

  /** One line that says what went wrong, never a stack trace; escaped for the terminal. */
  static String oneLine(Throwable t) {
    return safe(describe(t));
  }

  private static String describe(Throwable t) {
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
   * A finding as {@link Finding#describe(String)} writes it ({@code file:line:column: SEVERITY
   * CODE message}, file name and message escaped), the severity in colour on a terminal.
   */
  static String finding(String file, Finding f, boolean colour) {
    String line = f.describe(file);
    if (!colour) {
      return line;
    }
    // The escaped file name holds no ESC and no line break, so the first ": SEVERITY " after it
    // is the finding's own severity.
    String severity = ": " + f.severity().name() + " ";
    int at = line.indexOf(severity, SafeText.terminal(file).length());
    String code = switch (f.severity()) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
    return line.substring(0, at + 2) + code + f.severity().name() + RESET
        + line.substring(at + severity.length() - 1);
  }

  /**
   * A value from a file, a file name or an argument, safe in a line of terminal text: controls,
   * bidirectional and line-breaking characters as {@code \}{@code u001b} text.
   */
  static String safe(Object value) {
    return SafeText.terminal(String.valueOf(value));
  }

  /** Plural-aware count: "1 file", "2 files". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
