package com.gendan.process;

import java.io.InputStream;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.AbstractGetDeployedFormCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.TaskFormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Reads a deployed form as the engine finds it for its REST API's deployed-form calls: in
 * deployment {@code deploymentId}, the form key {@code formKey} or the Camunda Form {@code formRef}
 * deployed with it. Read as the engine; who may see the task or definition is checked elsewhere.
 */
public final class DeployedForm extends AbstractGetDeployedFormCmd {

  private final TaskFormDataImpl form = new TaskFormDataImpl();

  private DeployedForm(String deploymentId, String formKey, String formRef) {
    form.setDeploymentId(deploymentId);
    form.setFormKey(formKey);
    if (formRef != null) {
      form.setCamundaFormRef(
          new CamundaFormRefImpl(formRef, DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT));
    }
  }

  /** The form's content; the engine throws when the deployment has no such form. */
  public static InputStream open(
      CommandContext context, String deploymentId, String formKey, String formRef) {
    return new DeployedForm(deploymentId, formKey, formRef).execute(context);
  }

  @Override
  protected FormData getFormData() {
    return form;
  }

  @Override
  protected void checkAuthorization() {
    // read as the engine
  }
}
