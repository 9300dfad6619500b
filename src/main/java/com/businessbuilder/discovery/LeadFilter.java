package com.businessbuilder.discovery;

import java.time.Instant;

/** What a list of leads is narrowed to; null means any. */
record LeadFilter(LeadStatus status, String tier, Instant createdFrom, Instant createdTo) {}
