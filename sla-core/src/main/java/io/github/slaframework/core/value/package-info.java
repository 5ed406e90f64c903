/**
 * JSON-like values that the model holds without a JSON library: {@code x-} extension fields and
 * rule literals.
 *
 * @since 0.1.0
 */
package io.github.slaframework.core.value;
