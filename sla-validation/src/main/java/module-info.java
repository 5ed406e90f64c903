/**
 * Validation of agreements: the model's field constraints (Jakarta Bean Validation with Hibernate
 * Validator, no Expression Language), conformance to a framework (areas, cross-references,
 * declarative rules, named checks, waivers), and reports as JSON and SARIF.
 */
module io.github.slaframework.validation {
  requires transitive io.github.slaframework.json;
  requires org.hibernate.validator;
  requires java.logging;

  exports io.github.slaframework.validation;
  exports io.github.slaframework.validation.spi;

  // Hibernate Validator instantiates the constraint validator registered programmatically.
  opens io.github.slaframework.validation.internal to
      org.hibernate.validator;

  uses io.github.slaframework.validation.spi.FrameworkProvider;
}
