package com.businessbuilder.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The command center's settings ({@code bb.dashboard.*}).
 *
 * @param refreshEvery how often an open page asks for its counts, timeline and diagram again
 * @param stuckAfter a run whose machine step (a service task, an agent call) has not moved for this long is listed
 *     as stuck on the operations page
 * @param listed at most this many gates, incidents and stuck runs are listed (the counts are exact)
 * @param spendDays the agent spend chart shows this many days
 */
@ConfigurationProperties("bb.dashboard")
record DashboardProperties(
    @DefaultValue("5s") Duration refreshEvery,
    @DefaultValue("1h") Duration stuckAfter,
    @DefaultValue("20") int listed,
    @DefaultValue("14") int spendDays) {}
