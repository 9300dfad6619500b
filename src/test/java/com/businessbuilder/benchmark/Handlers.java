package com.businessbuilder.benchmark;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import java.util.function.Function;

/** Task handlers for the benchmarks' own models: a topic and what the handler does. */
final class Handlers {

  static TaskHandler of(String topic, Function<WorkItem, Map<String, Object>> work) {
    return new TaskHandler() {
      @Override
      public String topic() {
        return topic;
      }

      @Override
      public Map<String, Object> handle(WorkItem item) {
        return work.apply(item);
      }
    };
  }

  private Handlers() {}
}
