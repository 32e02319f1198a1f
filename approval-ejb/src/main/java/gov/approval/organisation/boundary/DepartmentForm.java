package gov.approval.organisation.boundary;

import gov.approval.organisation.entity.Department;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user enters to create a department (code, names, region and the hall of its section). */
public record DepartmentForm(
    @NotBlank(message = "{organisation.department.code.required}")
        @Pattern(
            regexp = Department.CODE_PATTERN,
            message = "{organisation.department.code.pattern}")
        String code,
    @NotBlank(message = "{organisation.department.name.required}")
        @Size(max = Department.NAME_LENGTH)
        String name,
    @NotBlank(message = "{organisation.department.shortName.required}")
        @Size(max = Department.SHORT_NAME_LENGTH)
        String shortName,
    @NotNull(message = "{organisation.department.region.required}") Long regionId,
    @NotNull(message = "{organisation.department.hall.required}") Long hallId) {}
