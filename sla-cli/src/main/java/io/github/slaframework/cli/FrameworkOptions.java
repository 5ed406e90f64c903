package io.github.slaframework.cli;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FileReport;
import io.github.slaframework.validation.FrameworkException;
import io.github.slaframework.validation.FrameworkRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --frameworks PATH}, shared by every command that takes a framework: framework and profile
 * files (or directories of them) registered besides the built-in frameworks.
 */
final class FrameworkOptions {

  @Option(names = "--frameworks", paramLabel = "PATH",
      description = "A framework or profile file (JSON or YAML), or a directory of them, to use "
          + "besides the built-in frameworks; repeatable. A file that is refused (unreadable, an "
          + "unknown check or target, a duplicate) has its findings printed and exits 2.")
  List<Path> paths = List.of();

  /**
   * The registry: the built-in one, or the built-in frameworks and those of {@code --frameworks},
   * checked (their checks too, by building a validator over them).
   *
   * @param err where a refused file's findings or an I/O error go
   * @return the registry, or empty when a file is missing, unreadable or refused
   */
  Optional<FrameworkRegistry> registry(PrintWriter err) {
    return registry(err, Locale.ENGLISH);
  }

  /**
   * {@link #registry(PrintWriter)} with the findings of a refused file in a language (the
   * language of {@code sla validate --lang}).
   */
  Optional<FrameworkRegistry> registry(PrintWriter err, Locale locale) {
    if (paths.isEmpty()) {
      return Optional.of(Library.registry());
    }
    FrameworkRegistry.Builder builder = FrameworkRegistry.builder().addBuiltIn();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("sla: no such file or directory: " + Console.safe(path));
        return Optional.empty();
      }
      try {
        builder.read(path);
      } catch (IOException e) {
        err.println("sla: cannot read " + Console.safe(path) + ": " + Console.oneLine(e));
        return Optional.empty();
      }
    }
    try {
      FrameworkRegistry registry = builder.build();
      AgreementValidator.builder().registry(registry).build();
      return Optional.of(registry);
    } catch (FrameworkException e) {
      AgreementValidator language = AgreementValidator.builder().locale(locale).build();
      for (FileReport report : e.reports()) {
        for (Finding f : report.report().findings()) {
          err.println(Console.finding(report.file(), language.localized(f), false));
        }
      }
      err.println("sla: a framework given with --frameworks is refused; fix the errors above");
      return Optional.empty();
    }
  }
}
