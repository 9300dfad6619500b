package com.businessbuilder.delivery;

import java.time.Instant;

/** What a list of projects is narrowed to; null leaves a filter out. */
record ProjectFilter(String status, ProjectStage stage, String dealId, Instant createdFrom, Instant createdTo) {}
