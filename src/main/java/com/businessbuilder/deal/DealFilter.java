package com.businessbuilder.deal;

import java.time.Instant;

/** What a list of deals is narrowed to; null means any. */
record DealFilter(String status, DealStage stage, String leadId, Instant createdFrom, Instant createdTo) {}
