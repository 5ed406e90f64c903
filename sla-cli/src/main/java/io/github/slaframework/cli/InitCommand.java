package io.github.slaframework.cli;

import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.render.scaffold.AgreementScaffolder;
import io.github.slaframework.render.scaffold.Draft;
import io.github.slaframework.render.scaffold.Placeholder;
import io.github.slaframework.validation.FrameworkRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sla init}: scaffolds a draft agreement from a framework. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Scaffolds a draft agreement: every mandatory and recommended area of the framework, each "
          + "with its guidance as a starting clause, and the parties filled in.",
      "The draft validates; the values to write or confirm are listed on standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:draft written", "2:usage or I/O error (unknown framework, bad --party, refused --frameworks file)"})
final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin FrameworkOptions frameworkOptions;

  @Option(names = "--framework", required = true, paramLabel = "ID[:VERSION]",
      description = "The framework, e.g. uk-cctv-partnership or uk-cctv-partnership:2021; "
          + "without a version, the latest known.")
  String framework;

  @Option(names = "--profile", paramLabel = "PROFILE",
      description = "A profile of the framework, e.g. housing-association.")
  String profile;

  @Option(names = "--party", required = true, paramLabel = "TYPE:ID:NAME",
      description = "A party, e.g. LOCAL_AUTHORITY:leeds:Leeds City Council. Give at least two. "
          + "TYPE is LOCAL_AUTHORITY, POLICE_FORCE, HOUSING_ASSOCIATION, NHS_BODY, UNIVERSITY, "
          + "SHOPPING_CENTRE, TRANSPORT_OPERATOR or OTHER.")
  List<String> parties;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the draft to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Party> partyList = new ArrayList<>();
    for (String partySpec : parties) {
      Optional<Party> party = parseParty(partySpec, err);
      if (party.isEmpty()) {
        return ExitCode.USAGE_OR_IO.code();
      }
      partyList.add(party.get());
    }
    if (partyList.size() < 2) {
      err.println("sla: an agreement has at least two parties; give --party twice or more");
      return ExitCode.USAGE_OR_IO.code();
    }
    Optional<FrameworkRegistry> loaded = frameworkOptions.registry(err);
    if (loaded.isEmpty()) {
      return ExitCode.USAGE_OR_IO.code();
    }
    FrameworkRegistry registry = loaded.get();
    String[] idVersion = framework.split(":", 2);
    Optional<Framework> found = idVersion.length == 2
        ? registry.framework(idVersion[0], idVersion[1])
        : registry.frameworks().stream()
            .filter(f -> f.id().equals(idVersion[0]))
            // "2026" after "2021", and "1.10" after "1.9": longer versions are later ones.
            .max(Comparator.comparing((Framework f) -> f.version().length())
                .thenComparing(Framework::version));
    if (found.isEmpty()) {
      err.println("sla: no framework " + Console.safe(framework)
          + " is known; `sla frameworks` lists them");
      return ExitCode.USAGE_OR_IO.code();
    }
    Optional<Profile> tailoring = Optional.empty();
    if (profile != null) {
      Framework f = found.get();
      tailoring = f.profile(profile).or(() -> registry.profiles(f.id(), f.version())
          .stream().filter(p -> p.id().equals(profile)).findFirst());
      if (tailoring.isEmpty()) {
        err.println("sla: framework " + Console.safe(f.id() + " " + f.version())
            + " has no profile " + Console.safe(profile)
            + "; `sla frameworks` lists them");
        return ExitCode.USAGE_OR_IO.code();
      }
    }
    Draft draft;
    try {
      draft = AgreementScaffolder.standard().scaffold(found.get(), tailoring, partyList);
    } catch (IllegalArgumentException e) {
      err.println("sla: " + Console.safe(e.getMessage()));
      return ExitCode.USAGE_OR_IO.code();
    }
    if (output == null) {
      out.print(Library.writer().writeAgreement(draft.agreement()));
      out.flush();
    } else {
      if (Files.exists(output) && !force) {
        err.println("sla: " + Console.safe(output) + " exists; use --force to overwrite it");
        return ExitCode.USAGE_OR_IO.code();
      }
      Library.writer().writeAgreement(draft.agreement(), output);
      err.println("Wrote " + Console.safe(output) + ".");
    }
    err.println("Complete these " + draft.placeholders().size()
        + " places before the parties agree it (text to write starts with "
        + AgreementScaffolder.MARK + "):");
    for (Placeholder p : draft.placeholders()) {
      err.println("  " + Console.safe(p.path()) + "  " + Console.safe(p.instruction()));
    }
    return ExitCode.OK.code();
  }

  private static Optional<Party> parseParty(String partySpec, PrintWriter err) {
    String[] parts = partySpec.split(":", 3);
    if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
      err.println("sla: --party takes TYPE:ID:NAME, e.g. POLICE_FORCE:wyp:West Yorkshire Police;"
          + " got \"" + Console.safe(partySpec) + "\"");
      return Optional.empty();
    }
    PartyType type;
    try {
      type = PartyType.of(parts[0].trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("sla: unknown party type " + Console.safe(parts[0]) + "; one of "
          + PartyType.KNOWN);
      return Optional.empty();
    }
    return Optional.of(Party.builder()
        .id(parts[1].trim())
        .name(parts[2].trim())
        .type(type)
        // An operator owns its system and controls its data (framework 2026, CONTROLLER_MISSING);
        // the parties confirm or change that before they agree.
        .roles(type.equals(PartyType.POLICE_FORCE)
            ? java.util.List.of(PartyRole.POLICE)
            : java.util.List.of(PartyRole.SYSTEM_OWNER, PartyRole.DATA_CONTROLLER))
        .build());
  }
}
