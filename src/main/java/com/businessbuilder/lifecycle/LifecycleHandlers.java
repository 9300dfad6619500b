package com.businessbuilder.lifecycle;

import static com.businessbuilder.lifecycle.BusinessLifecycleProcess.Topics.*;

import com.businessbuilder.work.WorkTasks;
import com.businessbuilder.worker.TaskHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lifecycle's handlers that differ only in what they are told: which message, which ending. */
@Configuration(proxyBeanMethods = false)
class LifecycleHandlers {

  @Bean
  TaskHandler instructionIntake(CeoMessagesTakenIn messages) {
    return new CeoMessageIntake(INSTRUCTION, InitiativeMessage.INSTRUCTION, "The CEO's instruction", messages);
  }

  @Bean
  TaskHandler strategicChangeIntake(CeoMessagesTakenIn messages) {
    return new CeoMessageIntake(STRATEGIC_CHANGE, InitiativeMessage.STRATEGIC_CHANGE, "The CEO's strategic change",
        messages);
  }

  @Bean
  TaskHandler retirement(InitiativeRepository initiatives, WorkTasks tasks) {
    return new InitiativeEnding(RETIRE, InitiativeMessage.RETIRE, initiatives, tasks);
  }

  @Bean
  TaskHandler closing(InitiativeRepository initiatives, WorkTasks tasks) {
    return new InitiativeEnding(CLOSE, InitiativeMessage.RETIRE, initiatives, tasks);
  }
}
