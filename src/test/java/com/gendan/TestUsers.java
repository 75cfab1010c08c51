package com.gendan;

import com.gendan.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Users that a single test owns, e.g. one whose password is typed wrong on purpose: Camunda then
 * locks it for a few seconds, which must not hit the demo users other tests log in with.
 */
public final class TestUsers {

  private TestUsers() {}

  public static String ensure(IdentityService identityService, String userId, Role role) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("测试");
      user.setLastName(role.chineseName());
      user.setPassword(WebClient.DEMO_PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(userId, role.groupId());
    }
    return userId;
  }
}
