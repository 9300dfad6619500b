package com.businessbuilder.worker.camunda7;

import com.businessbuilder.worker.BusinessOutcome;
import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** A handler for the worker tests whose next outcome the test chooses. */
@Component
class ScriptedHandler implements TaskHandler {

  static final String TOPIC = "worker-test";

  enum Outcome { SUCCEED, FAIL, REJECT }

  final AtomicReference<Outcome> next = new AtomicReference<>(Outcome.SUCCEED);
  final AtomicInteger calls = new AtomicInteger();

  @Override
  public String topic() {
    return TOPIC;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    calls.incrementAndGet();
    return switch (next.get()) {
      case SUCCEED -> Map.of("result", "done for " + item.correlationKey());
      case FAIL -> throw new IllegalStateException("Provider answered 503 Service Unavailable");
      case REJECT -> throw new BusinessOutcome("REJECTED", "Not our kind of work", Map.of("why", "out of scope"));
    };
  }
}
