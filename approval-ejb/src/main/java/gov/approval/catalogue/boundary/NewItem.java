package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ItemCodes;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.organisation.entity.RegionLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

/**
 * What an editor enters to create an item: its basic code from the basic directory, the department
 * and level that exercise it, the lists it stands on, and the first draft's content.
 */
public record NewItem(
    @NotBlank(message = "{catalogue.item.basicCode.required}")
        @Pattern(
            regexp = ItemCodes.BASIC_CODE_PATTERN,
            message = "{catalogue.item.basicCode.pattern}")
        String basicCode,
    @NotNull(message = "{catalogue.item.department.required}") Long departmentId,
    @NotNull(message = "{catalogue.item.regionLevel.required}") RegionLevel regionLevel,
    @NotEmpty(message = "{catalogue.item.lists.required}") Set<Long> listIds,
    @NotNull @Valid ItemContent content) {}
