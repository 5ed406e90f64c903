/**
 * Validation of agreements: the model's field constraints (Jakarta Bean Validation, checked by
 * the module's own walk compiled from the constraint annotations; no Expression Language),
 * conformance to a framework (areas, cross-references, declarative rules, named checks from
 * {@link io.github.slaframework.validation.spi.CheckProvider}s, waivers),
 * and reports as JSON and SARIF.
 */
module io.github.slaframework.validation {
  requires transitive io.github.slaframework.json;

  exports io.github.slaframework.validation;
  exports io.github.slaframework.validation.spi;

  uses io.github.slaframework.validation.spi.FrameworkProvider;
  uses io.github.slaframework.validation.spi.CheckProvider;
}
