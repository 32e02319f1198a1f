package gov.approval.complaints.boundary;

import gov.approval.complaints.entity.ComplaintChannel;
import gov.approval.complaints.entity.ComplaintStatus;
import gov.approval.complaints.entity.ComplaintSubject;
import java.time.Instant;
import java.time.LocalDate;

/** One line of a complaint list. */
public record ComplaintRow(
    long id,
    String number,
    String title,
    ComplaintChannel channel,
    ComplaintSubject kind,
    ComplaintStatus status,
    String departmentName,
    String complainantName,
    Instant receivedAt,
    LocalDate dueOn,
    int escalationLevel) {}
