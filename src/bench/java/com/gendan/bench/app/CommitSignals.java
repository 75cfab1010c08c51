package com.gendan.bench.app;

import java.time.Duration;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Bench instrumentation, in memory only (no SQL): a signal after every commit that created a user
 * task or ended a process instance, so a bench client waiting for its next task wakes up then
 * instead of polling the database. Added to every process alike, Gendan's and the same-shape
 * models.
 */
public final class CommitSignals extends AbstractProcessEnginePlugin {

  private final Object lock = new Object();
  private long version;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener onTask = task -> signalAfterCommit();
    ExecutionListener onEnd = execution -> signalAfterCommit();
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition()
                    .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onTask);
              }

              @Override
              public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, onEnd);
              }
            });
  }

  /** The number of signals so far: wait for it to change with {@link #awaitAfter}. */
  public long version() {
    synchronized (lock) {
      return version;
    }
  }

  /** Waits until a signal later than {@code seen} has come, or {@code max} has passed. */
  public void awaitAfter(long seen, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    synchronized (lock) {
      while (version == seen) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  private void signalAfterCommit() {
    Context.getCommandContext()
        .getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, context -> signal());
  }

  private void signal() {
    synchronized (lock) {
      version++;
      lock.notifyAll();
    }
  }
}
