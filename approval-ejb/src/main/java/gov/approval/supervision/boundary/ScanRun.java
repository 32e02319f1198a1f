package gov.approval.supervision.boundary;

import java.time.LocalDate;

/** What a supervision scan found as of a day: active warnings after it, and failed cases. */
public record ScanRun(LocalDate day, long activeYellow, long activeRed, int failed) {}
