package io.github.slaframework.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTests {

  @Test
  void isValidWhenNoFindingIsAnError() {
    Report warnings = Report.of(Finding.of(Severity.WARNING, "AREA_MISSING", "/sections", "m"));
    Report error = warnings.merge(Report.of(Finding.of(Severity.ERROR, "REQUIRED", "/title", "m")));

    assertThat(Report.empty().isValid()).isTrue();
    assertThat(Report.empty().highestSeverity()).isEmpty();
    assertThat(warnings.isValid()).isTrue();
    assertThat(warnings.highestSeverity()).contains(Severity.WARNING);
    assertThat(error.isValid()).isFalse();
    assertThat(error.highestSeverity()).contains(Severity.ERROR);
  }

  @Test
  void ordersFindingsAsTheDocumentReads() {
    Finding late = located("B", "/parties/0", 9, 3);
    Finding early = located("A", "/title", 2, 5);
    Finding index10 = Finding.of(Severity.ERROR, "C", "/parties/10/name", "m");
    Finding index2 = Finding.of(Severity.ERROR, "C", "/parties/2/name", "m");

    assertThat(Report.of(late, index10, early, index2).findings())
        .containsExactly(early, late, index2, index10);
  }

  @Test
  void locatesAMissingFieldAtItsNearestAncestor() {
    Map<String, SourceLocation> known = Map.of("", new SourceLocation(1, 1), "/parties/1", new SourceLocation(7, 5));
    SourceMap map = pointer -> Optional.ofNullable(known.get(pointer));

    Finding finding = Finding.of(Severity.ERROR, "REQUIRED", "/parties/1/name", "missing").locatedBy(map);

    assertThat(finding.location()).contains(new SourceLocation(7, 5));
  }

  @Test
  void aWaivedFindingIsInformation() {
    Finding waived = Finding.of(Severity.WARNING, "RETENTION_LONG", "/sections/3", "long").asWaived();

    assertThat(waived.severity()).isEqualTo(Severity.INFO);
    assertThat(waived.waived()).isTrue();
    assertThat(Report.of(waived).isValid()).isTrue();
    assertThat(waived.describe()).isEqualTo("INFO RETENTION_LONG /sections/3 long (waived)");
  }

  @Test
  void filtersBySeverityAndCode() {
    Report report = Report.of(List.of(
        Finding.of(Severity.ERROR, "REQUIRED", "/a", "m"),
        Finding.of(Severity.WARNING, "AREA_MISSING", "/b", "m"),
        Finding.of(Severity.INFO, "X", "/c", "m")));

    assertThat(report.findings(Severity.WARNING)).hasSize(2);
    assertThat(report.findingsWithCode("AREA_MISSING")).hasSize(1);
  }

  private static Finding located(String code, String path, int line, int column) {
    return Finding.builder().severity(Severity.ERROR).code(code).path(path).message("m")
        .location(new SourceLocation(line, column)).build();
  }
}
