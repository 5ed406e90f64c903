/** Internals of the core model (the Immutables style); not exported. */
package io.github.slaframework.core.internal;
