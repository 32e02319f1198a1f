package gov.approval.portal.boundary;

/** An item as a link on the portal home: its code for the guide, its name and department. */
public record ItemLink(String implementationCode, String name, String departmentName) {}
