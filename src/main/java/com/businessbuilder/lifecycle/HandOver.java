package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Variables.*;

import com.businessbuilder.worker.TaskHandler;
import com.businessbuilder.worker.WorkItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Hand over to operations": the initiative is live from now; the root model goes on to operations. */
@Component
class HandOver implements TaskHandler {

  private final InitiativeRepository initiatives;

  HandOver(InitiativeRepository initiatives) {
    this.initiatives = initiatives;
  }

  @Override
  public String topic() {
    return BusinessLifecycleProcess.Topics.HAND_OVER;
  }

  @Override
  public Map<String, Object> handle(WorkItem item) {
    String id = item.require(INITIATIVE_ID);
    initiatives.launched(id);
    initiatives.recordReadiness(id, item.string(READINESS_REASON));
    return Map.of(LAUNCH_GO, true);
  }
}
