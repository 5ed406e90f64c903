/**
 * Constraint annotations of the model's own, such as
 * {@link io.github.slaframework.core.constraints.PositivePeriod}: declared here, implemented by the
 * validation module, so the model needs nothing at run time but the Jakarta Validation API.
 *
 * @since 0.1.0
 */
package io.github.slaframework.core.constraints;
