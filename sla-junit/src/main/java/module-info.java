/**
 * JUnit 5 support for projects that keep agreement files: assertions whose failure message
 * lists every finding as {@code file:line:column: SEVERITY CODE message}, and a parameterised
 * source that yields every agreement file under a folder as its own test.
 */
module io.github.slaframework.junit {
  requires transitive io.github.slaframework.validation;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  requires org.junit.platform.commons;

  exports io.github.slaframework.junit;
}
