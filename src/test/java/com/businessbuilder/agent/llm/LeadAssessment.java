package com.businessbuilder.agent.llm;

import java.util.List;

/** A structured answer as the agents ask for them: a record, parsed from the model's JSON. */
record LeadAssessment(String summary, int fitScore, List<String> risks) {}
