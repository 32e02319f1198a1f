package gov.approval.evaluation.boundary;

import java.time.LocalDate;

/** A work rule with whether the caller signed it and how many of the hall's staff did. */
public record WorkRuleRow(
    long id, String title, String body, LocalDate issuedOn, boolean signedByMe, long signatures) {}
