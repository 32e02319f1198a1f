package gov.approval.portal.boundary;

import java.util.Set;

/** Whom a valid API token stands for, with the roles of the account. */
public record TokenCaller(String username, Set<String> roles) {}
