package io.github.slaframework.json.internal.spec;

import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;

/**
 * A check of an object once its table has built it, for a rule across its fields (format 1.1: an
 * objective's {@code calendar} and {@code threshold}); it reports, and the object is kept.
 *
 * @param <T> the model type
 */
@FunctionalInterface
interface ObjectCheck<T> {

  /**
   * Checks the object.
   *
   * @param value the object built
   * @param node the object as read (its members give the locations and the text as written)
   * @param problems where to report
   * @param at the object's pointer; restore it when pushing
   */
  void check(T value, Node node, Problems problems, Pointer at);
}
