package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gendan.GendanSpringBootTest;
import com.gendan.TestUsers;
import com.gendan.WebClient;
import com.gendan.identity.Role;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Gendan's API and the engine REST API check a login once per request, against the Camunda
 * identity, and a login verified a moment ago not at all: counted where the engine compares a
 * password with its hash. A wrong password is refused all the same, and Camunda's lockout holds.
 * The engine is handed the user with its tenants, as Camunda's own REST filter would; a change
 * Gendan makes to the identity reaches the next request.
 */
@GendanSpringBootTest
class HttpLoginTest {

  private static final String TASKS = "/engine-rest/task?firstResult=0&maxResults=10";
  private static final String PRODUCTS = "/api/products";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ObjectMapper json;

  WebClient web;

  /** Passwords the engine compared with their hash since the test began. */
  final AtomicInteger passwordChecks = new AtomicInteger();

  PasswordManager enginePasswords;

  @BeforeEach
  void countPasswordChecks() {
    identityService.clearAuthentication();
    web = new WebClient(port);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    enginePasswords = configuration.getPasswordManager();
    configuration.setPasswordManager(
        new PasswordManager(new Sha512HashDigest(), List.of()) {
          @Override
          public boolean check(String password, String encrypted) {
            passwordChecks.incrementAndGet();
            return enginePasswords.check(password, encrypted);
          }

          @Override
          public String encrypt(String password) {
            return enginePasswords.encrypt(password);
          }
        });
  }

  @AfterEach
  void restore() {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .setPasswordManager(enginePasswords);
    ClockUtil.reset();
  }

  @Test
  void aLoginIsCheckedOnceAndThenRememberedOnBothDoors() {
    String user = TestUsers.ensure(identityService, "logintwodoors", Role.SALES_ASSISTANT);

    assertThat(web.get(TASKS, user).statusCode()).isEqualTo(200);
    assertThat(passwordChecks).as("the first request").hasValue(1);
    for (int call = 0; call < 5; call++) {
      assertThat(web.get(TASKS, user).statusCode()).isEqualTo(200);
      assertThat(web.get(PRODUCTS, user).statusCode()).isEqualTo(200);
    }
    assertThat(passwordChecks).as("11 requests to both doors").hasValue(1);
  }

  @Test
  void aWrongPasswordIsRefusedWhileTheRightOneIsRememberedAndCamundasLockoutHolds() {
    String user = TestUsers.ensure(identityService, "loginlockout", Role.SALES_ASSISTANT);
    assertThat(web.get(TASKS, user).statusCode()).isEqualTo(200);
    assertThat(web.get(PRODUCTS, user).statusCode()).isEqualTo(200);
    // the engine's clock stands still: the delay Camunda puts on a wrong password does not end
    ClockUtil.setCurrentTime(new Date());
    String wrong = WebClient.basic(user, "Wrong#2026x");

    HttpResponse<String> engineRest = web.getWithHeader(TASKS, "Authorization", wrong);
    assertThat(engineRest.statusCode()).isEqualTo(401);
    assertThat(engineRest.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"default\"");
    assertThat(engineRest.body()).isEmpty();
    assertThat(passwordChecks).as("the first login, then the wrong one").hasValue(2);
    HttpResponse<String> api = web.getWithHeader(PRODUCTS, "Authorization", wrong);
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Gendan\"");
    assertThat(api.body()).contains("\"status\":401");

    assertThat(web.get(TASKS, user).statusCode())
        .as("locked after a wrong password")
        .isEqualTo(401);
    assertThat(web.get(PRODUCTS, user).statusCode()).isEqualTo(401);

    ClockUtil.reset();
    identityService.unlockUser(user);
    assertThat(web.get(TASKS, user).statusCode()).isEqualTo(200);
    assertThat(web.get(PRODUCTS, user).statusCode()).isEqualTo(200);
  }

  @Test
  void theEngineIsHandedTheUsersTenantsOwnAndThroughItsGroups() {
    String member = TestUsers.ensure(identityService, "tenantmember", Role.SALES_ASSISTANT);
    String outsider = TestUsers.ensure(identityService, "tenantoutsider", Role.SALES_ASSISTANT);
    identityService.saveGroup(identityService.newGroup("logintenantgroup"));
    identityService.createMembership(member, "logintenantgroup");
    identityService.saveTenant(identityService.newTenant("logintenanta"));
    identityService.saveTenant(identityService.newTenant("logintenantb"));
    identityService.createTenantUserMembership("logintenanta", member);
    identityService.createTenantGroupMembership("logintenantb", "logintenantgroup");
    List<Deployment> deployments = List.of(deploy("logintenanta"), deploy("logintenantb"));
    try {
      for (Deployment deployment : deployments) {
        grantRead(deployment, member);
        grantRead(deployment, outsider);
      }

      assertThat(tenantsOfDeploymentsSeenBy(member))
          .containsExactlyInAnyOrder("logintenanta", "logintenantb");
      assertThat(tenantsOfDeploymentsSeenBy(outsider)).as("granted, but of no tenant").isEmpty();
    } finally {
      deployments.forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
      deleteReadGrantsOf(member);
      deleteReadGrantsOf(outsider);
      identityService.deleteTenant("logintenanta");
      identityService.deleteTenant("logintenantb");
      identityService.deleteGroup("logintenantgroup");
    }
  }

  @Test
  void aChangeGendanMakesToTheIdentityEndsRememberedLoginsAtOnce() {
    String user = TestUsers.ensure(identityService, "loginidentitychange", Role.SALES_ASSISTANT);
    identityService.saveTenant(identityService.newTenant("logintenantc"));
    Deployment deployment = deploy("logintenantc");
    try {
      grantRead(deployment, user);
      assertThat(tenantsOfDeploymentsSeenBy(user)).as("before she joins the tenant").isEmpty();

      identityService.createTenantUserMembership("logintenantc", user);

      assertThat(tenantsOfDeploymentsSeenBy(user)).containsExactly("logintenantc");
      assertThat(passwordChecks).as("verified again after the change").hasValue(2);

      User changed = identityService.createUserQuery().userId(user).singleResult();
      changed.setPassword("Changed#2026x");
      identityService.saveUser(changed);

      assertThat(web.get(TASKS, user).statusCode()).as("the old password").isEqualTo(401);
      // the wrong password delayed her, as Camunda does
      identityService.unlockUser(user);
      assertThat(
              web.getWithHeader(TASKS, "Authorization", WebClient.basic(user, "Changed#2026x"))
                  .statusCode())
          .isEqualTo(200);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
      deleteReadGrantsOf(user);
      identityService.deleteTenant("logintenantc");
    }
  }

  @Test
  void onlyThisEngineIsServedAndTheListOfEnginesStaysOpen() {
    assertThat(web.get("/engine-rest/engine").statusCode()).isEqualTo(200);
    assertThat(web.get("/engine-rest/engine/default/task/count", "liuyang").statusCode())
        .isEqualTo(200);

    HttpResponse<String> other = web.get("/engine-rest/engine/other/task/count", "liuyang");

    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).contains("Process engine other not available");
    assertThat(web.get("/engine-rest/engine/other/task/count").statusCode())
        .as("anonymous")
        .isEqualTo(401);
  }

  private void grantRead(Deployment deployment, String user) {
    Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setResource(Resources.DEPLOYMENT);
    read.setResourceId(deployment.getId());
    read.setUserId(user);
    read.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(read);
  }

  private void deleteReadGrantsOf(String user) {
    authorizationService
        .createAuthorizationQuery()
        .resourceType(Resources.DEPLOYMENT)
        .userIdIn(user)
        .list()
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }

  private Deployment deploy(String tenantId) {
    return repositoryService
        .createDeployment()
        .name("login-probe-" + tenantId)
        .tenantId(tenantId)
        .addString("probe.txt", tenantId)
        .deploy();
  }

  private List<String> tenantsOfDeploymentsSeenBy(String user) {
    HttpResponse<String> response =
        web.get(
            "/engine-rest/deployment?nameLike=login-probe-%25&firstResult=0&maxResults=10", user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      JsonNode deployments = json.readTree(response.body());
      return deployments.findValuesAsText("tenantId");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
