package gov.approval.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressLimiterTest {

  private Instant now = Instant.parse("2026-03-02T08:00:00Z");

  private final ProgressLimiter limiter =
      new ProgressLimiter(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void aClientIsBlockedAfterTheTenthFailureWithinTenMinutes() {
    for (int i = 0; i < ProgressLimiter.MAX_FAILURES - 1; i++) {
      limiter.failed("10.0.0.1");
      now = now.plusSeconds(30);
    }
    assertThat(limiter.blocked("10.0.0.1")).isFalse();

    limiter.failed("10.0.0.1");

    assertThat(limiter.blocked("10.0.0.1")).isTrue();
    assertThat(limiter.blocked("10.0.0.2")).isFalse();
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    for (int i = 0; i < ProgressLimiter.MAX_FAILURES; i++) {
      limiter.failed("10.0.0.1");
    }
    assertThat(limiter.blocked("10.0.0.1")).isTrue();

    now = now.plus(ProgressLimiter.WINDOW).minusSeconds(1);
    assertThat(limiter.blocked("10.0.0.1")).isTrue();

    now = now.plus(Duration.ofSeconds(1));
    assertThat(limiter.blocked("10.0.0.1")).isFalse();
  }

  @Test
  void clientsWithoutRecentFailuresAreForgottenWhenManyAreTracked() {
    for (int i = 0; i <= ProgressLimiter.TIDY_ABOVE; i++) {
      limiter.failed("old-" + i);
    }
    now = now.plus(ProgressLimiter.WINDOW).plusSeconds(1);

    limiter.failed("new");

    assertThat(limiter.trackedClients()).isEqualTo(1);
  }
}
