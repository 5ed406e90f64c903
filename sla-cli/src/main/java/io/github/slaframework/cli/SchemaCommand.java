package io.github.slaframework.cli;

import io.github.slaframework.json.SlaSchemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla schema}: prints the JSON Schema of a document type. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (2020-12) of agreement or framework documents.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:usage error"})
final class SchemaCommand implements Callable<Integer> {

  enum Kind { agreement, framework }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}")
  Kind kind;

  @Override
  public Integer call() {
    String schema = kind == Kind.agreement
        ? SlaSchemas.agreementSchema()
        : SlaSchemas.frameworkSchema();
    spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
