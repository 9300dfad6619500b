package com.businessbuilder.discovery;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of client discovery ({@code bb.discovery.*}).
 *
 * @param nurtureWait how long a WARM lead is nurtured before it is re-scored
 * @param maxNurtureRounds nurture rounds before a lead that stays WARM is archived
 * @param excludedIndustries industries the company does not serve; their leads are disqualified
 * @param disposableEmailDomains throw-away mail domains; a lead that only left one of them is disqualified
 */
@ConfigurationProperties("bb.discovery")
record DiscoveryProperties(
    @DefaultValue("P14D") Duration nurtureWait,
    @DefaultValue("3") int maxNurtureRounds,
    @DefaultValue({"gambling", "weapons", "tobacco", "adult entertainment"}) List<String> excludedIndustries,
    @DefaultValue({"mailinator.com", "10minutemail.com", "guerrillamail.com", "yopmail.com", "trashmail.com",
        "tempmail.com"}) List<String> disposableEmailDomains) {}
