/**
 * Internals of sla-json, not exported. One read path: {@code read} parses JSON or YAML into a
 * located tree and collects findings; {@code spec} holds the format tables and codecs, which bind
 * that tree to the model, write the model and describe it as a JSON Schema; {@code write} prints
 * canonical JSON; {@code schema} holds the building blocks of the schemas.
 */
package io.github.slaframework.json.internal;
