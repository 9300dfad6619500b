package com.businessbuilder.lifecycle;

import java.time.Instant;

/** What a list of initiatives is narrowed by; null means any. */
record InitiativeFilter(String status, InitiativePhase phase, Instant createdFrom, Instant createdTo) {}
