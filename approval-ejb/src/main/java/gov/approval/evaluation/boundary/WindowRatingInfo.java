package gov.approval.evaluation.boundary;

/**
 * What the window device shows before the citizen taps: the service rated, never personal data,
 * since the device is public.
 */
public record WindowRatingInfo(String itemName, String departmentName, String staffName) {}
