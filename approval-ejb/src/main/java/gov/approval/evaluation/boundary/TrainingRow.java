package gov.approval.evaluation.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One training record on a staff member's profile. */
public record TrainingRow(
    long id, String course, LocalDate heldOn, BigDecimal hours, String result) {}
