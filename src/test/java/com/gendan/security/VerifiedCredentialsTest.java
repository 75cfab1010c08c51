package com.gendan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A login is checked by the identity once, then taken from memory for the time to live: never for
 * another password, never after a failure, never after the time to live.
 */
class VerifiedCredentialsTest {

  private static final String USER = "liuyang";
  private static final String PASSWORD = "Gendan#2026";
  private static final Duration TTL = Duration.ofSeconds(60);

  /** The identity: one right password per user; records every check it is asked for. */
  private final Map<String, String> passwords = new java.util.HashMap<>(Map.of(USER, PASSWORD));

  private final List<String> checks = new ArrayList<>();
  private final VerifiedCredentials.Identity identity =
      (userId, password) -> {
        checks.add(userId + ":" + password);
        return password.equals(passwords.get(userId))
            ? Optional.of(new CurrentUser(userId, List.of("sales-assistant"), List.of("tenant-a")))
            : Optional.empty();
      };
  private final AtomicLong nanos = new AtomicLong();
  private final VerifiedCredentials credentials =
      new VerifiedCredentials(identity, TTL, 100, nanos::get);

  @Test
  void aLoginIsCheckedOnceWithinTheTimeToLiveWithItsGroupsAndTenants() {
    for (int call = 0; call < 20; call++) {
      assertThat(credentials.verify(USER, PASSWORD))
          .hasValueSatisfying(
              user -> {
                assertThat(user.userId()).isEqualTo(USER);
                assertThat(user.groupIds()).containsExactly("sales-assistant");
                assertThat(user.tenantIds()).containsExactly("tenant-a");
              });
    }
    assertThat(checks).hasSize(1);
  }

  @Test
  void anotherPasswordIsCheckedAndRefusedWhileTheRightOneIsRemembered() {
    credentials.verify(USER, PASSWORD);

    assertThat(credentials.verify(USER, "wrong")).isEmpty();
    assertThat(credentials.verify(USER, PASSWORD + " ")).isEmpty();
    assertThat(credentials.verify(USER, "")).isEmpty();

    assertThat(checks)
        .containsExactly(
            USER + ":" + PASSWORD, USER + ":wrong", USER + ":" + PASSWORD + " ", USER + ":");
  }

  @Test
  void failuresAreNeverRemembered() {
    credentials.verify(USER, "wrong");
    credentials.verify(USER, "wrong");
    credentials.verify("nobody", PASSWORD);
    credentials.verify("nobody", PASSWORD);

    assertThat(checks).hasSize(4);
  }

  @Test
  void aFailureForgetsTheUsersLoginSoThatTheIdentitysLockoutHolds() {
    credentials.verify(USER, PASSWORD);
    credentials.verify(USER, "wrong");
    // Camunda would now refuse even the right password while it delays the user
    passwords.remove(USER);

    assertThat(credentials.verify(USER, PASSWORD)).isEmpty();
    assertThat(checks).hasSize(3);
  }

  @Test
  void afterTheTimeToLiveTheIdentityIsAskedAgainAndDecides() {
    credentials.verify(USER, PASSWORD);
    nanos.addAndGet(TTL.toNanos() - 1);
    credentials.verify(USER, PASSWORD);
    assertThat(checks).hasSize(1);

    nanos.addAndGet(1);
    passwords.put(USER, "Changed#2026");
    assertThat(credentials.verify(USER, PASSWORD)).as("the old password, after the TTL").isEmpty();
    assertThat(credentials.verify(USER, "Changed#2026")).isPresent();
    assertThat(checks).hasSize(3);
  }

  @Test
  void usersAreRememberedEachForTheirOwnPassword() {
    passwords.put("chenjing", "Other#2026");
    credentials.verify(USER, PASSWORD);
    credentials.verify("chenjing", "Other#2026");

    assertThat(credentials.verify(USER, PASSWORD))
        .hasValueSatisfying(user -> assertThat(user.userId()).isEqualTo(USER));
    assertThat(credentials.verify("chenjing", "Other#2026"))
        .hasValueSatisfying(user -> assertThat(user.userId()).isEqualTo("chenjing"));
    assertThat(checks).hasSize(2);
    assertThat(credentials.verify("chenjing", PASSWORD)).isEmpty();
    assertThat(credentials.verify(USER, "Other#2026")).isEmpty();
    assertThat(checks).hasSize(4);
  }

  @Test
  void aTimeToLiveOfZeroChecksEveryCall() {
    VerifiedCredentials uncached =
        new VerifiedCredentials(identity, Duration.ZERO, 100, nanos::get);

    uncached.verify(USER, PASSWORD);
    uncached.verify(USER, PASSWORD);

    assertThat(checks).hasSize(2);
  }
}
