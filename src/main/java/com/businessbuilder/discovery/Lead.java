package com.businessbuilder.discovery;

import java.time.Instant;

/** A stored lead and the discovery run it started. */
record Lead(String id, LeadRequest data, String processInstanceId, Instant createdAt) {}
