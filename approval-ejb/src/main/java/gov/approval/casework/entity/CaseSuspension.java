package gov.approval.casework.entity;

import gov.approval.calendar.entity.Suspension;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A special procedure (特别程序) of a case: kind, reason, first day, last day (empty while it runs) and
 * its result. Its days do not count toward the limit.
 */
@Embeddable
public class CaseSuspension {

  @Enumerated(EnumType.STRING)
  @Column(name = "procedure_kind", nullable = false, length = 16)
  private SpecialProcedure kind;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(length = 500)
  private String result;

  protected CaseSuspension() {}

  CaseSuspension(SpecialProcedure kind, String reason, LocalDate startedOn) {
    this.kind = kind;
    this.reason = reason;
    this.startedOn = startedOn;
  }

  void end(LocalDate lastDay, String resultText) {
    this.endedOn = lastDay;
    this.result = resultText;
  }

  public boolean isOngoing() {
    return endedOn == null;
  }

  /**
   * The calendar's view: days from the start to the last day (while it runs: up to {@code today}),
   * or empty when it ended before its first day counted.
   */
  java.util.Optional<Suspension> asSuspension(LocalDate today, String label) {
    LocalDate last = endedOn != null ? endedOn : today;
    if (last.isBefore(startedOn)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Suspension(startedOn, last, label, endedOn == null));
  }

  public SpecialProcedure getKind() {
    return kind;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public String getResult() {
    return result;
  }
}
