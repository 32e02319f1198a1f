package gov.approval.complaints.boundary;

/** What one escalation run did: complaints escalated to department heads and to supervisors. */
public record EscalationRun(int toHeads, int toSupervisors, int failed) {}
