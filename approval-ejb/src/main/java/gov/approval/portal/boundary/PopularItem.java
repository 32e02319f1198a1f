package gov.approval.portal.boundary;

/** A listed item with the number of cases ever submitted for it. */
public record PopularItem(
    String implementationCode, String name, String departmentName, long cases) {}
