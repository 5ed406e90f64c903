package io.github.slaframework.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.PreconditionViolationException;

class AgreementFilesProviderTests {

  private static List<Object> provide(String folder) throws Exception {
    AgreementFilesProvider provider = new AgreementFilesProvider();
    provider.accept(annotation(folder));
    return provider.provideArguments(null, null).map(a -> a.get()[0]).toList();
  }

  @Test
  void yieldsEveryAgreementFileUnderTheFolderInNameOrder() throws Exception {
    List<Object> args = provide("src/test/resources/agreements");
    assertThat(args).extracting(a -> ((Named<?>) a).getName())
        .containsExactly("a-minimal.json", "nested/campus.json");
    assertThat(args).extracting(a -> (Object) ((Named<?>) a).getPayload())
        .containsExactly(Path.of("src/test/resources/agreements/a-minimal.json"),
            Path.of("src/test/resources/agreements/nested/campus.json"));
  }

  @Test
  void failsForAFolderThatDoesNotExist() {
    assertThatThrownBy(() -> provide("src/test/resources/nope"))
        .isInstanceOf(PreconditionViolationException.class).hasMessageContaining("does not exist");
  }

  @Test
  void failsForAFolderWithoutAgreements() {
    assertThatThrownBy(() -> provide("src/test/java"))
        .isInstanceOf(PreconditionViolationException.class).hasMessageContaining("holds no");
  }

  private static AgreementFiles annotation(String folder) {
    return new AgreementFiles() {
      @Override
      public String value() {
        return folder;
      }

      @Override
      public Class<? extends Annotation> annotationType() {
        return AgreementFiles.class;
      }
    };
  }
}
