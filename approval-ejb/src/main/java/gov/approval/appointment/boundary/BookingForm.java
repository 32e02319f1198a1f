package gov.approval.appointment.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** A citizen's choice: the item, at which window, which day and slot. */
public record BookingForm(
    @NotNull Long windowId,
    @NotNull Long itemId,
    @NotNull LocalDate day,
    @NotNull LocalTime start) {}
