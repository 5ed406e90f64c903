/**
 * The format tables ({@link io.github.slaframework.json.internal.spec.Specs}) and the codecs they
 * are built of. A table ({@link io.github.slaframework.json.internal.spec.ObjectSpec}) is read by
 * {@code ObjectReader}, written by {@code ObjectWriter} and described by {@code ObjectSchema}.
 */
package io.github.slaframework.json.internal.spec;
