package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.Interview;
import gov.approval.evaluation.entity.InterviewStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** An interview (约谈) record as its page shows it; {@code repeated} flags repeated months. */
public record InterviewRow(
    long id,
    long version,
    YearMonth month,
    String departmentName,
    BigDecimal total,
    int position,
    int repeatedMonths,
    LocalDate interviewOn,
    String attendees,
    String problems,
    String corrections,
    LocalDate correctionDueOn,
    String followUp,
    InterviewStatus status) {

  public boolean repeated() {
    return repeatedMonths > 1;
  }

  static InterviewRow of(Interview i) {
    return new InterviewRow(
        i.getId(),
        i.getVersion(),
        i.getMonth(),
        i.getDepartment().getName(),
        i.getTotal(),
        i.getPosition(),
        i.getRepeatedMonths(),
        i.getInterviewOn(),
        i.getAttendees(),
        i.getProblems(),
        i.getCorrections(),
        i.getCorrectionDueOn(),
        i.getFollowUp(),
        i.getStatus());
  }
}
