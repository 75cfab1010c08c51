package com.gendan.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a user id and password against the Camunda identity, and remembers a successful check for
 * {@code gendan.security.credential-cache-ttl} together with the user's groups and tenants, so that
 * a client calling again within that time costs no password hash and no identity queries.
 *
 * <ul>
 *   <li>Only a success is remembered, and only for the password that succeeded: what is kept is a
 *       keyed hash (HMAC-SHA256 with a random key that lives in this object only) of the user id
 *       and password, never the password. Any other password is checked by the identity, as every
 *       failure is.
 *   <li>A failed check forgets the user's remembered login, so that Camunda's lockout after a wrong
 *       password (a delay that grows with each attempt) holds for the right password too, as it
 *       does without this cache.
 *   <li>A change this application makes to the identity (a new password, a user, group or tenant
 *       deleted, group or tenant members changed, as for a customer's new team) forgets every
 *       remembered login at once ({@link IdentityChanges}). What changes otherwise (a lock from
 *       failed Tasklist logins, a change another node or the database makes) takes effect within
 *       the time to live.
 * </ul>
 *
 * A time to live of zero remembers nothing.
 */
@Component
class VerifiedCredentials {

  /** The identity's verdict on a user id and password: the user, or empty if refused. */
  @FunctionalInterface
  interface Identity {
    Optional<CurrentUser> verify(String userId, String password);
  }

  private static final String MAC = "HmacSHA256";

  private final Identity identity;

  /** Null when nothing is remembered. */
  private final Cache<String, Verified> verified;

  private final SecretKeySpec key;

  @Autowired
  VerifiedCredentials(
      ProcessEngine engine, CredentialCacheProperties properties, IdentityChanges identityChanges) {
    this(
        camundaIdentity(engine),
        properties.credentialCacheTtl(),
        properties.credentialCacheSize(),
        Ticker.systemTicker());
    identityChanges.onChange(this::forgetAll);
  }

  VerifiedCredentials(Identity identity, Duration ttl, int maximumSize, Ticker ticker) {
    this.identity = identity;
    this.verified =
        ttl.isZero() || ttl.isNegative()
            ? null
            : Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .ticker(ticker)
                .build();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, MAC);
  }

  /** The user, if the password is right (now, or when it was last checked within the TTL). */
  Optional<CurrentUser> verify(String userId, String password) {
    if (verified == null) {
      return identity.verify(userId, password);
    }
    byte[] digest = digest(userId, password);
    Verified known = verified.getIfPresent(userId);
    if (known != null && MessageDigest.isEqual(known.digest(), digest)) {
      return Optional.of(known.user());
    }
    Optional<CurrentUser> user = identity.verify(userId, password);
    if (user.isPresent()) {
      verified.put(userId, new Verified(digest, user.get()));
    } else {
      verified.invalidate(userId);
    }
    return user;
  }

  /** Forgets every remembered login: the identity has changed. */
  void forgetAll() {
    if (verified != null) {
      verified.invalidateAll();
    }
  }

  private byte[] digest(String userId, String password) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(key);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has " + MAC, e);
    }
  }

  /**
   * Camunda's password check (which counts failed attempts and locks the user), then the user's
   * groups and tenants exactly as Camunda's REST authentication filter finds them, in one engine
   * command: one transaction, not three.
   */
  static Identity camundaIdentity(ProcessEngine engine) {
    IdentityService identityService = engine.getIdentityService();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return (userId, password) ->
        configuration
            .getCommandExecutorTxRequired()
            .execute(
                (Command<Optional<CurrentUser>>)
                    context -> {
                      if (!identityService.checkPassword(userId, password)) {
                        return Optional.empty();
                      }
                      return Optional.of(withGroupsAndTenants(identityService, userId));
                    });
  }

  /**
   * The user with its groups and its tenants (its own and its groups'), as Camunda's REST
   * authentication filter finds them.
   */
  static CurrentUser withGroupsAndTenants(IdentityService identityService, String userId) {
    return new CurrentUser(
        userId,
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList(),
        identityService
            .createTenantQuery()
            .userMember(userId)
            .includingGroupsOfUser(true)
            .list()
            .stream()
            .map(Tenant::getId)
            .toList());
  }

  /** A login that succeeded: the keyed hash of its user id and password, and the user. */
  private record Verified(byte[] digest, CurrentUser user) {}
}
