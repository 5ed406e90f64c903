package io.github.slaframework.validation.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.report.Finding;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Implements named checks that framework rules call with {@code "check": "NAME"}: the way a
 * vendor adds a check that a declarative {@code require} condition cannot express, in Java.
 *
 * <p>A check runs when its rule's {@code when} condition holds (or the rule has none); it receives
 * the agreement, the rule (its code, severity, message and {@code x-} parameters) and the
 * validation date through a {@link CheckContext}, and returns findings with their JSON Pointers
 * into the agreement. {@link CheckContext#finding(String)} makes a finding with the rule's code,
 * severity and message, so that a framework file decides how serious a check is. The validator
 * then treats these findings as every other: the agreement's waivers apply, each is located
 * (line and column) and given its area.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader}: declare {@code provides
 * io.github.slaframework.validation.spi.CheckProvider with ...} in a module, or list the class in
 * {@code META-INF/services/io.github.slaframework.validation.spi.CheckProvider} on the class path;
 * or register one on {@code AgreementValidator.builder().checkProvider(...)}. A provider needs a
 * public no-argument constructor for {@code ServiceLoader}, must be thread-safe (one validator
 * runs it from many threads) and must not throw for any agreement: a bad agreement is findings.
 * The built-in checks ({@code PIXEL_DENSITY}, {@code PIXEL_DENSITY_LEVEL},
 * {@code REVIEW_OVERDUE}) are registered through this interface too; a provider cannot replace
 * them (two providers of one name are refused).
 *
 * <pre>{@code
 * public final class AcmeChecks implements CheckProvider {
 *   public Set<String> names() {
 *     return Set.of("ACME_PARTY_LIMIT");
 *   }
 *
 *   public List<Finding> check(String name, CheckContext context) {
 *     // The rule's parameter "x-max": 5 (a framework file is checked when it loads, not here).
    int max = context.parameters().get("x-max") instanceof JsonValue.JsonNumber n
        ? n.value().intValue() : 10;
 *     return context.agreement().parties().size() <= max
 *         ? List.of()
 *         : List.of(context.finding("/parties/" + max));
 *   }
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public interface CheckProvider {

  /**
   * The names of the checks this provider implements, as rules write them in {@code check}.
   *
   * @return the names, never null, never empty
   */
  Set<String> names();

  /**
   * Runs one check on an agreement.
   *
   * @param name one of {@link #names()}
   * @param context the agreement, the rule that called the check and the validation date
   * @return the findings, in any order (the validator sorts them), never null
   */
  List<Finding> check(String name, CheckContext context);
}
