/**
 * Sample agreements and frameworks built through the public API only, shared by the test suites
 * and benchmarks of every module. Not released.
 *
 * @since 0.1.0
 */
package io.github.slaframework.testkit;
