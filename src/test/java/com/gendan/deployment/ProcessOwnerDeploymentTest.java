package com.gendan.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.gendan.ProcessFlowTest;
import com.gendan.identity.DemoUser;
import com.gendan.quote.QuoteApprovalProcess;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A process owner deploys from Camunda Modeler: the request is the one Modeler sends ({@code POST
 * /engine-rest/deployment/create}, multipart, HTTP Basic), a changed DMN row decides the next quote
 * without a rebuild, a model that breaks the conventions is refused with every reason and nothing
 * is deployed, an assistant may not deploy, a restart and a release that changed other models leave
 * the owner's version the latest, and an admin migrates a running instance to the owner's new
 * version.
 */
class ProcessOwnerDeploymentTest extends ProcessFlowTest {

  private static final String OWNER = DemoUser.PROCESS_OWNER;
  private static final String DECISION = "quoteApprovalAuthority";
  private static final String AUTHORITY_DMN = "quote-approval-authority.dmn";

  /** A model that breaks the conventions once per rule a process owner is told about. */
  private static final Path OWNER_PROBE = Path.of("src/test/resources/deployment/owner-probe.bpmn");

  /** Users' queries must be paged (query-max-results-limit). */
  private static final String PAGE = "&firstResult=0&maxResults=15";

  /** The large-amount row, from more than 1,000,000 CNY to more than 1,000 CNY. */
  private static final String LOWERED_THRESHOLD =
      read(Path.of("processes", AUTHORITY_DMN))
          .replace("<text>&gt; 1000000</text>", "<text>&gt; 1000</text>")
          .replace("超过 100 万元人民币", "超过 1000 元人民币");

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  private final List<String> deployments = new ArrayList<>();

  /** The shared application goes on with the application's own models. */
  @AfterEach
  void undeployTheOwnersModels() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void aDmnRowChangedInModelerDecidesTheNextQuoteWithoutARebuild() {
    // what Modeler asks before it deploys: is this a Camunda 7 engine, and may I in?
    assertThat(web.get("/engine-rest/version", OWNER).statusCode()).isEqualTo(200);
    assertThat(web.get("/engine-rest/deployment?maxResults=0", OWNER).statusCode()).isEqualTo(200);
    assertThat(LOWERED_THRESHOLD).contains("&gt; 1000</text>").doesNotContain("&gt; 1000000");
    // 100 reels at the list price, 1,800 CNY: the sales manager alone signs
    assertThat(nextStepAfterTheSalesManagerSigns())
        .isEqualTo(QuoteApprovalProcess.Elements.REGISTER_CUSTOMER_RESPONSE);
    int jarVersion = latestDecision().getVersion();

    JsonNode deployed = deployAsModelerDoes(OWNER, Map.of(AUTHORITY_DMN, LOWERED_THRESHOLD));

    assertThat(deployed.path("deployedDecisionDefinitions").findValuesAsText("key"))
        .containsExactly(DECISION);
    assertThat(latestDecision().getVersion()).isEqualTo(jarVersion + 1);
    assertThat(latestDecision().getDeploymentId()).isEqualTo(deployed.get("id").asText());
    // the same quote now needs the general manager too
    assertThat(nextStepAfterTheSalesManagerSigns())
        .isEqualTo(QuoteApprovalProcess.Elements.SIGN_QUOTE);
  }

  @Test
  void aModelBreakingTheConventionsIsRefusedWithEveryReasonAndNothingIsDeployed() {
    long before = repositoryService.createDeploymentQuery().count();

    HttpResponse<String> refused =
        modelerDeployment(OWNER, Map.of("owner-probe.bpmn", read(OWNER_PROBE)));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode answer = engine.read(refused.body());
    // Modeler shows the message as the deployment's problems
    String message = answer.get("message").asText();
    assertThat(message.lines().findFirst().orElseThrow())
        .startsWith(ModelConventionsException.REFUSED)
        .contains("共 7 处");
    assertThat(message.lines().skip(1))
        .containsExactlyInAnyOrder(
            "owner-probe.bpmn：scriptTask 'Task_Total'：是脚本，不允许；请改用委托表达式或表达式",
            "owner-probe.bpmn：serviceTask 'Activity_0x7f3k2'：是建模工具自动生成的 id，请按其含义命名",
            "owner-probe.bpmn：serviceTask 'Activity_0x7f3k2'：使用了 Java 类 com.example.NotifyCustomer，"
                + "不允许；请改用指向 Spring bean 的 camunda:delegateExpression",
            "owner-probe.bpmn：process 'ownerProbe'：没有 camunda:historyTimeToLive（历史保留期限）",
            "owner-probe.bpmn：userTask 'Task_Check'：没有表单（camunda:formRef）",
            "owner-probe.bpmn：userTask 'Task_Check'：camunda:candidateGroups 中的 \"warehouse-team\""
                + " 既不是跟单的角色组（sales-assistant、sales-rep、sales-manager、general-manager、finance、"
                + "production、quality、warehouse、purchasing、auditor、process-owner、camunda-admin），"
                + "也不是表达式",
            "owner-probe.bpmn：userTask 'Task_Sign'：引用的表单 \"sign-owner-probe\" 不在同一次部署中；"
                + "请把它的 .form 文件与流程一起部署");
    assertThat(answer.get("type").asText()).isEqualTo("ModelConventionsException");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("ownerProbe")
                .count())
        .isZero();
  }

  /** The application's own models are deployed at startup through the same Java API. */
  @Test
  void everyDeploymentPassesTheGuardNotOnlyTheRestApis() {
    long before = repositoryService.createDeploymentQuery().count();

    assertThatThrownBy(
            () ->
                repositoryService
                    .createDeployment()
                    .name("startup-like")
                    .addString("owner-probe.bpmn", read(OWNER_PROBE))
                    .deploy())
        .isInstanceOf(ModelConventionsException.class)
        .hasMessageContaining("owner-probe.bpmn：scriptTask 'Task_Total'");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void anAssistantMayNotDeploy() {
    long before = repositoryService.createDeploymentQuery().count();
    DecisionDefinition latest = latestDecision();

    HttpResponse<String> refused =
        modelerDeployment(DemoUser.ASSISTANT_LIU, Map.of(AUTHORITY_DMN, LOWERED_THRESHOLD));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    assertThat(latestDecision().getId()).isEqualTo(latest.getId());
  }

  @Test
  void aProcessOwnerReadsTheDefinitionsButNoCustomersWork() {
    JsonNode quote = registerQuote();
    String quoteNumber = quote.get("quoteNumber").asText();

    assertThat(engine.get("/engine-rest/decision-definition?key=" + DECISION + PAGE, OWNER))
        .isNotEmpty();
    assertThat(engine.get("/engine-rest/process-definition?key=quoteApproval" + PAGE, OWNER))
        .isNotEmpty();
    assertThat(engine.get("/engine-rest/process-instance/count", OWNER).get("count").asLong())
        .isZero();
    assertThat(engine.get("/engine-rest/task/count", OWNER).get("count").asLong()).isZero();
    assertThat(
            engine.get("/engine-rest/history/process-instance/count", OWNER).get("count").asLong())
        .isZero();
    assertThat(web.get("/api/quotes/" + quoteNumber, OWNER).statusCode()).isIn(403, 404);
    assertThat(web.get("/api/quotes", OWNER).body()).doesNotContain(quoteNumber);
  }

  @Test
  void aRestartLeavesTheOwnersNewerModelTheLatest() {
    JsonNode deployed = deployAsModelerDoes(OWNER, Map.of(AUTHORITY_DMN, LOWERED_THRESHOLD));
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();
    SpringProcessEngineConfiguration configuration =
        (SpringProcessEngineConfiguration) processEngine.getProcessEngineConfiguration();
    assertThat(Arrays.stream(configuration.getDeploymentResources()).map(Resource::getFilename))
        .as("the application's own models, deployed at every start")
        .contains(AUTHORITY_DMN, "quote-approval.bpmn");

    // what the starter does at every start: deploy the jar's models, unless unchanged
    ReflectionTestUtils.invokeMethod(configuration, "autoDeployResources", processEngine);

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
    assertThat(latestDecision().getDeploymentId()).isEqualTo(deployed.get("id").asText());
    assertThat(nextStepAfterTheSalesManagerSigns())
        .isEqualTo(QuoteApprovalProcess.Elements.SIGN_QUOTE);
  }

  @Test
  void aReleaseThatChangedOtherModelsLeavesTheOwnersNewerTableTheLatest() throws IOException {
    JsonNode deployed = deployAsModelerDoes(OWNER, Map.of(AUTHORITY_DMN, LOWERED_THRESHOLD));
    SpringProcessEngineConfiguration configuration =
        (SpringProcessEngineConfiguration) processEngine.getProcessEngineConfiguration();
    Resource[] jar = configuration.getDeploymentResources();
    String jarDeployment = applicationDeployment(configuration).getId();
    // the next release changed shortage-allocation.bpmn, and nothing else
    Resource[] release =
        Arrays.stream(jar)
            .map(
                resource ->
                    "shortage-allocation.bpmn".equals(resource.getFilename())
                        ? changed(resource)
                        : resource)
            .toArray(Resource[]::new);

    configuration.setDeploymentResources(release);
    try {
      ReflectionTestUtils.invokeMethod(configuration, "autoDeployResources", processEngine);
    } finally {
      configuration.setDeploymentResources(jar);
    }

    String releaseDeployment = applicationDeployment(configuration).getId();
    assertThat(releaseDeployment).as("the release is deployed").isNotEqualTo(jarDeployment);
    deployments.add(releaseDeployment);
    List<String> released = repositoryService.getDeploymentResourceNames(releaseDeployment);
    assertThat(repositoryService.getDeploymentResourceNames(jarDeployment))
        .as("all of the application's models but the table a process owner changed since")
        .filteredOn(name -> !name.endsWith(AUTHORITY_DMN))
        .containsExactlyInAnyOrderElementsOf(released);
    assertThat(released).noneMatch(name -> name.endsWith(AUTHORITY_DMN));
    assertThat(latestDecision().getDeploymentId()).isEqualTo(deployed.get("id").asText());
    assertThat(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("shortageAllocation")
                .latestVersion()
                .singleResult()
                .getDeploymentId())
        .isEqualTo(releaseDeployment);
  }

  @Test
  void anAdminMigratesARunningQuoteToTheOwnersNewVersion() {
    JsonNode quote = registerQuote();
    String instanceId = quote.get("processInstanceId").asText();
    engine.runDueJobs(instanceId);
    Task draft = onlyTask(instanceId, QuoteApprovalProcess.Elements.DRAFT_QUOTE);
    String oldDefinition = definitionOf(instanceId);
    // the process renamed in Modeler, deployed with the forms its tasks use
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "quote-approval.bpmn",
        read(Path.of("processes", "quote-approval.bpmn"))
            .replace("name=\"编制报价\"", "name=\"编制报价单\""));
    for (String form :
        List.of("register-inquiry", "draft-quote", "sign-quote", "customer-response")) {
      files.put(form + ".form", read(Path.of("forms", form + ".form")));
    }
    JsonNode deployed = deployAsModelerDoes(OWNER, files);
    String newDefinition =
        deployed.path("deployedProcessDefinitions").elements().next().get("id").asText();
    assertThat(definitionOf(instanceId))
        .as("a running instance stays on its version")
        .isEqualTo(oldDefinition);

    String generate =
        """
        {"sourceProcessDefinitionId": "%s", "targetProcessDefinitionId": "%s",
         "updateEventTriggers": true}"""
            .formatted(oldDefinition, newDefinition);
    assertThat(web.postJson("/engine-rest/migration/generate", OWNER, generate).statusCode())
        .as("migrating customers' work is an admin's operation")
        .isEqualTo(403);
    HttpResponse<String> plan = web.postJson("/engine-rest/migration/generate", "admin", generate);
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
    HttpResponse<String> migrated =
        web.postJson(
            "/engine-rest/migration/execute",
            "admin",
            """
            {"migrationPlan": %s, "processInstanceIds": ["%s"]}"""
                .formatted(plan.body(), instanceId));

    assertThat(migrated.statusCode()).as(migrated.body()).isEqualTo(204);
    assertThat(definitionOf(instanceId)).isEqualTo(newDefinition);
    Task migratedDraft = onlyTask(instanceId, QuoteApprovalProcess.Elements.DRAFT_QUOTE);
    assertThat(migratedDraft.getId()).isEqualTo(draft.getId());
    assertThat(migratedDraft.getProcessDefinitionId()).isEqualTo(newDefinition);
    // the draft is worked with the form of the new deployment
    draftAtListPrice(draft);
    assertThat(
            onlyTask(instanceId, QuoteApprovalProcess.Elements.SIGN_QUOTE).getProcessDefinitionId())
        .isEqualTo(newDefinition);
  }

  /**
   * A new quote of 100 reels at the list price (1,800 CNY, no discount, not below the floor), its
   * draft completed and signed by the sales manager: the element it waits at then.
   */
  private String nextStepAfterTheSalesManagerSigns() {
    JsonNode quote = registerQuote();
    String instanceId = quote.get("processInstanceId").asText();
    engine.runDueJobs(instanceId);
    draftAtListPrice(onlyTask(instanceId, QuoteApprovalProcess.Elements.DRAFT_QUOTE));
    Task managerSigning = onlyTask(instanceId, QuoteApprovalProcess.Elements.SIGN_QUOTE);
    assertThat(candidateGroups(managerSigning)).containsExactly("sales-manager");
    assertThat(
            engine
                .complete(
                    managerSigning.getId(),
                    DemoUser.SALES_MANAGER,
                    Map.of("signDecision", "approve", "signComment", "同意"))
                .statusCode())
        .isEqualTo(204);
    engine.runDueJobs(instanceId);
    Task next = task(instanceId);
    if (next.getTaskDefinitionKey().equals(QuoteApprovalProcess.Elements.SIGN_QUOTE)) {
      assertThat(candidateGroups(next)).containsExactly("general-manager");
    }
    return next.getTaskDefinitionKey();
  }

  /** The assistant prices the one line at its list price, 18.00 CNY, as the draft form sends it. */
  private void draftAtListPrice(Task draft) {
    assertThat(
            engine
                .complete(
                    draft.getId(),
                    DemoUser.ASSISTANT_LIU,
                    Map.of(QuoteApprovalProcess.Variables.UNIT_PRICE_PREFIX + 1, 18.00))
                .statusCode())
        .isEqualTo(204);
  }

  /** 100 reels of EC-R0603-103 for the demo customer C001, registered by its assistant. */
  private JsonNode registerQuote() {
    HttpResponse<String> response =
        web.postJson(
            "/api/quotes",
            DemoUser.ASSISTANT_LIU,
            """
            {"customerId": %d, "currency": "CNY", "validityDays": 30,
             "lines": [{"productCode": "EC-R0603-103", "quantity": 100}]}"""
                .formatted(customerId));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return engine.read(response.body());
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .toList();
  }

  private String definitionOf(String instanceId) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceId(instanceId)
        .singleResult()
        .getProcessDefinitionId();
  }

  /** The latest deployment of the application's own models (the starter's auto-deployment). */
  private Deployment applicationDeployment(SpringProcessEngineConfiguration configuration) {
    return repositoryService
        .createDeploymentQuery()
        .deploymentName(configuration.getDeploymentName())
        .orderByDeploymentTime()
        .desc()
        .listPage(0, 1)
        .get(0);
  }

  /** The same file, as the starter names it, with a change a release made. */
  private static Resource changed(Resource resource) {
    try {
      byte[] content =
          (new String(resource.getContentAsByteArray(), StandardCharsets.UTF_8)
                  + "<!-- changed by the next release -->\n")
              .getBytes(StandardCharsets.UTF_8);
      return new FileSystemResource(resource.getFile()) {
        @Override
        public InputStream getInputStream() {
          return new ByteArrayInputStream(content);
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private DecisionDefinition latestDecision() {
    return repositoryService
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION)
        .latestVersion()
        .singleResult();
  }

  /** Deploys as Modeler does and expects it accepted; the deployment is undone after the test. */
  private JsonNode deployAsModelerDoes(String user, Map<String, String> files) {
    HttpResponse<String> response = modelerDeployment(user, files);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode deployment = engine.read(response.body());
    deployments.add(deployment.get("id").asText());
    return deployment;
  }

  /**
   * What Camunda Modeler 5 sends for "Deploy to Camunda 7" (its CamundaAPI.deployDiagram): the
   * deployment's name and source, duplicate filtering, then the diagram and any attached files,
   * each a part named by its file name.
   */
  private HttpResponse<String> modelerDeployment(String user, Map<String, String> files) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", "报价签核权限调整");
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("enable-duplicate-filtering", "true");
    Map<String, byte[]> parts = new LinkedHashMap<>();
    files.forEach((name, content) -> parts.put(name, content.getBytes(StandardCharsets.UTF_8)));
    return web.postMultipart("/engine-rest/deployment/create", user, fields, parts);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
