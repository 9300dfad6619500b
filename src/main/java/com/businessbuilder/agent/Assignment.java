package com.businessbuilder.agent;

import com.businessbuilder.worker.WorkItem;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A piece of work for an agent.
 *
 * @param roleId the role from the catalog that does it (e.g. {@code market-researcher})
 * @param task the kind of work; selects the prompt template {@code agents/prompts/<task>.md} and the offline composer
 * @param work where in which pipeline the work is done (audit, budget)
 * @param inputs the structured inputs the prompt is rendered from ({@code {{name}}} placeholders)
 */
public record Assignment(String roleId, String task, WorkItem work, Map<String, Object> inputs) {

  public Assignment {
    // null values are meaningful ("not known"), so no Map.copyOf
    inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(inputs));
  }
}
