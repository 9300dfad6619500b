package com.businessbuilder.quality;

import java.util.Map;

/**
 * What a caller asks the quality gate to produce.
 *
 * @param type the deliverable type ({@code outreach-email}, {@code proposal}, {@code market-brief}, ...)
 * @param pipelineKey the business key of the calling pipeline
 * @param producerRole the agent role that writes it (a producer in {@code agents/roles/})
 * @param qaRole the reviewer role; {@code null} for the producer's {@code reviewedBy}
 * @param brief the structured inputs (see {@link Brief})
 */
public record NewDeliverable(String type, String pipelineKey, String producerRole, String qaRole,
    Map<String, Object> brief) {}
