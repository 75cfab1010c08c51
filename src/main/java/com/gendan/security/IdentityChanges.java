package com.gendan.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells who listens ({@link VerifiedCredentials}) when this application changes who a user is to
 * the engine: a user saved (a new password) or deleted, a group or tenant deleted, a group or
 * tenant membership added or removed (a customer's new assistant, say). Told when the change has
 * been made and again when the transaction it ran in commits, so that nothing read in between
 * outlives it.
 */
@Component
class IdentityChanges extends AbstractProcessEnginePlugin {

  private static final Set<Class<?>> CHANGES =
      Set.of(
          SaveUserCmd.class,
          DeleteUserCmd.class,
          DeleteGroupCmd.class,
          DeleteTenantCmd.class,
          CreateMembershipCmd.class,
          DeleteMembershipCmd.class,
          CreateTenantUserMembershipCmd.class,
          DeleteTenantUserMembershipCmd.class,
          CreateTenantGroupMembershipCmd.class,
          DeleteTenantGroupMembershipCmd.class);

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  void onChange(Runnable listener) {
    listeners.add(listener);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration
        .getCustomPreCommandInterceptorsTxRequired()
        .add(
            new CommandInterceptor() {
              @Override
              public <T> T execute(Command<T> command) {
                T result = next.execute(command);
                if (CHANGES.contains(command.getClass())) {
                  changed();
                }
                return result;
              }
            });
  }

  private void changed() {
    listeners.forEach(Runnable::run);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              listeners.forEach(Runnable::run);
            }
          });
    }
  }
}
