package com.businessbuilder.quality;

import java.time.Instant;

/**
 * A document an agent produces for a pipeline and QA checks: an outreach e-mail, a proposal, a market brief.
 * Its versions (content and QA report) are kept in {@code bb_deliverable_version}.
 *
 * @param type the deliverable type; selects the quality policy, the QA checks and the offline template
 * @param pipelineKey the business key of the pipeline it is for (e.g. the lead id)
 * @param processInstanceId the quality-gate run working on it, once it started
 * @param producerRole the agent role that writes it
 * @param qaRole the agent role that reviews it
 * @param brief the structured inputs: the facts the document must state exactly
 * @param finalVersion the version QA passed or the CEO accepted
 */
public record Deliverable(
    String id,
    String type,
    String pipelineKey,
    String processInstanceId,
    String producerRole,
    String qaRole,
    Brief brief,
    DeliverableStatus status,
    Integer finalVersion,
    Instant createdAt) {}
