package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The limits a reader enforces on a document, so that a hostile file cannot exhaust memory or
 * time. A document beyond a limit gives a {@code LIMIT} finding, never an exception. Immutable.
 *
 * <pre>{@code
 * SlaReader reader = SlaReader.builder()
 *     .limits(ReadLimits.builder().maxDocumentLength(4 << 20).build())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = builder().build();

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final long maxTokenCount;

  private ReadLimits(Builder b) {
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNameLength = b.maxNameLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxTokenCount = b.maxTokenCount;
  }

  /**
   * The default limits: nesting depth 64, strings of 1,000,000 characters, names of 1,000,
   * numbers of 100 digits, documents of 16 MiB, 2,000,000 tokens.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Starts limits from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How deeply objects and arrays may nest.
   *
   * @return the depth
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The longest string value, in characters.
   *
   * @return the length
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest field name, in characters.
   *
   * @return the length
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * The longest number, in characters.
   *
   * @return the length
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The longest document, in bytes (or characters, for text input); a file whose size is beyond
   * it is refused before it is read, and a file or stream is read only to one byte past it, so a
   * file that grows while it is read is refused too.
   *
   * @return the length
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The most tokens (names, values, brackets) in a document.
   *
   * @return the count
   */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  @Override
  public String toString() {
    return "ReadLimits[depth=" + maxNestingDepth + ", string=" + maxStringLength + ", name="
        + maxNameLength + ", number=" + maxNumberLength + ", document=" + maxDocumentLength
        + ", tokens=" + maxTokenCount + "]";
  }

  /**
   * Builds {@link ReadLimits}; starts from the defaults. Not thread-safe.
   *
   * @since 0.1.0
   */
  @API(status = STABLE)
  public static final class Builder {
    private int maxNestingDepth = 64;
    private int maxStringLength = 1_000_000;
    private int maxNameLength = 1_000;
    private int maxNumberLength = 100;
    private long maxDocumentLength = 16L << 20;
    private long maxTokenCount = 2_000_000;

    private Builder() {}

    /**
     * Sets the nesting depth.
     *
     * @param depth at least 1
     * @return this
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth);
      return this;
    }

    /**
     * Sets the longest string.
     *
     * @param length at least 1
     * @return this
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive(length);
      return this;
    }

    /**
     * Sets the longest field name.
     *
     * @param length at least 1
     * @return this
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = positive(length);
      return this;
    }

    /**
     * Sets the longest number.
     *
     * @param length at least 1
     * @return this
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive(length);
      return this;
    }

    /**
     * Sets the longest document.
     *
     * @param length at least 1
     * @return this
     */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = positive(length);
      return this;
    }

    /**
     * Sets the most tokens.
     *
     * @param count at least 1
     * @return this
     */
    public Builder maxTokenCount(long count) {
      this.maxTokenCount = positive(count);
      return this;
    }

    /**
     * The limits.
     *
     * @return the limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int positive(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("a limit is at least 1: " + n);
      }
      return n;
    }

    private static long positive(long n) {
      if (n < 1) {
        throw new IllegalArgumentException("a limit is at least 1: " + n);
      }
      return n;
    }
  }
}
