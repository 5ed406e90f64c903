/** A vendor's program on the module path: only the exported API of sla-framework. */
module com.acme.vendor {
  requires io.github.slaframework.validation;
  requires io.github.slaframework.measure;
  requires io.github.slaframework.render;
}
