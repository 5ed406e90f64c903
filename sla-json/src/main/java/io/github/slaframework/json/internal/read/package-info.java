/**
 * Reading a document's text: the located tree ({@link
 * io.github.slaframework.json.internal.read.TreeReader}, {@link
 * io.github.slaframework.json.internal.read.Node}), the findings of one read and their pointers.
 * Knows nothing of the format's tables.
 */
package io.github.slaframework.json.internal.read;
