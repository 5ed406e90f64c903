package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.spec.Codecs;
import io.github.slaframework.json.internal.read.TreeReader;
import io.github.slaframework.json.internal.read.TreeSourceMap;
import io.github.slaframework.json.internal.spec.ObjectSpec;
import io.github.slaframework.json.internal.spec.Specs;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads agreement, framework and profile documents (JSON or YAML, format 1.x) into the typed
 * model, reporting every problem of the document at once: never an exception for a bad document,
 * only for real I/O failures such as a missing file.
 *
 * <p>Each finding has a code ({@code SYNTAX}, {@code LIMIT}, {@code DUPLICATE_KEY}, {@code
 * TYPE_MISMATCH}, {@code UNKNOWN_FIELD}, {@code REQUIRED}, {@code INVALID_VALUE}, {@code
 * FORMAT_VERSION}), a JSON Pointer, a line and column and a short message that quotes at most a
 * short escaped excerpt of the input. The number of findings is capped ({@link
 * Builder#maxFindings(int)}); explicit {@link ReadLimits} bound the document's size and shape.
 * Sections are chosen by their {@code area} name only; no class name is ever read from a
 * document.
 *
 * <p>An agreement is read by the rules of the {@code formatVersion} it declares (format 1.1
 * section 1): a 1.0 document that uses a 1.1 field or value gets 1.0's {@code UNKNOWN_FIELD} or
 * {@code INVALID_VALUE}; a 1.1 document that uses 1.0's {@code privacyImpactAssessment} gets an
 * INFO {@code DEPRECATED_FIELD}; a newer minor is read as 1.1 with a WARNING {@code
 * FORMAT_VERSION} and its unknown fields and values as warnings (docs/FORMAT.md, section 2a).
 *
 * <p>Immutable and thread-safe: configure once, share.
 *
 * <pre>{@code
 * ReadResult<Agreement> read = SlaReader.defaults().readAgreement(Path.of("agreement.yaml"));
 * if (read.hasErrors()) {
 *   read.report().findings().forEach(f -> System.err.println(f.describe()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class SlaReader {

  /** The default cap on findings per document. */
  public static final int DEFAULT_MAX_FINDINGS = 1000;

  private static final SlaReader DEFAULTS = builder().build();

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final ReadLimits limits;
  private final int maxFindings;
  private final TreeReader tree;

  private SlaReader(Builder b) {
    this.limits = b.limits;
    this.maxFindings = b.maxFindings;
    this.tree =
        new TreeReader(
            limits.maxNestingDepth(),
            limits.maxStringLength(),
            limits.maxNameLength(),
            limits.maxNumberLength(),
            limits.maxDocumentLength(),
            limits.maxTokenCount());
  }

  /**
   * The shared reader with {@link ReadLimits#defaults()} and at most {@value
   * #DEFAULT_MAX_FINDINGS} findings.
   *
   * @return the reader, never null
   */
  public static SlaReader defaults() {
    return DEFAULTS;
  }

  /**
   * Starts configuring a reader.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The limits this reader enforces.
   *
   * @return the limits, never null
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * The most findings reported per document (one more {@code LIMIT} finding says the rest were
   * dropped).
   *
   * @return the cap
   */
  public int maxFindings() {
    return maxFindings;
  }

  // ----- agreements -----------------------------------------------------------------------------

  /**
   * Reads an agreement file; {@code *.yaml} and {@code *.yml} are YAML, anything else JSON.
   *
   * @param file the file, never null
   * @return the result, never null
   * @throws IOException when the file cannot be read (such as a missing file), or a {@link
   *     FileSystemException} naming the file when it is not a regular file (a directory, a FIFO, a
   *     device), which is never opened
   */
  public ReadResult<Agreement> readAgreement(Path file) throws IOException {
    return read(Specs.AGREEMENT, file);
  }

  /**
   * Reads an agreement from JSON text.
   *
   * @param json the text, never null
   * @return the result, never null
   */
  public ReadResult<Agreement> readAgreement(String json) {
    return read(Specs.AGREEMENT, json, DocumentFormat.JSON);
  }

  /**
   * Reads an agreement from encoded text (UTF-8; a byte order mark is skipped).
   *
   * @param bytes the document, never null
   * @param format its format, never null
   * @return the result, never null
   */
  public ReadResult<Agreement> readAgreement(byte[] bytes, DocumentFormat format) {
    return read(Specs.AGREEMENT, bytes, format);
  }

  /**
   * Reads an agreement from a stream (UTF-8), which is read to its end but not closed.
   *
   * @param in the stream, never null
   * @param format its format, never null
   * @return the result, never null
   * @throws IOException when the stream cannot be read
   */
  public ReadResult<Agreement> readAgreement(InputStream in, DocumentFormat format)
      throws IOException {
    return read(Specs.AGREEMENT, in, format);
  }

  /**
   * Reads an agreement from characters, which are read to their end but not closed.
   *
   * @param reader the characters, never null
   * @param format their format, never null
   * @return the result, never null
   * @throws IOException when the reader fails
   */
  public ReadResult<Agreement> readAgreement(Reader reader, DocumentFormat format)
      throws IOException {
    return read(Specs.AGREEMENT, reader, format);
  }

  // ----- frameworks -----------------------------------------------------------------------------

  /**
   * Reads a framework file; {@code *.yaml} and {@code *.yml} are YAML, anything else JSON.
   *
   * @param file the file, never null
   * @return the result, never null
   * @throws IOException when the file cannot be read, or a {@link FileSystemException} naming
   *     the file when it is not a regular file (never opened then)
   */
  public ReadResult<Framework> readFramework(Path file) throws IOException {
    return read(Specs.FRAMEWORK, file);
  }

  /**
   * Reads a framework from JSON text.
   *
   * @param json the text, never null
   * @return the result, never null
   */
  public ReadResult<Framework> readFramework(String json) {
    return read(Specs.FRAMEWORK, json, DocumentFormat.JSON);
  }

  /**
   * Reads a framework from encoded text (UTF-8).
   *
   * @param bytes the document, never null
   * @param format its format, never null
   * @return the result, never null
   */
  public ReadResult<Framework> readFramework(byte[] bytes, DocumentFormat format) {
    return read(Specs.FRAMEWORK, bytes, format);
  }

  /**
   * Reads a framework from a stream (UTF-8), not closed.
   *
   * @param in the stream, never null
   * @param format its format, never null
   * @return the result, never null
   * @throws IOException when the stream cannot be read
   */
  public ReadResult<Framework> readFramework(InputStream in, DocumentFormat format)
      throws IOException {
    return read(Specs.FRAMEWORK, in, format);
  }

  /**
   * Reads a framework from characters, not closed.
   *
   * @param reader the characters, never null
   * @param format their format, never null
   * @return the result, never null
   * @throws IOException when the reader fails
   */
  public ReadResult<Framework> readFramework(Reader reader, DocumentFormat format)
      throws IOException {
    return read(Specs.FRAMEWORK, reader, format);
  }

  // ----- profiles -------------------------------------------------------------------------------

  /**
   * Reads a profile file; {@code *.yaml} and {@code *.yml} are YAML, anything else JSON.
   *
   * @param file the file, never null
   * @return the result, never null
   * @throws IOException when the file cannot be read, or a {@link FileSystemException} naming
   *     the file when it is not a regular file (never opened then)
   */
  public ReadResult<Profile> readProfile(Path file) throws IOException {
    return read(Specs.PROFILE, file);
  }

  /**
   * Reads a profile from JSON text.
   *
   * @param json the text, never null
   * @return the result, never null
   */
  public ReadResult<Profile> readProfile(String json) {
    return read(Specs.PROFILE, json, DocumentFormat.JSON);
  }

  /**
   * Reads a profile from encoded text (UTF-8).
   *
   * @param bytes the document, never null
   * @param format its format, never null
   * @return the result, never null
   */
  public ReadResult<Profile> readProfile(byte[] bytes, DocumentFormat format) {
    return read(Specs.PROFILE, bytes, format);
  }

  /**
   * Reads a profile from a stream (UTF-8), not closed.
   *
   * @param in the stream, never null
   * @param format its format, never null
   * @return the result, never null
   * @throws IOException when the stream cannot be read
   */
  public ReadResult<Profile> readProfile(InputStream in, DocumentFormat format)
      throws IOException {
    return read(Specs.PROFILE, in, format);
  }

  /**
   * Reads a profile from characters, not closed.
   *
   * @param reader the characters, never null
   * @param format their format, never null
   * @return the result, never null
   * @throws IOException when the reader fails
   */
  public ReadResult<Profile> readProfile(Reader reader, DocumentFormat format)
      throws IOException {
    return read(Specs.PROFILE, reader, format);
  }

  // ----- the one path every input takes ---------------------------------------------------------

  private <T> ReadResult<T> read(ObjectSpec<T, ?> spec, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    // Checked before the file is opened: opening a FIFO waits for a writer, and a device such as
    // /dev/zero never ends. Symbolic links are followed to what they name.
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new FileSystemException(file.toString(), null,
          "not a regular file (" + (attributes.isDirectory() ? "a directory"
              : "a FIFO, socket or device") + "); only regular files are read");
    }
    if (attributes.size() > limits.maxDocumentLength()) {
      return tooLong(attributes.size());
    }
    // The size may change between the look and the read: the stream is read to the limit only.
    try (InputStream in = Files.newInputStream(file)) {
      return read(spec, readAtMostLimit(in, attributes.size(), limits.maxDocumentLength()),
          DocumentFormat.forPath(file));
    }
  }

  /**
   * A file's bytes up to one past the document limit, read into an array of the size the file
   * had when it was looked at, and past it only if the file has grown since: reading an
   * unknown length goes in 8 KB pieces, copied together at the end.
   */
  static byte[] readAtMostLimit(InputStream in, long size, long max) throws IOException {
    if (size > Integer.MAX_VALUE - 16) {
      return readAtMostLimit(in, max);
    }
    byte[] bytes = new byte[(int) size];
    int n = in.readNBytes(bytes, 0, bytes.length);
    if (n < bytes.length) {
      return Arrays.copyOf(bytes, n); // the file shrank
    }
    int next = in.read();
    if (next < 0) {
      return bytes;
    }
    byte[] rest = readAtMostLimit(in, max);
    byte[] all = new byte[(int) Math.min(Integer.MAX_VALUE - 16, (long) n + 1 + rest.length)];
    System.arraycopy(bytes, 0, all, 0, n);
    all[n] = (byte) next;
    System.arraycopy(rest, 0, all, n + 1, all.length - n - 1);
    return all;
  }

  /**
   * The stream's bytes up to one past the document limit: enough to tell that a document is too
   * long without ever holding more of it.
   */
  private static byte[] readAtMostLimit(InputStream in, long max) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
  }

  private <T> ReadResult<T> read(ObjectSpec<T, ?> spec, InputStream in, DocumentFormat format)
      throws IOException {
    Objects.requireNonNull(in, "in");
    return read(spec, readAtMostLimit(in, limits.maxDocumentLength()), format);
  }

  private <T> ReadResult<T> read(ObjectSpec<T, ?> spec, Reader reader, DocumentFormat format)
      throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(format, "format");
    long max = limits.maxDocumentLength();
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while (sb.length() <= max && (n = reader.read(buffer)) > 0) {
      sb.append(buffer, 0, n);
    }
    return read(spec, sb.toString(), format);
  }

  private <T> ReadResult<T> read(ObjectSpec<T, ?> spec, String text, DocumentFormat format) {
    if (Objects.requireNonNull(text, "json").length() > limits.maxDocumentLength()) {
      return tooLong(text.length());
    }
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Objects.requireNonNull(format, "format");
    boolean surrogateFree = TreeSourceMap.surrogateFree(content);
    if (format == DocumentFormat.YAML) {
      return bind(spec, problems -> tree.readYaml(content, problems), surrogateFree);
    }
    return bindJson(spec, f -> f.createParser(ObjectReadContext.empty(), content), surrogateFree);
  }

  private <T> ReadResult<T> read(ObjectSpec<T, ?> spec, byte[] bytes, DocumentFormat format) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > limits.maxDocumentLength()) {
      return tooLong(bytes.length);
    }
    if (looksLikeUtf16Or32(bytes)) {
      return failure(FindingCodes.SYNTAX,
          "the document is not UTF-8 text (it looks like UTF-16 or UTF-32); save it as UTF-8");
    }
    int offset = startsWithBom(bytes) ? UTF8_BOM.length : 0;
    Objects.requireNonNull(format, "format");
    if (format == DocumentFormat.YAML) {
      // YAML is read from its text, which the core schema needs to tell 'null' from null.
      return bind(spec, problems -> {
        String text = utf8(bytes, offset, problems);
        return text == null ? null : tree.readYaml(text, problems);
      }, TreeSourceMap.surrogateFree(bytes, offset));
    }
    return bindJson(
        spec,
        f -> f.createParser(ObjectReadContext.empty(), bytes, offset, bytes.length - offset),
        TreeSourceMap.surrogateFree(bytes, offset));
  }

  /**
   * Whether encoded text starts with a UTF-16 byte order mark or has a zero byte among its first
   * four: the parser would otherwise decode it as UTF-16 or UTF-32, and format 1.0 is UTF-8 (a
   * zero byte is never valid in JSON or YAML text).
   */
  private static boolean looksLikeUtf16Or32(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return true;
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= UTF8_BOM.length
        && Arrays.equals(bytes, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length);
  }

  /**
   * Decodes UTF-8 strictly: malformed bytes are one {@code SYNTAX} finding at their line and
   * column, not replacement characters.
   *
   * @return the text, or null when it is not UTF-8 (reported)
   */
  private static String utf8(byte[] bytes, int offset, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = offset;
      for (int i = offset; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      problems.error(FindingCodes.SYNTAX, "", line, at - lineStart + 1,
          "the document is not valid UTF-8 text (a malformed byte sequence)");
      return null;
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Reads JSON text through a parser. */
  private <T> ReadResult<T> bindJson(
      ObjectSpec<T, ?> spec, TreeReader.Source source, boolean surrogateFree) {
    return bind(spec, problems -> tree.read(source, false, problems), surrogateFree);
  }

  /**
   * @param surrogateFree whether the text is known to hold no surrogate (bytes scanned by
   *     {@link TreeSourceMap#surrogateFree(byte[], int)}), so that the document hash's check can
   *     skip its strings
   */
  private <T> ReadResult<T> bind(ObjectSpec<T, ?> spec, Function<Problems, Node> parse,
      boolean surrogateFree) {
    Problems problems = new Problems(maxFindings, spec == Specs.AGREEMENT);
    Node root = parse.apply(problems);
    if (root == null) {
      return new ReadResult<>(null, Report.of(problems.findings()), SourceMap.EMPTY);
    }
    if (spec == Specs.AGREEMENT) {
      readByDeclaredVersion(root, problems);
    }
    T value = spec.read(root, problems, Pointer.root());
    return new ReadResult<>(value, Report.of(problems.findings()),
        new TreeSourceMap(root, surrogateFree),
        () -> Codecs.toJsonValue(root, new Problems(1), Pointer.root()));
  }

  /**
   * Format 1.1 §1: a document is read by the rules of the version it declares, wherever in the
   * object {@code formatVersion} stands. One that declares none, or no version of format 1, is
   * read by the current rules (its {@code FORMAT_VERSION} error is reported when it is read).
   */
  private static void readByDeclaredVersion(Node root, Problems problems) {
    Node version = root.member("formatVersion");
    if (version != null && version.type() == Node.STRING) {
      int minor = Codecs.minorOf(version.text());
      if (minor >= 0) {
        problems.readAsMinor(minor);
      }
    }
  }

  private <T> ReadResult<T> tooLong(long length) {
    return failure(FindingCodes.LIMIT,
        "the document is longer than " + limits.maxDocumentLength() + " (at least " + length
            + ")");
  }

  /** A result without a value and with one finding for the whole document. */
  private <T> ReadResult<T> failure(String code, String message) {
    Problems problems = new Problems(maxFindings);
    problems.error(code, "", 1, 1, message);
    return new ReadResult<>(null, Report.of(problems.findings()), SourceMap.EMPTY);
  }

  /**
   * Configures a {@link SlaReader}. Not thread-safe; the reader it builds is.
   *
   * @since 0.1.0
   */
  @API(status = STABLE)
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();
    private int maxFindings = DEFAULT_MAX_FINDINGS;

    private Builder() {}

    /**
     * Sets the limits.
     *
     * @param limits the limits, never null
     * @return this
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the most findings reported per document.
     *
     * @param max at least 1
     * @return this
     */
    public Builder maxFindings(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxFindings is at least 1: " + max);
      }
      this.maxFindings = max;
      return this;
    }

    /**
     * The reader.
     *
     * @return a new reader
     */
    public SlaReader build() {
      return new SlaReader(this);
    }
  }
}
