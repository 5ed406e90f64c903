/**
 * Reading and writing agreements, frameworks and profiles as JSON and YAML, with every problem of a
 * document located by JSON Pointer, line and column; and the JSON Schemas of the formats.
 *
 * <p>The API is {@link io.github.slaframework.json.SlaReader} and {@link
 * io.github.slaframework.json.SlaWriter}, both configured once and thread-safe.
 */
module io.github.slaframework.json {
  requires transitive io.github.slaframework.core;
  requires tools.jackson.core;
  // Optional: without the YAML jars JSON works and a YAML document gets one SYNTAX finding.
  requires static tools.jackson.dataformat.yaml;
  requires static org.snakeyaml.engine;

  exports io.github.slaframework.json;
}
