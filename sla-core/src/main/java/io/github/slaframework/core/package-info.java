/**
 * The agreement model: {@link io.github.slaframework.core.Agreement} and the parties, term,
 * clauses, service levels, approvals and waivers it holds. Immutable values built with builders;
 * absent values are {@link java.util.Optional}, collections are never null.
 *
 * @since 0.1.0
 */
@SlaStyle
package io.github.slaframework.core;

import io.github.slaframework.core.internal.SlaStyle;
