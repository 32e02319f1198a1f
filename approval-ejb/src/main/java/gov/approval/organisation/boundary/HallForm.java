package gov.approval.organisation.boundary;

import gov.approval.organisation.entity.ServiceHall;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user enters to create or change a hall. */
public record HallForm(
    @NotNull(message = "{organisation.hall.region.required}") Long regionId,
    @NotBlank(message = "{organisation.hall.name.required}") @Size(max = ServiceHall.NAME_LENGTH)
        String name,
    @Size(max = ServiceHall.ADDRESS_LENGTH) String address,
    @Size(max = ServiceHall.PHONE_LENGTH) String phone,
    @Size(max = ServiceHall.HOURS_LENGTH) String openingHours) {}
