package gov.approval.complaints.boundary;

import gov.approval.complaints.entity.ComplaintAction;
import java.time.Instant;

/** One entry of a complaint's timeline. */
public record ComplaintEventRow(
    Instant occurredAt, ComplaintAction action, String actor, String note) {}
