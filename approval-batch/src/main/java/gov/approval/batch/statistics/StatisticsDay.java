package gov.approval.batch.statistics;

import java.time.LocalDate;

/** One item of the statistics step: a day and its position in the job instance's plan. */
public record StatisticsDay(int index, LocalDate day) {}
