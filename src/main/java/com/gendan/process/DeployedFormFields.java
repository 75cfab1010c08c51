package com.gendan.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * The fields of the Camunda Form that a task or a process start submits, read from the database and
 * parsed once per deployed form rather than on every completion: a deployed form never changes, so
 * it is kept by the deployment and the form it names there (the form key, or the {@code
 * camunda:formRef} key, a {@code latest} or {@code version} binding first resolved to the
 * deployment that holds that form). A new deployment's tasks and starts name their own deployment,
 * and read its form. Only forms read and parsed are kept, at most {@value #MAXIMUM_FORMS}; a task
 * or start without a Camunda Form submits nothing ({@link FormFields#NONE}). The forms are read as
 * the engine. One instance serves the input guard and the labels of messages ({@link FormLabels}).
 */
@Component
public class DeployedFormFields {

  static final int MAXIMUM_FORMS = 1_000;

  private final ProcessEngineConfigurationImpl configuration;
  private final ObjectMapper objectMapper;
  private final Cache<Source, FormFields> forms =
      Caffeine.newBuilder().maximumSize(MAXIMUM_FORMS).build();

  public DeployedFormFields(ProcessEngine engine, ObjectMapper objectMapper) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.objectMapper = objectMapper;
  }

  /**
   * The form of a task; empty if the task does not exist, or another request completed it while its
   * form was looked up (the engine answers that itself).
   */
  public Optional<FormFields> ofTask(String taskId) {
    return execute(context -> ofTask(taskId, context));
  }

  /** {@link #ofTask(String)} within a command that is running. */
  public Optional<FormFields> ofTask(String taskId, CommandContext context) {
    try {
      FormData form = context.runWithoutAuthorization(new GetTaskFormCmd(taskId));
      return Optional.of(form == null ? FormFields.NONE : fieldsOf(form, context));
    } catch (NullPointerException e) {
      // the engine's form lookup fails so on a task another request has just completed
      return Optional.empty();
    }
  }

  /** The start form of a process definition that exists. */
  public FormFields ofStart(String processDefinitionId) {
    return execute(context -> ofStart(processDefinitionId, context));
  }

  /** {@link #ofStart(String)} within a command that is running. */
  public FormFields ofStart(String processDefinitionId, CommandContext context) {
    return fieldsOf(
        context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId)), context);
  }

  /** Runs the command in the engine, in a transaction of its own (or the caller's). */
  public <T> T execute(Command<T> command) {
    return configuration.getCommandExecutorTxRequired().execute(command);
  }

  private FormFields fieldsOf(FormData form, CommandContext context) {
    try {
      Optional<Source> source = Source.of(form, context);
      if (source.isEmpty()) {
        return FormFields.NONE;
      }
      FormFields known = forms.getIfPresent(source.get());
      if (known != null) {
        return known;
      }
      try (InputStream deployed =
          DeployedForm.open(
              context,
              source.get().deploymentId(),
              source.get().formKey(),
              source.get().formRef())) {
        FormFields fields = FormFields.of(objectMapper.readTree(deployed));
        forms.put(source.get(), fields);
        return fields;
      }
    } catch (ProcessEngineException | IOException e) {
      // no deployed form, or not a Camunda Form: nothing may be submitted
      return FormFields.NONE;
    }
  }

  /**
   * A deployed form: in deployment {@code deploymentId}, the form key {@code formKey} or the
   * Camunda Form {@code formRef} deployed with it.
   */
  private record Source(String deploymentId, String formKey, String formRef) {

    /** Where the form comes from; empty if none is named. */
    static Optional<Source> of(FormData form, CommandContext context) {
      if (form.getFormKey() != null) {
        return Optional.of(new Source(form.getDeploymentId(), form.getFormKey(), null));
      }
      CamundaFormRef ref = form.getCamundaFormRef();
      if (ref == null || ref.getKey() == null) {
        return Optional.empty();
      }
      if (DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(ref.getBinding())) {
        return Optional.of(new Source(form.getDeploymentId(), null, ref.getKey()));
      }
      CamundaFormDefinition definition =
          context.runWithoutAuthorization(
              new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
      return definition == null
          ? Optional.empty()
          : Optional.of(new Source(definition.getDeploymentId(), null, definition.getKey()));
    }
  }
}
