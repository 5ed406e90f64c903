package io.github.slaframework.cli;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.diff.ChangeSet;
import io.github.slaframework.render.AgreementRenderer;
import io.github.slaframework.render.RenderFormat;
import io.github.slaframework.validation.FrameworkRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla render}: the agreement as the readable document both parties sign. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Renders an agreement as the document both parties sign: Markdown, or one self-contained "
          + "HTML file that prints well."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:rendered", "1:the file cannot be read as an agreement",
        "2:usage or I/O error, a refused --frameworks file, or a --since file that cannot be "
            + "compared (as in sla diff)"})
final class RenderCommand implements Callable<Integer> {

  enum To { markdown, html }

  @Spec CommandSpec spec;

  @Mixin FrameworkOptions frameworkOptions;

  @Parameters(index = "0", paramLabel = "FILE", description = "The agreement file.")
  Path file;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  To to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write to OUT (atomically) instead of standard output.")
  Path output;

  @Option(names = "--lang", paramLabel = "LANG[,LANG]", split = ",", defaultValue = "en",
      description = "Language of headings and labels: en, cy (Welsh, Cymraeg), or two, such as "
          + "en,cy, side by side (default: ${DEFAULT-VALUE}). The parties' texts are printed as "
          + "written, or as their x-cy twins in Welsh.")
  List<Language> lang;

  @Option(names = "--since", paramLabel = "OLD",
      description = "Mark what changed since OLD, a previous version of the agreement, as "
          + "'sla diff OLD FILE' reports it.")
  Path since;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (lang != null && (lang.size() > 2 || lang.stream().distinct().count() != lang.size())) {
      spec.commandLine().getErr().println(
          "sla: --lang takes one language or two different ones, such as en,cy");
      return ExitCode.USAGE_OR_IO.code();
    }
    Optional<FrameworkRegistry> registry = frameworkOptions.registry(spec.commandLine().getErr());
    if (registry.isEmpty()) {
      return ExitCode.USAGE_OR_IO.code();
    }
    Optional<Agreement> agreement = Documents.read(file, spec.commandLine().getErr());
    if (agreement.isEmpty()) {
      return ExitCode.INVALID.code();
    }
    AgreementRenderer renderer = frameworkOptions.paths.isEmpty() && english()
        ? Library.renderer()
        : AgreementRenderer.builder().frameworks(registry.get()::resolve)
            .languages(languages()).build();
    RenderFormat format = to == To.html ? RenderFormat.HTML : RenderFormat.MARKDOWN;
    Optional<ChangeSet> changes = Optional.empty();
    if (since != null) {
      changes = DiffCommand.changes(since, file, spec.commandLine().getErr());
      if (changes.isEmpty()) {
        return ExitCode.USAGE_OR_IO.code();
      }
    }
    String text = changes.isPresent() ? renderer.render(agreement.get(), format, changes.get())
        : renderer.render(agreement.get(), format);
    if (output == null) {
      out.print(text);
      out.flush();
    } else {
      Documents.writeAtomically(output, text);
    }
    return ExitCode.OK.code();
  }

  private boolean english() {
    return lang == null || lang.equals(List.of(Language.en));
  }

  private List<Locale> languages() {
    return lang == null ? List.of(Locale.ENGLISH) : lang.stream().map(Language::locale).toList();
  }
}
