package com.businessbuilder.worker.camunda7;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

class HandlerThreadsTest {

  @Test
  void handlersRunOnVirtualThreadsFromJava21AndOnPlatformThreadsBefore() throws Exception {
    boolean java21 = Runtime.version().feature() >= 21;
    HandlerThreads threads = HandlerThreads.create(4);
    ExecutorService executor = threads.executor();
    try {
      Thread thread = executor.submit(Thread::currentThread).get();

      assertThat(threads.description()).isEqualTo(java21 ? "virtual threads" : "a pool of 4 platform threads");
      assertThat(thread.getName()).startsWith("external-task-");
      if (java21) {
        assertThat(Thread.class.getMethod("isVirtual").invoke(thread)).isEqualTo(true);
      } else {
        assertThat(thread.isDaemon()).isTrue();
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
