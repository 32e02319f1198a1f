package gov.approval.appointment.entity;

import java.time.LocalTime;

/** One slot of a day: from {@code start} (inclusive) to {@code end}. */
public record SlotTime(LocalTime start, LocalTime end) {}
