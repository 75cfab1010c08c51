package com.gendan.data;

import jakarta.persistence.MappedSuperclass;

/**
 * A business document worked by one process instance (a quote, a sample request, a sales order):
 * column {@code process_instance_id}. The document never moves to another instance, whatever
 * variables a start carries.
 */
@MappedSuperclass
public abstract class ProcessDocument extends AuditedEntity {

  private String processInstanceId;

  /**
   * Links the document to the instance that works it; linking again to the same one is fine.
   *
   * @throws IllegalStateException when another instance works it already
   */
  public final void linkProcess(String instanceId) {
    if (processInstanceId != null && !processInstanceId.equals(instanceId)) {
      throw new IllegalStateException(
          getClass().getSimpleName()
              + " is worked by process instance "
              + processInstanceId
              + ", not by "
              + instanceId);
    }
    this.processInstanceId = instanceId;
  }

  /** The instance that works the document; null before it started. */
  public final String processInstanceId() {
    return processInstanceId;
  }
}
