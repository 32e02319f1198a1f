package gov.approval.identity.boundary;

/** A citizen's own account data as the user centre shows it, the ID number masked. */
public record CitizenProfile(
    String username, String realName, String mobile, String email, String maskedResidentId) {}
