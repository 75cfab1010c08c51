package com.gendan.scope;

import com.gendan.customer.CustomerTeams;
import com.gendan.process.BuiltInListeners;
import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Attaches the customer scope to every deployed process, so that no model can forget it: each
 * instance gets its customer's tenant, a start listener checks the starter and names the team, and
 * users who serve every customer are exempt from the tenant check.
 */
@Component
class CustomerScopePlugin extends AbstractProcessEnginePlugin {

  private final CustomerScopeStart scopeStart;
  private final CustomerTeams customerTeams;

  /** Lazy: these need the database and engine services, which exist only after this plugin. */
  CustomerScopePlugin(@Lazy CustomerScopeStart scopeStart, @Lazy CustomerTeams customerTeams) {
    this.scopeStart = scopeStart;
    this.customerTeams = customerTeams;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new CustomerTenantIdProvider(customerTeams));
    BuiltInListeners.onEveryProcessStart(configuration, scopeStart::onProcessStart);
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new TenantCheckExemption());
    if (configuration.getCustomPostCommandInterceptorsTxRequiresNew() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequiresNew().add(new TenantCheckExemption());
  }

  /** Before the job executor starts: a database from before the tenants is moved to them. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    TenantMigration.runOnce(configuration.getDataSource(), engine.getManagementService());
  }
}
