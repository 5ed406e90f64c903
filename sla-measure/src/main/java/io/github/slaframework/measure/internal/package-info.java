/**
 * Internals of the measurement: log readers, the merge, the engine's state and the report
 * writers. Not exported; may change in any release.
 */
package io.github.slaframework.measure.internal;
