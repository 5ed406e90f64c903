/**
 * Measuring the service levels of an agreement from event logs (format 1.0 section 6): windows,
 * met and missed items, camera availability, indicator counts and rejected lines.
 */
module io.github.slaframework.measure {
  requires transitive io.github.slaframework.core;
  requires tools.jackson.core;
  // Bank holidays of WORKING_DAYS objectives; the binding (jollyday-jaxb) is a service provider
  // that the module system binds by itself.
  requires de.focus_shift.jollyday.core;

  exports io.github.slaframework.measure;
}
