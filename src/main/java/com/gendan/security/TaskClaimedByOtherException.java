package com.gendan.security;

import org.camunda.bpm.engine.ProcessEngineException;

/** A candidate tried to complete a task that another user has claimed. */
class TaskClaimedByOtherException extends ProcessEngineException {

  TaskClaimedByOtherException(String assignee) {
    super("此任务已由 " + assignee + " 领取，只有领取人可以完成；如需转交，请联系业务主管重新分配");
  }
}
