package com.gendan.customer;

import com.gendan.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Whether a Camunda user belongs to the group of a role. */
@Component
class TeamMembership {

  private final IdentityService identityService;

  TeamMembership(IdentityService identityService) {
    this.identityService = identityService;
  }

  boolean isMember(String userId, Role role) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count()
        > 0;
  }
}
