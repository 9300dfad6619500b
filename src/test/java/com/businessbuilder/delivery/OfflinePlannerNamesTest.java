package com.businessbuilder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offline planner names a task after its requirement's first clause, never ending mid-phrase. */
class OfflinePlannerNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A customer portal where dealers order spare parts | a customer portal where dealers order spare parts",
      "Delays are mailed to the customer within an hour | delays are mailed to the customer",
      "A web portal for the customers and partners of Acme: sign-in, self-service | a web portal for the customers"
          + " and partners",
      "An online ordering portal for the customers and partners of Acme | an online ordering portal for the customers",
      "Reports (weekly) for the board | reports",
      "Export | export"})
  void aTaskIsNamedAfterItsRequirementsFirstClause(String requirement, String name) {
    assertThat(OfflineDelivery.Planner.shortName(requirement)).isEqualTo(name);
  }
}
