package com.gendan.identity;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Brings the identity to what Gendan needs at every start, idempotently: a group per role, the
 * roles' standing grants, the demo users when enabled, and everyone's Tasklist filters.
 */
@Component
class IdentityBootstrap implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final IdentityService identityService;
  private final RoleAuthorizations roleAuthorizations;
  private final TasklistFilters tasklistFilters;
  private final AccessProperties access;
  private final DemoDataProperties demoData;

  IdentityBootstrap(
      IdentityService identityService,
      RoleAuthorizations roleAuthorizations,
      TasklistFilters tasklistFilters,
      AccessProperties access,
      DemoDataProperties demoData) {
    this.identityService = identityService;
    this.roleAuthorizations = roleAuthorizations;
    this.tasklistFilters = tasklistFilters;
    this.access = access;
    this.demoData = demoData;
  }

  @Override
  public void run(ApplicationArguments args) {
    checkProcessStarters(access.processStarters());
    for (Role role : Role.values()) {
      ensureGroup(role);
    }
    roleAuthorizations.grantAll(access.processStarters());
    if (demoData.enabled()) {
      DemoUser.ALL.forEach(this::ensureDemoUser);
      // each assistant reports to her own sales manager (第一章); a manager set since is kept
      for (String assistant : List.of(DemoUser.ASSISTANT_LIU, DemoUser.ASSISTANT_CHEN)) {
        if (identityService.getUserInfo(assistant, PeopleDirectory.SALES_MANAGER_INFO) == null) {
          identityService.setUserInfo(
              assistant, PeopleDirectory.SALES_MANAGER_INFO, DemoUser.SALES_MANAGER);
        }
      }
      LOG.info("demo users ready: {}", DemoUser.ALL.stream().map(DemoUser::id).toList());
    }
    tasklistFilters.refreshAll();
  }

  private static void checkProcessStarters(Map<String, List<String>> processStarters) {
    processStarters.forEach(
        (processKey, groupIds) ->
            groupIds.forEach(
                groupId -> {
                  if (Role.ofGroupId(groupId).isEmpty()) {
                    throw new IllegalStateException(
                        "gendan.access.process-starters."
                            + processKey
                            + " names "
                            + groupId
                            + ", which is not a role");
                  }
                }));
  }

  private void ensureGroup(Role role) {
    Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
    if (group == null) {
      group = identityService.newGroup(role.groupId());
    } else if (role.chineseName().equals(group.getName())) {
      return;
    }
    group.setName(role.chineseName());
    group.setType(Role.GROUP_TYPE);
    identityService.saveGroup(group);
  }

  private void ensureDemoUser(DemoUser demoUser) {
    if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
      User user = identityService.newUser(demoUser.id());
      // The webapps print "first last": family name first reads right in Chinese.
      user.setFirstName(demoUser.familyName());
      user.setLastName(demoUser.givenName());
      user.setEmail(demoUser.email());
      user.setPassword(demoData.password());
      identityService.saveUser(user);
    }
    String groupId = demoUser.role().groupId();
    if (identityService.createUserQuery().userId(demoUser.id()).memberOfGroup(groupId).count()
        == 0) {
      identityService.createMembership(demoUser.id(), groupId);
    }
  }
}
