package com.businessbuilder.engine.camunda7;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a task listener refuse a completion the way a form field validator does. The engine wraps every listener
 * exception into a plain {@link ProcessEngineException}, which its REST API answers with 500; this interceptor sits
 * outside the transaction (which is already rolled back when it sees the exception) and re-throws the
 * {@link FormFieldValidationException} inside, which the REST API answers with 400 and Tasklist shows on the form.
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
  }

  static class Unwrapping extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException wrapped) {
        for (Throwable cause = wrapped.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof FormFieldValidationException refusal) {
            throw refusal;
          }
        }
        throw wrapped;
      }
    }
  }
}
