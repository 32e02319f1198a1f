package gov.approval.catalogue.boundary;

/** A department that has items in the public catalogue, with how many, for the browse filter. */
public record PublicDepartment(String code, String name, long items) {}
