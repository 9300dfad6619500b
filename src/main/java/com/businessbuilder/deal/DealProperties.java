package com.businessbuilder.deal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of deal closing ({@code bb.deal.*}).
 *
 * @param followUpWait how long to wait for a reply to the outreach (and to each follow-up)
 * @param maxFollowUps follow-ups before the deal is lost for no response
 * @param proposalValidity how long a proposal (or revised terms) stays open for the client's answer
 * @param maxNegotiationRounds counter-offers answered before the deal is lost for no agreement
 * @param signatureReminderWait how long to wait for the signature before each reminder
 * @param maxSignatureReminders reminders before the unsigned contract expires
 * @param senderName who signs the e-mails
 * @param paymentTermDays days until the invoice is due
 * @param depositPercent the share of the price invoiced when the contract is signed; service delivery invoices the
 *     rest milestone by milestone
 */
@ConfigurationProperties("bb.deal")
record DealProperties(
    @DefaultValue("P3D") Duration followUpWait,
    @DefaultValue("2") int maxFollowUps,
    @DefaultValue("P14D") Duration proposalValidity,
    @DefaultValue("3") int maxNegotiationRounds,
    @DefaultValue("P3D") Duration signatureReminderWait,
    @DefaultValue("2") int maxSignatureReminders,
    @DefaultValue("The Business Builder team") String senderName,
    @DefaultValue("30") int paymentTermDays,
    @DefaultValue("30") int depositPercent) {

  DealProperties {
    if (depositPercent < 0 || depositPercent > 100) {
      throw new IllegalArgumentException("bb.deal.deposit-percent must be between 0 and 100");
    }
  }

  /** The deposit invoiced at signing, in whole units of the currency. */
  java.math.BigDecimal deposit(int price) {
    return java.math.BigDecimal.valueOf(price).multiply(java.math.BigDecimal.valueOf(depositPercent))
        .divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP);
  }
}
