/**
 * Measuring service levels from event logs (format 1.0 section 6).
 *
 * <p>{@link io.github.slaframework.measure.ServiceLevelMeter} reads one or more
 * {@link io.github.slaframework.measure.EventSource event logs} (JSON Lines or CSV) once, merges
 * them by time and produces an immutable {@link io.github.slaframework.measure.MeasurementResult}:
 * per service level and window the items met, missed and pending, the attainment and whether the
 * level was met, the worst breaches, camera availability, indicator counts per month, every
 * rejected line and the warnings (service levels that are not measurable). Work and memory are
 * bounded by {@link io.github.slaframework.measure.MeasurementLimits}.
 * {@link io.github.slaframework.measure.MeasurementReports} writes a result as JSON, text,
 * Markdown or HTML.
 *
 * @since 0.1.0
 */
package io.github.slaframework.measure;
