/**
 * The canonical JSON and YAML text of a {@link io.github.slaframework.core.value.JsonValue}.
 */
package io.github.slaframework.json.internal.write;
