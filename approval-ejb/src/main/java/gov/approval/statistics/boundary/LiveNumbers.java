package gov.approval.statistics.boundary;

import java.time.LocalDate;

/**
 * Today's figures counted live from the case table, because the nightly statistics only reach the
 * last run's day: cases received, accepted and completed on {@code day}.
 */
public record LiveNumbers(LocalDate day, long received, long accepted, long completed) {}
