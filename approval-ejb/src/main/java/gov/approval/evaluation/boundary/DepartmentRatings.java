package gov.approval.evaluation.boundary;

import java.math.BigDecimal;

/**
 * A department's public rating summary: counted ratings, the share of satisfied ones (基本满意 and
 * better, in percent), and the bad reviews (差评) with how many were rectified.
 */
public record DepartmentRatings(
    String departmentName,
    long ratings,
    BigDecimal satisfiedPercent,
    long badReviews,
    long rectified) {}
