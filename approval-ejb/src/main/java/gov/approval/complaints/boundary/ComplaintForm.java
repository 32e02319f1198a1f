package gov.approval.complaints.boundary;

import gov.approval.complaints.entity.Complaint;
import gov.approval.complaints.entity.ComplaintSubject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a complaint is about and what it says: a case by its number, a window, a staff member (by
 * name, with their department) or the service in general (with a department if known).
 */
public record ComplaintForm(
    @NotNull ComplaintSubject kind,
    @Size(max = 20) String caseNumber,
    Long windowId,
    @Size(max = Complaint.NAME_LENGTH) String staffName,
    Long departmentId,
    @NotBlank @Size(max = Complaint.TITLE_LENGTH) String title,
    @NotBlank @Size(max = Complaint.TEXT_LENGTH) String body) {}
