/**
 * The one set of test fixtures of sla-framework, shared by the test suites and benchmarks of every
 * module: sample agreements ({@link io.github.slaframework.testkit.SampleAgreements}), frameworks
 * and profiles ({@link io.github.slaframework.testkit.SampleFrameworks}) and agreements for
 * measurement ({@link io.github.slaframework.testkit.MeasurementSamples}), all built through the
 * public API only; the repository's example files ({@link
 * io.github.slaframework.testkit.ExampleFiles}); and the comparison of generated files with the
 * one regeneration flag {@code -Dsla.regenerate=true} ({@link
 * io.github.slaframework.testkit.GeneratedFiles}).
 *
 * <p>Together the samples set every optional and collection attribute of the model at least once;
 * a test of this module fails, naming the attribute, when a new field is set by none of them.
 *
 * @since 0.1.0
 */
package io.github.slaframework.testkit;
