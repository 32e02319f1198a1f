package gov.approval.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lockout after repeated wrong passwords, as a user trying to log in experiences it. */
class UserAccountTest {

  private static final int MAX_FAILURES = 5;
  private static final Duration LOCK = Duration.ofMinutes(15);
  private static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");

  private UserAccount account;

  @BeforeEach
  void newAccount() {
    account =
        new UserAccount("13912345678", "hash", AccountKind.CITIZEN, "张三", null, "13912345678", T0);
  }

  /** Records {@code count} wrong passwords one second apart from {@code start}; the last result. */
  private boolean failTimes(int count, Instant start) {
    boolean locked = false;
    for (int i = 0; i < count; i++) {
      locked = account.recordFailedLogin(start.plusSeconds(i), MAX_FAILURES, LOCK);
    }
    return locked;
  }

  @Test
  void newAccountMayAttempt() {
    assertThat(account.canAttemptLogin(T0)).isTrue();
    assertThat(account.isLocked(T0)).isFalse();
  }

  @Test
  void fourWrongPasswordsDoNotLock() {
    assertThat(failTimes(4, T0)).isFalse();

    Instant next = T0.plusSeconds(4);
    assertThat(account.isLocked(next)).isFalse();
    assertThat(account.canAttemptLogin(next)).isTrue();
    assertThat(account.getFailedLogins()).isEqualTo(4);
  }

  @Test
  void fifthWrongPasswordInARowLocksForTheGivenDuration() {
    failTimes(4, T0);
    Instant fifth = T0.plusSeconds(10);

    assertThat(account.recordFailedLogin(fifth, MAX_FAILURES, LOCK)).isTrue();

    assertThat(account.getLockedUntil()).isEqualTo(fifth.plus(LOCK));
    assertThat(account.isLocked(fifth)).isTrue();
  }

  @Test
  void lockedAccountCannotAttemptUntilTheLockEnds() {
    failTimes(5, T0);
    Instant lockedAt = T0.plusSeconds(4);
    Instant end = lockedAt.plus(LOCK);

    assertThat(account.canAttemptLogin(lockedAt.plusSeconds(1))).isFalse();
    assertThat(account.canAttemptLogin(end.minusMillis(1))).isFalse();
    assertThat(account.canAttemptLogin(end)).isTrue();
    assertThat(account.isLocked(end)).isFalse();
  }

  @Test
  void afterTheLockEndsTheCountStartsAgain() {
    failTimes(5, T0);
    Instant afterLock = T0.plusSeconds(4).plus(LOCK).plusSeconds(1);

    assertThat(failTimes(4, afterLock)).as("four fresh failures").isFalse();
    assertThat(account.canAttemptLogin(afterLock.plusSeconds(4))).isTrue();
    assertThat(account.recordFailedLogin(afterLock.plusSeconds(5), MAX_FAILURES, LOCK))
        .as("the fifth fresh failure")
        .isTrue();
    assertThat(account.isLocked(afterLock.plusSeconds(6))).isTrue();
  }

  @Test
  void successfulLoginResetsTheFailures() {
    failTimes(4, T0);
    Instant success = T0.plusSeconds(10);

    account.recordSuccessfulLogin(success);

    assertThat(account.getFailedLogins()).isZero();
    assertThat(account.getLastLoginAt()).isEqualTo(success);
    assertThat(failTimes(4, success.plusSeconds(1))).as("four failures after a success").isFalse();
    assertThat(account.canAttemptLogin(success.plusSeconds(5))).isTrue();
  }

  @Test
  void unlockByAdministratorLetsTheUserTryAtOnce() {
    failTimes(5, T0);

    account.unlock();

    assertThat(account.canAttemptLogin(T0.plusSeconds(5))).isTrue();
    assertThat(account.getFailedLogins()).isZero();
  }

  @Test
  void deactivatedAccountCannotAttempt() {
    account.deactivate();

    assertThat(account.canAttemptLogin(T0)).isFalse();
    assertThat(account.isLocked(T0)).as("inactive, not locked").isFalse();

    account.activate();
    assertThat(account.canAttemptLogin(T0)).isTrue();
  }
}
