package io.github.slaframework.cli;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementReports;
import io.github.slaframework.measure.Portfolio;
import io.github.slaframework.measure.PortfolioResult;
import io.github.slaframework.measure.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code sla measure --agreements DIR} and {@code --agreement FILE --events LOG...}: a portfolio
 * of agreements measured over one range into one report (docs/measure.md, "Portfolios").
 */
final class PortfolioRun {

  /** An agreement file and its logs, as given on the command line. */
  record Pair(Path agreement, List<Path> events) {}

  private PortfolioRun() {}

  static int run(Path dir, List<Pair> pairs, MeasureRange range, boolean byRequester,
      ReportFormat format, Path output, PrintWriter out, PrintWriter err) {
    try {
      List<Pair> all = new ArrayList<>();
      if (dir != null) {
        all.addAll(fromDirectory(dir));
        if (all.isEmpty()) {
          err.println("sla measure: no *.json, *.yaml or *.yml agreement in " + Console.safe(dir));
          return ExitCode.USAGE_OR_IO.code();
        }
      }
      all.addAll(pairs);
      List<Portfolio.Member> members = new ArrayList<>();
      boolean unreadable = false;
      for (Pair p : all) {
        Optional<Agreement> agreement = Documents.readToMeasure(p.agreement(), err);
        if (agreement.isEmpty()) {
          unreadable = true;
          continue;
        }
        members.add(new Portfolio.Member(p.agreement().getFileName().toString(), agreement.get(),
            p.events().stream().map(EventSource::of).toList()));
      }
      if (unreadable) {
        return ExitCode.INVALID.code();
      }
      PortfolioResult result = Portfolio.measure(members, range, byRequester);
      String title = dir != null && pairs.isEmpty()
          ? String.valueOf(dir.toAbsolutePath().normalize().getFileName())
          : Console.count(members.size(), "agreement");
      Documents.print(MeasurementReports.toString(result, format, title), output, out);
      long rejected = result.agreements().stream()
          .mapToLong(a -> a.result().rejectedCount()).sum();
      if (rejected > 0) {
        err.println("sla measure: " + Console.count(rejected, "line")
            + " rejected (measure an agreement alone to list them)");
      }
      return result.nothingMeasurable() ? ExitCode.NOTHING_MEASURABLE.code()
          : result.anyWindowMissed() ? ExitCode.INVALID.code() : ExitCode.OK.code();
    } catch (IOException e) {
      err.println("sla measure: " + Console.oneLine(e));
      return ExitCode.USAGE_OR_IO.code();
    }
  }

  /**
   * The agreements directly in a directory, by file name, each with the logs of the folder
   * beside it that has its name without the extension (none when there is no such folder).
   */
  static List<Pair> fromDirectory(Path dir) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    for (Path file : list(dir)) {
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String ext = dot < 0 ? "" : name.substring(dot + 1);
      if (!Files.isRegularFile(file) || !(ext.equals("json") || ext.equals("yaml")
          || ext.equals("yml"))) {
        continue;
      }
      Path logs = dir.resolve(name.substring(0, dot));
      List<Path> events = new ArrayList<>();
      if (Files.isDirectory(logs)) {
        for (Path log : list(logs)) {
          String n = log.getFileName().toString();
          if (Files.isRegularFile(log) && (n.endsWith(".jsonl") || n.endsWith(".csv"))) {
            events.add(log);
          }
        }
      }
      pairs.add(new Pair(file, events));
    }
    return pairs;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      // By name, so the report's order does not depend on the file system's.
      return s.sorted().toList();
    }
  }
}
