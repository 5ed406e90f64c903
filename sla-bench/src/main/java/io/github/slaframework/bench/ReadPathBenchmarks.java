package io.github.slaframework.bench;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.json.ReadLimits;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.read.TreeReader;
import io.github.slaframework.json.internal.read.TreeSourceMap;
import io.github.slaframework.json.internal.spec.Specs;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.Map;
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
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typed read of a valid document, as {@code SlaReader} does it (the located tree bound by the
 * tables, with its source map), against Jackson's {@code readTree} as the floor. Until ADR 0002
 * it also timed the token fast path ({@code fastPath}, removed with it).
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReadPathBenchmarks {

  /** The document benchmarked: a reference size or a bundled example's name. */
  @Param({"metropolitan-council", "SMALL_10KB", "MEDIUM_100KB"})
  public String document;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private byte[] bytes;
  private TreeReader reader;

  /**
   * Loads the document and builds the reader with the default limits.
   *
   * @throws IOException when an example cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    bytes = AgreementBenchmarks.Documents.bytes(document);
    ReadLimits limits = ReadLimits.defaults();
    reader = new TreeReader(limits.maxNestingDepth(), limits.maxStringLength(),
        limits.maxNameLength(), limits.maxNumberLength(), limits.maxDocumentLength(),
        limits.maxTokenCount());
    if (treePath().getKey() == null) {
      throw new IllegalStateException(document + " cannot be read");
    }
  }

  /**
   * The floor: plain Jackson parses the bytes into a tree.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonReadTree() {
    return MAPPER.readTree(bytes);
  }

  /**
   * The tree path: the located tree, bound by the tables, with its source map.
   *
   * @return the value and source map
   */
  @Benchmark
  public Map.Entry<Agreement, SourceMap> treePath() {
    Problems problems = new Problems(1000, true);
    Node root = reader.read(
        f -> f.createParser(ObjectReadContext.empty(), bytes), false, problems);
    Agreement value = Specs.AGREEMENT.read(root, problems, Pointer.root());
    SourceMap map = new TreeSourceMap(root);
    return new AbstractMap.SimpleImmutableEntry<>(value, map);
  }
}
