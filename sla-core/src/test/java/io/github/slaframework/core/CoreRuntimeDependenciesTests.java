package io.github.slaframework.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves that sla-core needs nothing at run time but jakarta.validation-api (and java.base; the
 * {@code @API} annotations of apiguardian come along for compilers only): every class loads and
 * the model works in a class loader (parent: the bootstrap loader) that holds only those two, with no Immutables, Jackson or
 * Hibernate Validator reachable.
 */
class CoreRuntimeDependenciesTests {

  @Test
  void everyClassLoadsAndTheModelWorksWithOnlyTheValidationApi() throws Exception {
    Path mainClasses = location(Agreement.class);
    Path testClasses = location(CoreSmoke.class);
    Path validationApi = location(jakarta.validation.Valid.class);
    URL[] urls = {mainClasses.toUri().toURL(), testClasses.toUri().toURL(), validationApi.toUri().toURL()};

    try (URLClassLoader isolated = new URLClassLoader(urls, null)) {
      assertThat(canLoad(isolated, "org.immutables.value.Value")).isFalse();
      assertThat(canLoad(isolated, "org.apiguardian.api.API")).isFalse();
      assertThat(canLoad(isolated, "tools.jackson.core.JsonParser")).isFalse();
      assertThat(canLoad(isolated, "org.hibernate.validator.HibernateValidator")).isFalse();

      for (String name : classNames(mainClasses)) {
        Class.forName(name, true, isolated);
      }
      Object summary = Class.forName(CoreSmoke.class.getName(), true, isolated).getMethod("run").invoke(null);
      assertThat(summary).isEqualTo(CoreSmoke.run());
    }
  }

  private static boolean canLoad(ClassLoader loader, String name) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .map(p -> root.relativize(p).toString())
          .filter(n -> !n.equals("module-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .toList();
    }
  }

  private static Path location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
