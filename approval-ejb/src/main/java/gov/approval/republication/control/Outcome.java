package gov.approval.republication.control;

import gov.approval.republication.entity.RepublicationStatus;

/** What became of one change in one run: the status, the attempts made and the message. */
public record Outcome(Outgoing change, RepublicationStatus status, int attempts, String message) {}
