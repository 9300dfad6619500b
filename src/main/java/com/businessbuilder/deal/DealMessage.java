package com.businessbuilder.deal;

import java.time.Instant;

/** One message of the conversation with the client: {@code IN} from the client, {@code OUT} from us. */
record DealMessage(String id, String dealId, String direction, String kind, String text, Instant createdAt) {

  static final String IN = "IN";
  static final String OUT = "OUT";
}
