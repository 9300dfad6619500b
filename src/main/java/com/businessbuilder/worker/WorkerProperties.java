package com.businessbuilder.worker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the external-task worker ({@code bb.worker.*}).
 *
 * @param enabled whether the worker polls on its own (tests drive it explicitly)
 * @param workerId the id the worker locks tasks under
 * @param maxTasks tasks fetched per poll
 * @param lockDuration how long a fetched task stays locked to this worker
 * @param pollInterval the pause between polls that found no work
 * @param retries attempts before a failing task becomes an incident
 * @param retryBackoff the pause before a failed task is offered again
 */
@ConfigurationProperties("bb.worker")
public record WorkerProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("business-builder") String workerId,
    @DefaultValue("20") int maxTasks,
    @DefaultValue("5m") Duration lockDuration,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("3") int retries,
    @DefaultValue("30s") Duration retryBackoff) {}
