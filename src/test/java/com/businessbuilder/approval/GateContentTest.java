package com.businessbuilder.approval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GateContentTest {

  @Test
  void longDocumentsAreCutForTheFormWithAPointerToTheFullText() {
    String shown = GateContent.excerpt("x".repeat(5_000), "GET /api/deliverables/d1");

    assertThat(shown).hasSize(GateContent.MAX_SHOWN).endsWith("GET /api/deliverables/d1]");
    assertThat(GateContent.excerpt("short", "GET /x")).isEqualTo("short");
  }
}
