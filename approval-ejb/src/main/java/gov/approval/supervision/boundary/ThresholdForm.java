package gov.approval.supervision.boundary;

import gov.approval.catalogue.entity.ItemType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** New or changed thresholds: for an item type, or for the item with this implementation code. */
public record ThresholdForm(
    ItemType itemType,
    @Size(max = 64) String itemCode,
    @Min(value = 1, message = "{supervision.threshold.share}")
        @Max(value = 100, message = "{supervision.threshold.share}")
        int yellowSharePercent,
    @Min(value = 0, message = "{supervision.threshold.days}")
        @Max(value = 60, message = "{supervision.threshold.days}")
        int yellowDaysLeft) {}
