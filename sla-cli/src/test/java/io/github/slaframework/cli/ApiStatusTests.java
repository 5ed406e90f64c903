package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The published API: every public type of an exported package carries its {@link API} status,
 * and no public signature there names a type a user cannot reach (one of ours that is not public
 * or not in an exported package). Exported packages are read from every module's
 * {@code module-info.java}, so a new module or export is covered without changing this test.
 */
class ApiStatusTests {

  private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;",
      Pattern.MULTILINE);

  private static final Set<String> EXPORTED = exportedPackages();
  // Each module's compiled main classes, whatever the test path holds (sla-junit is a test
  // dependency of this module only so that the reactor builds it first).
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPaths(modules().stream().map(m -> m.resolve("target/classes"))
          .filter(Files::isDirectory).toList());

  @Test
  void readsTheExportsOfEveryModule() {
    assertThat(EXPORTED).contains("io.github.slaframework.core", "io.github.slaframework.json",
        "io.github.slaframework.validation.spi", "io.github.slaframework.measure",
        "io.github.slaframework.render", "io.github.slaframework.junit",
        "io.github.slaframework.testkit");
    assertThat(published()).hasSizeGreaterThan(100);
  }

  @Test
  void everyPublicTypeOfAnExportedPackageHasItsApiStatus() {
    List<String> missing = published().stream()
        .filter(c -> !c.isAnnotatedWith(API.class))
        .map(JavaClass::getName).sorted().toList();
    assertThat(missing).as("public types without @API(status = ...)").isEmpty();
  }

  @Test
  void noPublicSignatureNamesATypeUsersCannotReach() {
    List<String> problems = new ArrayList<>();
    for (JavaClass type : published()) {
      for (JavaCodeUnit unit : type.getCodeUnits()) {
        if (!unit.getModifiers().contains(JavaModifier.PUBLIC)
            && !unit.getModifiers().contains(JavaModifier.PROTECTED)) {
          continue;
        }
        List<JavaType> named = new ArrayList<>(unit.getParameterTypes());
        named.add(unit.getReturnType());
        unit.getThrowsClause().getTypes().forEach(named::add);
        for (JavaType t : named) {
          for (JavaClass c : t.getAllInvolvedRawTypes()) {
            if (!reachable(c)) {
              problems.add(unit.getFullName() + " names " + c.getName());
            }
          }
        }
      }
      for (JavaField field : type.getFields()) {
        if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
          for (JavaClass c : field.getType().getAllInvolvedRawTypes()) {
            if (!reachable(c)) {
              problems.add(field.getFullName() + " is a " + c.getName());
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The public types (top-level and nested) of the exported packages. */
  private static List<JavaClass> published() {
    return CLASSES.stream()
        .filter(c -> EXPORTED.contains(c.getPackageName()))
        .filter(ApiStatusTests::isPublic)
        .toList();
  }

  private static boolean isPublic(JavaClass c) {
    for (JavaClass t = c; t != null; t = t.getEnclosingClass().orElse(null)) {
      if (!t.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return !c.isAnonymousClass() && !c.isLocalClass();
  }

  private static boolean reachable(JavaClass c) {
    if (c.isPrimitive() || c.isArray() || !c.getPackageName().startsWith("io.github.slaframework")) {
      return true;
    }
    return EXPORTED.contains(c.getPackageName()) && isPublic(c);
  }

  /** The modules that have a module descriptor: the published ones. */
  private static List<Path> modules() {
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      return modules.filter(m -> m.getFileName().toString().startsWith("sla-"))
          .filter(m -> Files.exists(m.resolve("src/main/java/module-info.java")))
          .sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<String> exportedPackages() {
    Set<String> exported = new TreeSet<>();
    for (Path module : modules()) {
      try {
        Matcher m = EXPORTS.matcher(
            Files.readString(module.resolve("src/main/java/module-info.java")));
        while (m.find()) {
          exported.add(m.group(1));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return exported;
  }
}
