package io.github.slaframework.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.report.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTests {

  private static final int THREADS = 16;
  private static final int ROUNDS = 100;

  @Test
  void oneValidatorSharedByManyThreadsGivesTheSingleThreadedReports() throws Exception {
    List<String> documents = new ArrayList<>();
    for (Path folder : ScenarioTests.folders()) {
      documents.add(Files.readString(folder.resolve("agreement.json"), StandardCharsets.UTF_8));
    }
    // Built fresh so that the first validations race on any lazy initialisation too.
    AgreementValidator validator = AgreementValidator.builder().build();
    LocalDate asOf = LocalDate.of(2026, 6, 1);

    List<Callable<List<Finding>>> tasks = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (String document : documents) {
        tasks.add(() -> validator.validateJson(document, asOf).findings());
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Finding>>> futures;
    try {
      futures = pool.invokeAll(tasks);
    } finally {
      pool.shutdown();
    }

    List<List<Finding>> expected = new ArrayList<>();
    for (String document : documents) {
      expected.add(validator.validateJson(document, asOf).findings());
    }
    assertThat(tasks).hasSizeGreaterThanOrEqualTo(3000);
    for (int i = 0; i < futures.size(); i++) {
      assertThat(futures.get(i).get()).isEqualTo(expected.get(i % documents.size()));
    }
  }
}
