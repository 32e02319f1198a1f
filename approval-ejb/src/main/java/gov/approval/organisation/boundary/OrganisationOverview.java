package gov.approval.organisation.boundary;

/** Counts of the active organisation, for the back office's home. */
public record OrganisationOverview(
    long regions, long halls, long departments, long windows, long staff) {}
