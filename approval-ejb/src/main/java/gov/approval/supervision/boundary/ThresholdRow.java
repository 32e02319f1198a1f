package gov.approval.supervision.boundary;

import gov.approval.catalogue.entity.ItemType;

/** Thresholds for an item type or an item (with its code and name). */
public record ThresholdRow(
    Long id,
    long version,
    ItemType itemType,
    String itemCode,
    String itemName,
    int yellowSharePercent,
    int yellowDaysLeft) {}
