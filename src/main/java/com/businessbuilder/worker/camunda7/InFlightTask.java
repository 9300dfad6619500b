package com.businessbuilder.worker.camunda7;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A task whose handler is running. Three parties act on it: the lock keeper extends its lock, the handler's thread
 * reports the result, and a stopping worker may release it. The state makes sure that only one of report and
 * release happens, and never while an extension is under way (the engine would refuse one of the two writes).
 */
final class InFlightTask {

  private enum State { RUNNING, REPORTING, RELEASED }

  private final String id;
  private final String topic;
  private final Thread runner;
  private final ReentrantLock lock = new ReentrantLock(); // not synchronized: it is held across a database call
  private State state = State.RUNNING;

  InFlightTask(String id, String topic, Thread runner) {
    this.id = id;
    this.topic = topic;
    this.runner = runner;
  }

  String id() {
    return id;
  }

  String topic() {
    return topic;
  }

  Thread runner() {
    return runner;
  }

  /** Runs the action if the handler is still running; false if the task was reported or released. */
  boolean whileRunning(Runnable action) {
    lock.lock();
    try {
      if (state != State.RUNNING) {
        return false;
      }
      action.run();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Claims the right to report the handler's result; false if the task was released first. */
  boolean claimReport() {
    return leaveRunning(State.REPORTING);
  }

  /** Claims the task for release to other workers; false if its result is already being reported. */
  boolean claimRelease() {
    return leaveRunning(State.RELEASED);
  }

  private boolean leaveRunning(State next) {
    lock.lock();
    try {
      if (state != State.RUNNING) {
        return false;
      }
      state = next;
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return topic + "/" + id;
  }
}
