package io.github.slaframework.cli;

import io.github.slaframework.validation.FrameworkException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ParseResult;

/**
 * The one line a command prints when it fails unexpectedly: what failed, on which files, and
 * what to do, never a stack trace (SECURITY.md, "No stack trace").
 */
final class Failures {

  /** The heap setting the message suggests: enough for the documented limits, with room. */
  static final String HEAP_HINT = "raise the heap with SLA_JAVA_OPTS=-Xmx1g";

  /** The thread stack setting the message suggests after a stack overflow. */
  static final String STACK_HINT = "raise the thread stack with SLA_JAVA_OPTS=-Xss8m";

  /** How many file names a message lists before "and N more". */
  private static final int FILES_NAMED = 3;

  private Failures() {}

  /**
   * The message for a failure while the command ran, without the leading {@code sla: }.
   *
   * @param failure what was thrown
   * @param parseResult the command line, for the files it names (may be null)
   */
  static String message(Throwable failure, ParseResult parseResult) {
    return message(failure, files(parseResult));
  }

  /**
   * The message for a failure while working on some files.
   *
   * @param failure what was thrown
   * @param files what the command was working on: escaped file names, or empty
   */
  static String message(Throwable failure, String files) {
    String on = files.isEmpty() ? "" : " " + files;
    if (failure instanceof OutOfMemoryError) {
      return "out of memory reading" + (on.isEmpty() ? " the input" : on) + "; " + HEAP_HINT;
    }
    if (failure instanceof StackOverflowError) {
      return "stack overflow reading" + (on.isEmpty() ? " the input" : on) + "; " + STACK_HINT;
    }
    if (failure instanceof IOException || failure instanceof UncheckedIOException
        || failure instanceof IllegalArgumentException || failure instanceof FrameworkException) {
      // I/O errors, refused arguments and refused frameworks say in their message what is wrong.
      return Console.oneLine(failure);
    }
    // Anything else is a bug: said as one, with the exception's kind for the report, and no
    // message of a library's internals (such as "long overflow").
    return "internal error" + (on.isEmpty() ? "" : " while reading" + on) + ": "
        + failure.getClass().getSimpleName() + " (please report it)";
  }

  /** The file arguments of the command that ran, escaped, the first few by name. */
  static String files(ParseResult parseResult) {
    List<String> names = new ArrayList<>();
    ParseResult command = parseResult;
    while (command != null && command.subcommand() != null) {
      command = command.subcommand();
    }
    if (command != null) {
      for (var arg : command.matchedPositionals()) {
        Object value = arg.getValue();
        if (value instanceof Path p) {
          names.add(p.toString());
        } else if (value instanceof List<?> list) {
          for (Object o : list) {
            if (o instanceof Path p) {
              names.add(p.toString());
            }
          }
        }
      }
    }
    return names(names);
  }

  /** File names for a message: escaped, the first few, then how many more. */
  static String names(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(names.size(), FILES_NAMED); i++) {
      sb.append(i == 0 ? "" : ", ").append(Console.safe(names.get(i)));
    }
    if (names.size() > FILES_NAMED) {
      sb.append(" and ").append(names.size() - FILES_NAMED).append(" more");
    }
    return sb.toString();
  }
}
