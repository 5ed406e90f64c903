// The JUnit sample of README.md and docs/cli.md (see DocSamplesTests in sla-cli). Compiled, not
// run: the package is excluded from Surefire, as the folder it names is the reader's.
package io.github.slaframework.junit.docs;

// sample:cli-junit
import io.github.slaframework.junit.AgreementFiles;
import io.github.slaframework.junit.SlaAssertions;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;

// sample:readme-junit
class AgreementFilesTests {
  @ParameterizedTest(name = "{0}")
  @AgreementFiles("src/main/agreements")          // every *.json, *.yaml, *.yml below it
  void isValid(Path file) {
    SlaAssertions.assertValid(file);               // fails listing file:line:column: SEVERITY CODE message
  }
}
// end-sample:readme-junit
// end-sample:cli-junit
