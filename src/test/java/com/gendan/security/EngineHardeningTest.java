package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.gendan.GendanSpringBootTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reads the running engine's configuration: the hardening from Camunda's security guide. */
@GendanSpringBootTest
class EngineHardeningTest {

  @Autowired ProcessEngine processEngine;

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  @Test
  void authorizationIsOnAndOnlyGrantsAreEvaluated() {
    assertThat(configuration().isAuthorizationEnabled()).isTrue();
    assertThat(configuration().getAuthorizationCheckRevokes())
        .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  @Test
  void variablesAndHistoryNeedTheirOwnPermissions() {
    assertThat(configuration().isEnforceSpecificVariablePermission()).isTrue();
    // history is read by the process definitions' grants, within the customer's tenant: no
    // grant per historic instance or task
    assertThat(configuration().isEnableHistoricInstancePermissions()).isFalse();
    assertThat(configuration().getDefaultUserPermissionForTask()).isEqualTo(Permissions.TASK_WORK);
  }

  @Test
  void storedAndAdhocQueriesEvaluateNoExpressions() {
    assertThat(configuration().isEnableExpressionsInStoredQueries()).isFalse();
    assertThat(configuration().isEnableExpressionsInAdhocQueries()).isFalse();
  }

  @Test
  void queriesAreLimitedLoginsAreLoggedPasswordsArePoliced() {
    assertThat(configuration().getQueryMaxResultsLimit()).isEqualTo(2000);
    assertThat(configuration().isWebappsAuthenticationLoggingEnabled()).isTrue();
    assertThat(configuration().isEnablePasswordPolicy()).isTrue();
    assertThat(configuration().getPasswordPolicy()).isNotNull();
    assertThat(configuration().isJavaSerializationFormatEnabled()).isFalse();
  }

  @Test
  void fullHistoryWithTimeToLiveAndANightlyCleanupWindow() {
    assertThat(configuration().getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    assertThat(configuration().isEnforceHistoryTimeToLive()).isTrue();
    assertThat(configuration().getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration().getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
  }

  @Test
  void groupIdsAreKebabCaseAndNothingElse() {
    assertThat(configuration().getGroupResourceWhitelistPattern())
        .isEqualTo(EngineHardeningPlugin.GROUP_ID_PATTERN);
    assertThat("sales-assistant").matches(EngineHardeningPlugin.GROUP_ID_PATTERN);
    assertThat("camunda-admin").matches(EngineHardeningPlugin.GROUP_ID_PATTERN);
    assertThat("x' or '1'='1").doesNotMatch(EngineHardeningPlugin.GROUP_ID_PATTERN);
  }

  @Test
  void cmmnAndStandaloneTasksAreOff() {
    assertThat(configuration().isCmmnEnabled()).isFalse();
    assertThat(configuration().isStandaloneTasksEnabled()).isFalse();
  }
}
