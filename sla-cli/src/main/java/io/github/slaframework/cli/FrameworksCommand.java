package io.github.slaframework.cli;

import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.validation.FrameworkRegistry;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sla frameworks}: lists the known frameworks, their areas, profiles and rules. */
@Command(
    name = "frameworks",
    mixinStandardHelpOptions = true,
    description = "Lists the known frameworks with their versions, areas and levels, rules and "
        + "profiles.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "2:a --frameworks file is missing or refused"})
final class FrameworksCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin FrameworkOptions frameworkOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<FrameworkRegistry> loaded = frameworkOptions.registry(spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return ExitCode.USAGE_OR_IO.code();
    }
    FrameworkRegistry registry = loaded.get();
    boolean first = true;
    for (Framework f : registry.frameworks()) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(Console.safe(f.id() + " " + f.version() + " — " + f.title()));
      f.publisher().ifPresent(p -> out.println("  publisher: " + Console.safe(p)));
      // A framework that is someone's reading of another document says so (x-readingNote).
      if (f.extensions().get("x-readingNote") instanceof JsonValue.JsonString note) {
        out.println("  note: " + Console.safe(note.value()));
      }
      out.println("  areas:");
      for (AreaDefinition a : f.areas()) {
        out.printf("    %-12s %-24s %s%n", a.level(), Console.safe(a.code()),
            Console.safe(a.title()));
      }
      if (!f.rules().isEmpty()) {
        out.println("  rules:");
        for (Rule r : f.rules()) {
          out.printf("    %-8s %-22s %s%n", r.severity(), Console.safe(r.code()),
              Console.safe(r.message()));
        }
      }
      var profiles = registry.profiles(f.id(), f.version());
      if (!profiles.isEmpty()) {
        out.println("  profiles:");
        for (Profile p : profiles) {
          out.println("    " + Console.safe(p.id() + p.title().map(t -> " — " + t).orElse("")));
          p.levels().forEach((area, level) -> out.printf("      %-24s -> %s%n",
              Console.safe(area), Console.safe(level)));
          for (AreaDefinition a : p.areas()) {
            out.printf("      %-24s -> %s (added: %s)%n", Console.safe(a.code()), a.level(),
                Console.safe(a.title()));
          }
          for (Rule r : p.rules()) {
            out.printf("      rule %-8s %-22s %s%n", r.severity(), Console.safe(r.code()),
                Console.safe(r.message()));
          }
        }
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
