/**
 * Reading and writing agreement, framework and profile documents (format 1.x) as JSON or YAML.
 *
 * <p>{@link io.github.slaframework.json.SlaReader} turns a document into the typed model and a
 * {@link io.github.slaframework.core.report.Report} of every problem, each located by JSON Pointer,
 * line and column; it never throws for a bad document. {@link io.github.slaframework.json.SlaWriter}
 * writes the canonical JSON form, atomically when writing to a file. {@link
 * io.github.slaframework.json.SlaSchemas} gives the JSON Schemas of the formats.
 *
 * @since 0.1.0
 */
package io.github.slaframework.json;
