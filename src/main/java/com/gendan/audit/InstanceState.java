package com.gendan.audit;

/** Which instances a history search lists. */
enum InstanceState {
  RUNNING,
  FINISHED
}
