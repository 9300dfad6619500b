package com.businessbuilder.worker.camunda7;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** A handler standing in for a long LLM call: it runs until the test lets it finish, or until it is interrupted. */
class BlockingHandler implements TaskHandler {

  final CountDownLatch started = new CountDownLatch(1);
  final CountDownLatch finish = new CountDownLatch(1);
  volatile boolean interrupted;

  @Override
  public String topic() {
    return ScriptedHandler.TOPIC;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    started.countDown();
    try {
      finish.await();
      return Map.of("result", "done for " + item.correlationKey());
    } catch (InterruptedException e) {
      interrupted = true;
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Call interrupted", e);
    }
  }
}
