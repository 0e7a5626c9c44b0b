package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdOrderTest {

  @Test
  void numbersInsideIdsCompareByValue() {
    List<String> ids = new ArrayList<>(List.of("f10", "f2", "f1", "doc/c10", "doc/c9"));

    ids.sort(IdOrder.INSTANCE);

    assertThat(ids).containsExactly("doc/c9", "doc/c10", "f1", "f2", "f10");
  }

  @Test
  void leadingZerosStillGiveATotalOrder() {
    assertThat(IdOrder.INSTANCE.compare("f01", "f1")).isNotZero();
    assertThat(IdOrder.INSTANCE.compare("f01", "f1")).isEqualTo(-IdOrder.INSTANCE.compare("f1", "f01"));
  }
}
