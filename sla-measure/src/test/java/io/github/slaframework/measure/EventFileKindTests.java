package io.github.slaframework.measure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.slaframework.testkit.MeasurementSamples;
import io.github.slaframework.testkit.SpecialFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event logs are regular files: nothing else is opened (issue 17: a FIFO hung, /dev/zero never ended). */
class EventFileKindTests {

  private static final ServiceLevelMeter METER =
      ServiceLevelMeter.of(MeasurementSamples.standardAgreement());

  private static void assertRefused(Path path, String why) {
    assertThatThrownBy(() -> METER.measureFiles(List.of(path), MeasureRange.ALL))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining(path.toString())
        .hasMessageContaining(why);
  }

  @Test
  void refusesAFolder(@TempDir Path dir) {
    assertRefused(dir, "is a folder");
  }

  @Test
  void refusesASymbolicLinkToDevZeroWithoutReadingIt(@TempDir Path dir) throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).as("a Unix device to link to").isTrue();
    assertRefused(Files.createSymbolicLink(dir.resolve("events.jsonl"), zero), "not a regular file");
  }

  @Test
  void refusesAFifoWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("events.jsonl");
    assumeThat(SpecialFiles.fifo(fifo)).as("mkfifo is available").isTrue();
    // Opening a FIFO would wait for a writer: the test would hang, not fail, if it were opened.
    assertRefused(fifo, "not a regular file");
  }
}
