package com.businessbuilder.engine;

/** No run of the pipeline waits for the message now: it came too early, too late, or twice. */
public class RunNotWaiting extends RuntimeException {

  public RunNotWaiting(String message, String correlationKey) {
    super("No run of pipeline " + correlationKey + " waits for the message " + message);
  }
}
