package io.github.slaframework.bench;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.json.ReadLimits;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.read.TreeReader;
import io.github.slaframework.json.internal.spec.Specs;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Where the typed read's time goes, for profiling (not part of the published table): Jackson's
 * token stream alone, and sla-json's located tree without binding. The typed read is these plus
 * binding to the model.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadBreakdownBenchmarks {

  /** The document benchmarked: a reference size or a bundled example's name. */
  @Param({"MEDIUM_100KB"})
  public String document;

  private static final JsonFactory FACTORY = JsonFactory.builder().build();


  private byte[] bytes;
  private TreeReader tree;
  private Node root;

  /**
   * Loads the document and builds the tree reader with the default limits.
   *
   * @throws IOException when an example cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    bytes = AgreementBenchmarks.Documents.bytes(document);
    ReadLimits limits = ReadLimits.defaults();
    tree = new TreeReader(limits.maxNestingDepth(), limits.maxStringLength(),
        limits.maxNameLength(), limits.maxNumberLength(), limits.maxDocumentLength(),
        limits.maxTokenCount());
    root = locatedTree();
  }

  /**
   * Jackson's tokens with every string materialised, nothing built.
   *
   * @return a checksum of the tokens
   */
  @Benchmark
  public long tokensOnly() {
    return tokens(FACTORY);
  }

  /**
   * The token loop of {@link #tokensOnly} on a factory set up as the reader's is (names interned,
   * read limits): what the parser alone costs the typed read.
   *
   * @return a sum of the tokens, so that nothing is optimised away
   */
  @Benchmark
  public long tokensReaderFactory() {
    return tokens(tree.jsonFactory());
  }

  private long tokens(JsonFactory factory) {
    long sum = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
          sum += p.getString().length();
        }
        sum += t.ordinal();
      }
    }
    return sum;
  }

  /**
   * sla-json's located tree (limits, duplicate keys, line and column per value), no binding.
   *
   * @return the root
   */
  @Benchmark
  public Node locatedTree() {
    return tree.read(
        f -> f.createParser(ObjectReadContext.empty(), bytes), false, new Problems(1000));
  }

  /**
   * Binding alone: the typed model from a located tree read in set-up (what a typed read adds to
   * the located tree, less the source map and result).
   *
   * @return the agreement
   */
  @Benchmark
  public Agreement bindOnly() {
    return Specs.AGREEMENT.read(root, new Problems(1000, true), Pointer.root());
  }
}
