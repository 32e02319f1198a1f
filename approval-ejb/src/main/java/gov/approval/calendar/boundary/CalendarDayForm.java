package gov.approval.calendar.boundary;

import gov.approval.calendar.entity.CalendarDay;
import gov.approval.calendar.entity.DayKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A holiday or make-up working day as an administrator enters it. */
public record CalendarDayForm(
    @NotNull(message = "{calendar.day.required}") LocalDate day,
    @NotNull(message = "{calendar.kind.required}") DayKind kind,
    @NotBlank(message = "{calendar.name.required}") @Size(max = CalendarDay.NAME_LENGTH)
        String name) {}
