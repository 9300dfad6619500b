package com.businessbuilder.approval;

import java.time.Instant;

/**
 * A CEO gate opened: published in the engine's transaction with the gate's record, so it exists exactly when the
 * gate does, and delivered after the commit, at least once (Spring Modulith's publication registry). Listeners
 * (notifications) must be idempotent and must not fail the process.
 *
 * @param name the gate's name as Tasklist lists it ("Approve pursuing lead: Acme Software GmbH (HOT, 140)")
 * @param correlationKey the pipeline's key
 */
public record GateOpened(String gateId, String name, String summary, String processId, String correlationKey,
    Instant openedAt) {}
