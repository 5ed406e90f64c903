package io.github.slaframework.cli;

import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.render.AgreementRenderer;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FrameworkRegistry;

/**
 * The library objects the commands use, each created on first use so that a command pays only
 * for what it needs (start-up time matters for a command line).
 */
final class Library {

  private Library() {}

  static SlaReader reader() {
    return SlaReader.defaults();
  }

  static SlaWriter writer() {
    return SlaWriter.defaults();
  }

  static FrameworkRegistry registry() {
    return Registry.INSTANCE;
  }

  static AgreementRenderer renderer() {
    return Renderer.INSTANCE;
  }

  /**
   * Starts, in a background daemon thread, what validating will need: the validator and its
   * registry, then the format tables and JSON parser, by reading an empty document. Called before
   * the command line is parsed, so that this start-up work overlaps picocli's; a command that
   * needs these objects waits for nothing more than it would have done itself.
   */
  static void prepareValidation() {
    Thread thread = new Thread(() -> {
      validator().build();
      reader().readAgreement("{}");
    }, "sla-prepare-validation");
    thread.setDaemon(true);
    // Never a stack trace: the command builds the same objects itself when it needs them, and
    // reports a failure (such as running out of memory) in its own one line.
    thread.setUncaughtExceptionHandler((t, e) -> { });
    thread.start();
  }

  /** A validator, built per call because its clock depends on {@code --as-of}. */
  static AgreementValidator.Builder validator() {
    return AgreementValidator.builder().registry(registry());
  }

  private static final class Registry {
    static final FrameworkRegistry INSTANCE = FrameworkRegistry.builtIn();
  }

  private static final class Renderer {
    static final AgreementRenderer INSTANCE =
        AgreementRenderer.builder().frameworks(registry()::resolve).build();
  }
}
