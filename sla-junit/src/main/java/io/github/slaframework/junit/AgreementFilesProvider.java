package io.github.slaframework.junit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.json.DocumentFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.platform.commons.PreconditionViolationException;

/**
 * The {@link ArgumentsProvider} behind {@link AgreementFiles}; public only because JUnit
 * instantiates it.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class AgreementFilesProvider
    implements ArgumentsProvider, AnnotationConsumer<AgreementFiles> {

  private Path folder;

  /** Creates the provider (JUnit instantiates it). */
  public AgreementFilesProvider() {}

  @Override
  public void accept(AgreementFiles annotation) {
    this.folder = Path.of(annotation.value());
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
      ExtensionContext context) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new PreconditionViolationException(
          "@AgreementFiles folder does not exist: " + folder.toAbsolutePath());
    }
    List<Path> files = DocumentFormat.findDocuments(folder);
    if (files.isEmpty()) {
      throw new PreconditionViolationException(
          "@AgreementFiles folder holds no *.json, *.yaml or *.yml file: " + folder);
    }
    return files.stream().map(f -> Arguments.of(
        Named.of(folder.relativize(f).toString().replace('\\', '/'), f)));
  }
}
