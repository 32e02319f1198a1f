package gov.approval.appointment.boundary;

import gov.approval.appointment.entity.SlotPlan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A window's periods ({@code 09:00-12:00,14:00-17:00}), slot length in minutes and places. */
public record PlanForm(
    @NotBlank @Size(max = SlotPlan.PERIODS_LENGTH) String periods, int slotMinutes, int capacity) {}
