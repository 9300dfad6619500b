package com.businessbuilder.engine.camunda7;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a task listener refuse a completion the way a form field validator does. The engine wraps every listener
 * exception into a plain {@link ProcessEngineException}, which its REST API answers with 500; this interceptor sits
 * outside the transaction (which is already rolled back when it sees the exception) and re-throws the
 * {@link FormFieldValidationException} inside, which the REST API answers with 400 and Tasklist shows on the form.
 *
 * <p>A refusal is the person's mistake, not the engine's: the command context logs it at debug, as the engine does
 * for a bad request, instead of an ERROR ENGINE-16004 with the whole stack trace. Every other failure is logged
 * as before.
 */
@Component
class FormValidationPassThrough extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Unwrapping());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    RefusalsAtDebug contexts = new RefusalsAtDebug();
    // the engine hands its configuration only to a factory it creates itself
    contexts.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(contexts);
  }

  static FormFieldValidationException refusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return refusal;
      }
    }
    return null;
  }

  static class RefusalsAtDebug extends CommandContextFactory {

    @Override
    public CommandContext createCommandContext() {
      return new CommandContext(processEngineConfiguration) {
        @Override
        protected boolean shouldLogFine(Throwable exception) {
          return super.shouldLogFine(exception) || refusal(exception) != null;
        }
      };
    }
  }

  static class Unwrapping extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException wrapped) {
        FormFieldValidationException refusal = refusal(wrapped.getCause());
        throw refusal != null ? refusal : wrapped;
      }
    }
  }
}
