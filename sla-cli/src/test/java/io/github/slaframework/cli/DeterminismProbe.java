package io.github.slaframework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs every command of {@code sla} on every example and writes what each printed (and, for
 * {@code format}, the file it rewrote) to one file, so that {@link DeterminismTests} can compare
 * the outputs of two separate JVM runs byte for byte. Run by that test in forked JVMs; also
 * runnable by hand: {@code java -cp ... io.github.slaframework.cli.DeterminismProbe OUT ROOT}.
 */
public final class DeterminismProbe {

  private DeterminismProbe() {}

  /**
   * Writes every command's output.
   *
   * @param args the file to write, the repository root (holding {@code examples/}), and a
   *     scratch folder for {@code format}'s rewritten copies
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path root = Path.of(args[1]);
    Path scratch = Path.of(args[2]);
    Files.writeString(out, run(root, scratch), StandardCharsets.UTF_8);
  }

  /** Every command line the probe runs, in a fixed order. */
  static List<List<String>> commands(Path root, Path scratch) throws IOException {
    Path examples = root.resolve("examples");
    List<Path> agreements;
    try (Stream<Path> files = Files.list(examples)) {
      agreements = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<Path> logs;
    try (Stream<Path> files = Files.list(examples.resolve("events"))) {
      logs = files.sorted().toList();
    }
    List<List<String>> commands = new ArrayList<>();
    for (Path agreement : agreements) {
      String file = agreement.toString();
      for (String format : List.of("text", "json", "sarif")) {
        commands.add(List.of("validate", "--as-of", "2026-11-27", "--format", format, file));
      }
      for (String to : List.of("markdown", "html")) {
        commands.add(List.of("render", "--to", to, file));
      }
      commands.add(List.of("format", scratch.resolve(agreement.getFileName()).toString()));
      for (Path log : logs) {
        for (String format : List.of("text", "json", "markdown", "html")) {
          commands.add(List.of("measure", "--format", format, file, log.toString()));
        }
      }
    }
    // Each example against the one before it: every kind of change, in every output.
    for (int i = 1; i < agreements.size(); i++) {
      String previous = agreements.get(i - 1).toString();
      String file = agreements.get(i).toString();
      for (String format : List.of("text", "json", "markdown")) {
        commands.add(List.of("diff", "--format", format, previous, file));
      }
      commands.add(List.of("render", "--to", "html", "--since", previous, file));
    }
    commands.add(List.of("validate", "--as-of", "2026-11-27", "--format", "json",
        root.resolve("invalid-examples").toString()));
    commands.add(List.of("schema", "agreement"));
    commands.add(List.of("schema", "framework"));
    commands.add(List.of("frameworks"));
    commands.add(List.of("init", "--framework", "uk-cctv-partnership:2021",
        "--profile", "housing-association", "--party", "LOCAL_AUTHORITY:council:Testshire Council",
        "--party", "POLICE_FORCE:police:Testshire Police",
        "--party", "HOUSING_ASSOCIATION:homes:Testshire Homes"));
    return commands;
  }

  private static String run(Path root, Path scratch) throws IOException {
    Files.createDirectories(scratch);
    StringBuilder all = new StringBuilder();
    for (List<String> command : commands(root, scratch)) {
      if (command.get(0).equals("format")) {
        Path copy = Path.of(command.get(1));
        Files.copy(root.resolve("examples").resolve(copy.getFileName()), copy,
            StandardCopyOption.REPLACE_EXISTING);
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Sla.run(new PrintWriter(out, true), new PrintWriter(err, true), false,
          command.toArray(String[]::new));
      all.append("=== sla ").append(String.join(" ", command)).append('\n')
          .append("--- exit ").append(exit).append('\n')
          .append("--- out\n").append(out).append("--- err\n").append(err);
      if (command.get(0).equals("format")) {
        all.append("--- file\n").append(Files.readString(Path.of(command.get(1))));
      }
    }
    return all.toString();
  }
}
