/**
 * Internals of sla-json, not exported: the format table ({@code Specs}), codecs, the located
 * document tree and its reader, the canonical JSON printer and the schema generator.
 */
package io.github.slaframework.json.internal;
