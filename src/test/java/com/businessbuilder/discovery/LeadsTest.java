package com.businessbuilder.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadsTest {

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "acme.example,          cto@acme.example,       strong",
      "https://www.acme.example/about, cto@acme.example, strong",
      "shop.acme.example,     cto@acme.example,       strong",
      "acme-group.example,    cto@acme.example,       basic",
      "acme.example,          owner@gmail.com,        basic",
      "null,                  cto@acme.example,       none",
      "'  ',                  cto@acme.example,       none"})
  void digitalFootprintComesFromTheWebsiteAndTheContactsDomain(String website, String email, String footprint) {
    assertThat(OfflineEnrichment.footprint(website, email)).isEqualTo(footprint);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "' Software ', software", "SaaS, saas", "null, unknown", "'', unknown"})
  void industriesAreComparedInLowerCase(String industry, String normalized) {
    assertThat(Leads.normalizeIndustry(industry)).isEqualTo(normalized);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {"Referral, referral", "carrier pigeon, other", "null, other"})
  void unknownSourcesCountAsOther(String source, String normalized) {
    assertThat(Leads.normalizeSource(source)).isEqualTo(normalized);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {
      "acme.example, https://acme.example", "http://acme.example, http://acme.example", "null, null"})
  void websitesGetASchemeWhenTheyLackOne(String website, String normalized) {
    assertThat(Leads.normalizeWebsite(website)).isEqualTo(normalized);
  }
}
