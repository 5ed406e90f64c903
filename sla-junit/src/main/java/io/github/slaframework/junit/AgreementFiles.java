package io.github.slaframework.junit;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A source for a {@code @ParameterizedTest}: every agreement file ({@code *.json},
 * {@code *.yaml}, {@code *.yml}) under a folder, walked recursively in name order, each as its
 * own test invocation named by its path relative to the folder. The test method takes one
 * {@link java.nio.file.Path} parameter.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @AgreementFiles("src/test/resources/agreements")
 * void everyAgreementIsValid(Path file) {
 *   SlaAssertions.assertValid(file);
 * }
 * }</pre>
 *
 * <p>A folder that does not exist, or holds no agreement file, fails the test rather than
 * passing with no invocation.
 *
 * @since 0.1.0
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(AgreementFilesProvider.class)
@API(status = STABLE)
public @interface AgreementFiles {

  /**
   * The folder, relative to the working directory of the test run (the module folder under
   * Maven and Gradle).
   *
   * @return the folder
   */
  String value();
}
