package gov.approval.evaluation.boundary;

import gov.approval.evaluation.entity.SubjectKind;
import java.math.BigDecimal;
import java.time.YearMonth;

/** One line of a ranking: a department's or staff member's total for a month. */
public record ScoreRow(
    long id,
    YearMonth month,
    SubjectKind kind,
    long departmentId,
    String departmentName,
    Long staffId,
    String staffName,
    int caseCount,
    BigDecimal total) {}
