/**
 * The comparison behind {@code AgreementDiff}: which lists of the format are matched by id or
 * area, which are sets of strings, and the walk over two document trees.
 */
package io.github.slaframework.json.internal.diff;
