package com.businessbuilder.worker.camunda7;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads handlers run on: a virtual thread per call on Java 21 and later, where a blocked call costs almost
 * nothing; a pool of one platform thread per slot on Java 17. The worker's slots bound the calls either way.
 */
record HandlerThreads(ExecutorService executor, String description) {

  private static final Logger log = LoggerFactory.getLogger(HandlerThreads.class);
  private static final String NAME = "external-task-";

  static HandlerThreads create(int maxInFlight) {
    if (Runtime.version().feature() >= 21) {
      try {
        return new HandlerThreads(virtualThreadPerTask(), "virtual threads");
      } catch (ReflectiveOperationException | RuntimeException e) {
        log.warn("Virtual threads unavailable on Java {}, using platform threads: {}", Runtime.version(), e.toString());
      }
    }
    return new HandlerThreads(platformThreads(maxInFlight), "a pool of " + maxInFlight + " platform threads");
  }

  /** {@code Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(NAME, 0).factory())}, compiled on Java 17. */
  private static ExecutorService virtualThreadPerTask() throws ReflectiveOperationException {
    Class<?> builderType = Class.forName("java.lang.Thread$Builder");
    Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
    builder = builderType.getMethod("name", String.class, long.class).invoke(builder, NAME, 0L);
    ThreadFactory factory = (ThreadFactory) builderType.getMethod("factory").invoke(builder);
    return (ExecutorService) Executors.class.getMethod("newThreadPerTaskExecutor", ThreadFactory.class)
        .invoke(null, factory);
  }

  private static ExecutorService platformThreads(int maxInFlight) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(maxInFlight, maxInFlight, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, NAME + count.getAndIncrement());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
