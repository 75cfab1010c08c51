package com.gendan.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates HTTP Basic logins, to Gendan's API and to the engine REST API alike, against the
 * Camunda identity, so that one user and password serve Tasklist, the engine REST API and /api. The
 * principal is the {@link CurrentUser} with its groups and tenants; its groups are also its
 * authorities. Camunda counts failed attempts and delays or locks the user; a login verified a
 * moment ago is not hashed again ({@link VerifiedCredentials}).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final VerifiedCredentials credentials;

  CamundaIdentityAuthenticationProvider(VerifiedCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    if (userId == null || userId.isBlank()) {
      throw new BadCredentialsException("invalid user or password");
    }
    CurrentUser user =
        credentials
            .verify(userId, password == null ? "" : password.toString())
            .orElseThrow(() -> new BadCredentialsException("invalid user or password"));
    List<SimpleGrantedAuthority> groups =
        user.groupIds().stream().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
