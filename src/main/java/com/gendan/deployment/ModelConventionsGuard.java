package com.gendan.deployment;

import com.gendan.model.ModelFile;
import com.gendan.model.ModelRules;
import com.gendan.model.Violation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a deployment whose BPMN, DMN or form files break the model conventions ({@link
 * ModelRules}), naming every file, element and reason at once. A pre-deployer: the engine runs it
 * inside the deploy command, before its own BPMN and DMN deployers and in the same transaction as
 * the deployment's rows, so a refused deployment leaves nothing behind. The files checked are those
 * the deployment really holds, after the engine's duplicate filtering: a form that a process needs
 * must be deployed with it.
 */
final class ModelConventionsGuard implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(ModelConventionsGuard.class);

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      // an existing deployment loaded into the cache again: it was checked when it was made
      return;
    }
    List<ModelFile> files =
        deployment.getResources().values().stream()
            .sorted(Comparator.comparing(ResourceEntity::getName))
            .map(resource -> new ModelFile(resource.getName(), resource.getBytes()))
            .toList();
    Map<ModelFile, List<Violation>> violations = new ModelRules(files).violations();
    if (violations.isEmpty()) {
      return;
    }
    ModelConventionsException refusal = new ModelConventionsException(violations);
    LOG.info(
        "Refused deployment '{}' by {}: {}",
        deployment.getName(),
        Context.getCommandContext().getAuthenticatedUserId(),
        refusal.getMessage());
    throw refusal;
  }
}
