package com.gendan.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the authenticated user of the current request, as {@link
 * CamundaIdentityAuthenticationProvider} verified it: its Camunda groups and tenants.
 */
@Component
public class CurrentUsers {

  public CurrentUser current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new AuthenticationCredentialsNotFoundException("no authenticated user");
    }
    if (authentication.getPrincipal() instanceof CurrentUser user) {
      return user;
    }
    List<String> groups =
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    return new CurrentUser(authentication.getName(), groups);
  }

  /** The Camunda user the request logged in as; empty for an anonymous request. */
  Optional<CurrentUser> verified() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
            && authentication.isAuthenticated()
            && authentication.getPrincipal() instanceof CurrentUser user
        ? Optional.of(user)
        : Optional.empty();
  }
}
