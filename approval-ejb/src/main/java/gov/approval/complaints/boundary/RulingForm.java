package gov.approval.complaints.boundary;

import gov.approval.complaints.entity.Complaint;
import gov.approval.complaints.entity.ComplaintRuling;
import jakarta.validation.constraints.Size;

/**
 * A ruling on an answered complaint: the verdict, its reason and, optionally, the username of the
 * department's staff member it holds responsible.
 */
public record RulingForm(
    ComplaintRuling verdict,
    @Size(max = Complaint.RULING_REASON_LENGTH) String reason,
    @Size(max = 64) String responsibleStaff) {}
