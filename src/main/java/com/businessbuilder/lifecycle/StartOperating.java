package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Start operating": the initiative is live (launched now, if a strategic restart skipped the launch) and its first
 * operations cycle is due after {@code operationsCycle}.
 */
@Component
class StartOperating implements TaskHandler {

  private final InitiativeRepository initiatives;

  StartOperating(InitiativeRepository initiatives) {
    this.initiatives = initiatives;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.OPERATE;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    initiatives.launched(item.require(INITIATIVE_ID));
    return Map.of();
  }
}
