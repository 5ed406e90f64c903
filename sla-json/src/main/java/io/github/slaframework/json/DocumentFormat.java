package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The text formats a document may be written in. Both give the same model and the same findings.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum DocumentFormat {
  /** JSON (RFC 8259), UTF-8; a leading byte order mark is allowed. */
  JSON,
  /** YAML 1.2, read through the same streaming parser interface as JSON. */
  YAML;

  /**
   * The format of a file by its name: {@code *.yaml} and {@code *.yml} are YAML, anything else
   * JSON.
   *
   * @param file a file path, never null
   * @return the format
   */
  public static DocumentFormat forPath(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
  }

  /**
   * Whether a file's name marks it as a document: it ends in {@code .json}, {@code .yaml} or
   * {@code .yml}, in any case.
   *
   * @param file a file path, never null
   * @return {@code true} for a document's name
   * @since 0.2.0
   */
  public static boolean isDocumentName(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * The documents in a folder and its subfolders, as {@code sla validate} and
   * {@code @AgreementFiles} find them: regular files with a {@linkplain #isDocumentName document's
   * name}, sorted. A folder named through a symbolic link is searched too; links inside it are
   * not followed. The paths start with {@code folder} as given, not with its real path.
   *
   * @param folder a folder, never null
   * @return the documents found, possibly none
   * @throws IOException when the folder or one below it cannot be read
   * @since 0.2.0
   */
  public static List<Path> findDocuments(Path folder) throws IOException {
    Path start = folder.toRealPath();
    try (Stream<Path> walk = Files.walk(start)) {
      return walk.filter(Files::isRegularFile)
          .filter(DocumentFormat::isDocumentName)
          .map(p -> folder.resolve(start.relativize(p)))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
