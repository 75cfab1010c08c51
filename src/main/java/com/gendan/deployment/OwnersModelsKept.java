package com.gendan.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ProcessApplicationDeployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a process owner's newer model the latest when a new release deploys the application's own
 * models. The starter deploys them (a deployment named {@code camunda.bpm} auto-deployment's name)
 * whenever one of them changed, and then all of them: a release that changed a BPMN file would make
 * the jar's unchanged decision table, older than the one a process owner deployed from Modeler, the
 * latest again. A pre-deployer: from such a deployment it leaves out each file that is the same as
 * in the application's previous deployment of it, when a definition of that file has a newer
 * version from another deployment. A file the release changed is deployed as usual.
 */
final class OwnersModelsKept implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(OwnersModelsKept.class);

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || !isTheApplicationsOwn(deployment)) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    Map<String, ResourceEntity> previous =
        context
            .getResourceManager()
            .findLatestResourcesByDeploymentName(
                deployment.getName(),
                deployment.getResources().keySet(),
                ProcessApplicationDeployment.PROCESS_APPLICATION_DEPLOYMENT_SOURCE,
                deployment.getTenantId());
    List<String> kept = new ArrayList<>();
    for (ResourceEntity resource : List.copyOf(deployment.getResources().values())) {
      ResourceEntity before = previous.get(resource.getName());
      if (before != null
          && Arrays.equals(before.getBytes(), resource.getBytes())
          && supersededElsewhere(before, deployment.getTenantId(), context)) {
        deployment.getResources().remove(resource.getName());
        context.getDbEntityManager().delete(resource);
        kept.add(resource.getName());
      }
    }
    if (!kept.isEmpty()) {
      LOG.info(
          "Deployment '{}' leaves out {}: unchanged, and a newer version deployed since is kept",
          deployment.getName(),
          kept);
    }
  }

  /** Whether the starter made it: its source is unset, its name the auto-deployment's. */
  private static boolean isTheApplicationsOwn(DeploymentEntity deployment) {
    return deployment.getSource() == null
        && Context.getProcessEngineConfiguration()
            instanceof SpringTransactionsProcessEngineConfiguration spring
        && Objects.equals(spring.getDeploymentName(), deployment.getName());
  }

  /**
   * Whether a process or decision defined by the application's previous deployment of the file has
   * a later version from another deployment.
   */
  private static boolean supersededElsewhere(
      ResourceEntity before, String tenantId, CommandContext context) {
    String deploymentId = before.getDeploymentId();
    Stream<ResourceDefinition> processes =
        context
            .getProcessDefinitionManager()
            .findProcessDefinitionsByDeploymentId(deploymentId)
            .stream()
            .filter(definition -> before.getName().equals(definition.getResourceName()))
            .map(
                definition ->
                    context
                        .getProcessDefinitionManager()
                        .findLatestProcessDefinitionByKeyAndTenantId(
                            definition.getKey(), tenantId));
    Stream<ResourceDefinition> decisions =
        context
            .getDecisionDefinitionManager()
            .findDecisionDefinitionByDeploymentId(deploymentId)
            .stream()
            .filter(definition -> before.getName().equals(definition.getResourceName()))
            .map(
                definition ->
                    context
                        .getDecisionDefinitionManager()
                        .findLatestDecisionDefinitionByKeyAndTenantId(
                            definition.getKey(), tenantId));
    return Stream.concat(processes, decisions)
        .anyMatch(latest -> latest != null && !deploymentId.equals(latest.getDeploymentId()));
  }
}
