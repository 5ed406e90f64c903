package io.github.slaframework.bench;

/**
 * The three sizes of reference agreement the benchmarks compare: about 10 KB, 100 KB and 1 MB of
 * canonical JSON.
 *
 * @since 0.1.0
 */
public enum DocumentSize {
  /** About 10 KB: a small real agreement. */
  SMALL_10KB(10_000, 3),
  /** About 100 KB: a large real agreement (many clauses and cameras). */
  MEDIUM_100KB(100_000, 73),
  /** About 1 MB: far larger than any real agreement; shows that cost grows linearly. */
  LARGE_1MB(1_000_000, 768);

  private final int targetBytes;
  private final int scale;

  DocumentSize(int targetBytes, int scale) {
    this.targetBytes = targetBytes;
    this.scale = scale;
  }

  /**
   * The least length of the canonical JSON of this size's reference agreement.
   *
   * @return bytes
   */
  public int targetBytes() {
    return targetBytes;
  }

  /**
   * The generator's scale for this size: the smallest whose document reaches {@link
   * #targetBytes()} (a test checks it), fixed here so that set-up does not search for it.
   *
   * @return the scale
   */
  int scale() {
    return scale;
  }
}
