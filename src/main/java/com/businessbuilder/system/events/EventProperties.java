package com.businessbuilder.system.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the handoffs between pipelines ({@code bb.events.*}).
 *
 * @param redeliverAfter a publication still incomplete this long after it was stored (its listener failed, or the
 *     application stopped while it ran) is delivered again; also how often that is looked for
 * @param keepCompleted how long completed publications are kept for troubleshooting
 */
@ConfigurationProperties("bb.events")
record EventProperties(@DefaultValue("1m") Duration redeliverAfter, @DefaultValue("P7D") Duration keepCompleted) {

  EventProperties {
    if (redeliverAfter.isNegative() || redeliverAfter.isZero()) {
      throw new IllegalArgumentException("bb.events.redeliver-after must be positive");
    }
  }
}
