package io.github.slaframework.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code sla} command: validates, scaffolds, renders and formats agreement files.
 *
 * <p>{@link #main} is the only place that calls {@link System#exit}; {@link #run} returns the
 * exit code instead, for tests and for programs that embed the command line: one of {@link
 * ExitCode}.
 *
 * @since 0.1.0
 */
@Command(
    name = "sla",
    mixinStandardHelpOptions = true,
    versionProvider = Sla.Version.class,
    description = "Validates, scaffolds, renders and formats service level agreement files.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success; every document valid",
      "1:a document is invalid, or not canonical (format --check)",
      "2:usage or I/O error (e.g. a missing file)"
    })
public final class Sla implements Callable<Integer> {

  /**
   * The subcommands by name, in the order of the usage help. Registered in {@link #run}, as few as
   * give the same result (picocli builds each command's model by reflection, and a start-up pays
   * for every command registered): see {@link #subcommands}.
   */
  private static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("validate", ValidateCommand.class);
    commands.put("init", InitCommand.class);
    commands.put("render", RenderCommand.class);
    commands.put("format", FormatCommand.class);
    commands.put("migrate", MigrateCommand.class);
    commands.put("schema", SchemaCommand.class);
    commands.put("frameworks", FrameworksCommand.class);
    commands.put("measure", MeasureCommand.class);
    commands.put("diff", DiffCommand.class);
    commands.put("hash", HashCommand.class);
    commands.put("approve", ApproveCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  @Spec CommandSpec spec;

  /** Creates the top-level command (picocli instantiates it). */
  public Sla() {}

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("validate")) {
      Library.prepareValidation();
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
    int code = run(out, err, terminal, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line without exiting.
   *
   * @param out where results go
   * @param err where messages and progress go
   * @param terminal whether the output is a terminal (colour and progress lines)
   * @param args the arguments
   * @return the exit code, the {@link ExitCode#code()} of one of {@link ExitCode}
   */
  public static int run(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
    CommandLine cli = new CommandLine(new Sla());
    for (Class<?> command : subcommands(args)) {
      cli.addSubcommand(command);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(
        terminal ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    cli.registerConverter(LocalDate.class, Sla::date);
    cli.registerConverter(Path.class, Sla::path);
    cli.setParameterExceptionHandler((ex, arguments) -> {
      PrintWriter e = ex.getCommandLine().getErr();
      e.println("sla: " + Console.safe(ex.getMessage()));
      e.println("Try 'sla " + (ex.getCommandLine() == cli ? "" : ex.getCommandLine()
          .getCommandName() + " ") + "--help' for more information.");
      return ExitCode.USAGE_OR_IO.code();
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("sla: " + Failures.message(ex, parseResult));
      return ExitCode.USAGE_OR_IO.code();
    });
    // An Error (out of memory, a stack overflow) passes picocli's handler by: it ends here, as
    // one line naming the files and the limit to raise, never as a stack trace.
    CommandLine.IExecutionStrategy strategy = cli.getExecutionStrategy();
    cli.setExecutionStrategy(parseResult -> {
      try {
        return strategy.execute(parseResult);
      } catch (VirtualMachineError | LinkageError | AssertionError e) {
        cli.getErr().println("sla: " + Failures.message(e, parseResult));
        cli.getErr().flush();
        return ExitCode.USAGE_OR_IO.code();
      }
    });
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(new Version());
      if (sub.getCommand() instanceof TerminalAware aware) {
        aware.terminal(terminal);
      }
    }
    return cli.execute(args);
  }

  /**
   * A date argument: ISO {@code YYYY-MM-DD} in the years 1 to 9999, which every calculation
   * with it can hold (a date of year -999999999 would overflow them).
   */
  static LocalDate date(String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "expected a date as YYYY-MM-DD, got '" + Console.safe(text) + "'");
    }
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new CommandLine.TypeConversionException("expected a date from 0001-01-01 to "
          + "9999-12-31, got '" + Console.safe(text) + "'");
    }
    return date;
  }

  /**
   * A path argument. An empty one is refused: it would name the current directory, so an unset
   * variable in a pipeline ({@code sla validate "$FILE"}) would check the wrong files.
   */
  static Path path(String text) {
    if (text.isEmpty()) {
      throw new CommandLine.TypeConversionException("an empty path names no file");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException(
          "not a valid path: '" + Console.safe(text) + "'");
    }
  }

  /**
   * The subcommands to register for these arguments: the one named first, when the first argument
   * names one (other than {@code help}); none when every argument asks for the version (picocli
   * prints it before looking at any subcommand); otherwise all, for the usage help (no arguments,
   * {@code --help}, {@code help}) and for picocli's own messages about unknown arguments.
   */
  static Collection<Class<?>> subcommands(String... args) {
    Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (named != null && named != CommandLine.HelpCommand.class) {
      return List.of(named);
    }
    boolean versionOnly = args.length > 0;
    for (String arg : args) {
      versionOnly &= arg.equals("-V") || arg.equals("--version");
    }
    return versionOnly ? List.of() : COMMANDS.values();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE_OR_IO.code();
  }

  /** Implemented by commands that print colour or progress only on a terminal. */
  interface TerminalAware {
    void terminal(boolean terminal);
  }

  /** Gives {@code --version} the version the jar was built as. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sla " + Console.version(), "Agreement format " + "1.1"};
    }
  }
}
