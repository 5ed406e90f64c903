/**
 * What changed between two versions of an agreement: the changes {@code sla diff} reports and
 * {@code sla render --since} marks, as values that need no JSON library (format 1.1 §6).
 *
 * @since 0.2.0
 */
package io.github.slaframework.core.diff;
