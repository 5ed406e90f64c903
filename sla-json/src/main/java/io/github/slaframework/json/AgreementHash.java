package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.hash.Jcs;
import io.github.slaframework.json.internal.hash.Unhashable;
import io.github.slaframework.json.internal.read.TreeSourceMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The document hash of format 1.1 section 6, which ties an approval to the text that was approved:
 * SHA-256 of the RFC 8785 (JSON Canonicalization Scheme) form of the document's JSON value,
 * written {@code sha256:} and 64 lowercase hex digits.
 *
 * <p>What is hashed is the document's value as read (a YAML file: the JSON value it denotes under
 * the YAML 1.2 core schema), with the top-level {@code approvals} and {@code status} removed (so
 * approving and then marking the agreement {@code AGREED} leaves approvals current) and, outside
 * {@code x-} members, every member whose value is {@code null}, {@code {}} or {@code []} removed,
 * bottom-up. Numbers are hashed as IEEE 754 doubles ({@code 30.00} as {@code 30}); a number
 * outside the double range cannot be hashed and is an {@code INVALID_VALUE} finding. So a file,
 * its YAML twin and its canonical rewrite ({@code sla format}) have the same hash, and reordering
 * members does not change it; changing any value the document holds does.
 *
 * <pre>{@code
 * ReadResult<String> hash = AgreementHash.of(Path.of("agreement.json"));
 * hash.value().ifPresent(System.out::println);          // sha256:3f5a...
 * String ofModel = AgreementHash.of(agreement);          // the agreement as the format writes it
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class AgreementHash {

  /** The pattern of a written hash: {@code sha256:} and 64 lowercase hex digits. */
  public static final Pattern PATTERN = Pattern.compile("sha256:[0-9a-f]{64}");

  private AgreementHash() {}

  /**
   * The hash of an agreement as the format writes it ({@link SlaWriter#toJsonValue(Agreement)}):
   * the hash of its canonical rewrite, so of a file read into it whenever that file was already
   * canonical format 1.1 (a format 1.0 agreement is written as 1.1, which changes its hash).
   *
   * @param agreement the agreement, never null
   * @return the hash, {@code sha256:<64 lowercase hex>}
   * @throws IllegalArgumentException when an {@code x-} value holds a number outside the range of
   *     a double or a string with a lone surrogate, which have no RFC 8785 form
   */
  public static String of(Agreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    return of(SlaWriter.defaults().toJsonValue(agreement));
  }

  /**
   * The hash of a document's JSON value, with the removals of format 1.1 section 6 (the value need
   * not be a valid agreement).
   *
   * @param document the document's value, never null
   * @return the hash, {@code sha256:<64 lowercase hex>}
   * @throws IllegalArgumentException when the value holds a number outside the range of a double
   *     or a string with a lone surrogate, naming its JSON Pointer
   */
  public static String of(JsonValue document) {
    Objects.requireNonNull(document, "document");
    try {
      return Jcs.sha256(Jcs.hashInput(document));
    } catch (Unhashable e) {
      throw new IllegalArgumentException(e.getMessage() + ": " + e.pointer(), e);
    }
  }

  /**
   * The hash of a document file as read ({@code *.yaml} and {@code *.yml} are YAML, anything else
   * JSON), whether or not it is a valid agreement: findings of validation do not stop it.
   *
   * @param file the file, never null
   * @return the hash; or no value and the findings that stopped it: the reader's ({@code SYNTAX},
   *     {@code LIMIT}) when the file is not well-formed JSON or YAML, or one {@code INVALID_VALUE}
   *     at a number outside the range of a double (or a string with a lone surrogate)
   * @throws IOException when the file cannot be read
   */
  public static ReadResult<String> of(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return of(SlaReader.defaults().readAgreement(file));
  }

  /**
   * The hash of a document held as encoded text (UTF-8), as {@link #of(Path)} computes it.
   *
   * @param bytes the document, never null
   * @param format its format, never null
   * @return the hash, or no value and the findings that stopped it
   */
  public static ReadResult<String> of(byte[] bytes, DocumentFormat format) {
    return of(SlaReader.defaults().readAgreement(bytes, format));
  }

  /**
   * The hash of the document a reader read, computed from the text as read (not from the model,
   * which may have left out what it could not bind): what validation compares approvals with.
   *
   * @param read a result of {@link SlaReader}, never null
   * @return the hash, or no value and the findings that stopped it: the read's own {@code SYNTAX}
   *     and {@code LIMIT} errors when the text could not be parsed, or one {@code INVALID_VALUE}
   *     at a number outside the range of a double (or a string with a lone surrogate)
   */
  public static ReadResult<String> of(ReadResult<?> read) {
    Objects.requireNonNull(read, "read");
    SourceMap map = read.sourceMap();
    if (!(map instanceof TreeSourceMap tree)) {
      List<Finding> errors = read.report().findings().stream()
          .filter(f -> f.severity() == Severity.ERROR)
          .toList();
      return new ReadResult<>(null, Report.of(errors), SourceMap.EMPTY);
    }
    List<Finding> duplicates = duplicateKeys(read);
    if (!duplicates.isEmpty()) {
      return new ReadResult<>(null, Report.of(duplicates), map);
    }
    try {
      return new ReadResult<>(Jcs.sha256(Jcs.hashInput(tree.root())), Report.of(List.of()), map);
    } catch (Unhashable e) {
      Finding finding = Finding.of(Severity.ERROR, FindingCodes.INVALID_VALUE, e.pointer(),
          e.getMessage()).locatedBy(map);
      return new ReadResult<>(null, Report.of(List.of(finding)), map);
    }
  }

  /**
   * The findings that would stop {@link #of(ReadResult)} from hashing a document read from text,
   * without computing the hash: a number outside the range of a double, or a string with a lone
   * surrogate, each an {@code INVALID_VALUE} where {@code of} reports it. Validation uses this
   * when no approval records a hash, so that a document is checked alike whether or not it has
   * been approved, at a fraction of the cost of the canonical form and its digest.
   *
   * @param read a result of {@link SlaReader}, never null
   * @return no findings when {@code of} would give a hash, or when the read has no parsed text
   *     (its own findings say why)
   * @since 0.2.0
   */
  public static Report check(ReadResult<?> read) {
    Objects.requireNonNull(read, "read");
    if (!(read.sourceMap() instanceof TreeSourceMap tree)) {
      return Report.of(List.of());
    }
    List<Finding> duplicates = duplicateKeys(read);
    if (!duplicates.isEmpty()) {
      return Report.of(duplicates);
    }
    try {
      Jcs.verify(tree.root(), tree.surrogateFree());
      return Report.of(List.of());
    } catch (Unhashable e) {
      return Report.of(List.of(Finding.of(Severity.ERROR, FindingCodes.INVALID_VALUE,
          e.pointer(), e.getMessage()).locatedBy(tree)));
    }
  }

  /**
   * A member named twice: the reader keeps the first value, so the file has no one JSON value to
   * hash; like {@code sla diff}, hashing treats it as a file that cannot be read.
   */
  private static List<Finding> duplicateKeys(ReadResult<?> read) {
    return read.report().findings().stream()
        .filter(f -> f.code().equals(FindingCodes.DUPLICATE_KEY)
            && f.severity() == Severity.ERROR)
        .toList();
  }
}
