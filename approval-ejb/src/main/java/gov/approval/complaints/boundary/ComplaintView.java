package gov.approval.complaints.boundary;

import gov.approval.complaints.entity.ComplaintChannel;
import gov.approval.complaints.entity.ComplaintRuling;
import gov.approval.complaints.entity.ComplaintStatus;
import gov.approval.complaints.entity.ComplaintSubject;
import gov.approval.complaints.entity.Rating;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint's page: what was said about what, where it went, the answer, the rating and the
 * timeline, with what the viewer may do next: the may-flags combine the complaint's state with the
 * viewer's permissions and department, so a page shows an action only where the boundary allows it.
 */
public record ComplaintView(
    long id,
    long version,
    String number,
    ComplaintChannel channel,
    ComplaintSubject kind,
    ComplaintStatus status,
    String complainantName,
    String complainantPhone,
    String caseNumber,
    String windowName,
    String staffName,
    Long departmentId,
    String departmentName,
    String title,
    String body,
    Instant receivedAt,
    LocalDate dueOn,
    String reply,
    Instant repliedAt,
    Rating rating,
    boolean reopened,
    int escalationLevel,
    List<ComplaintEventRow> events,
    boolean mayRate,
    boolean mayReopen,
    boolean mayRoute,
    Ruling ruling,
    boolean mayRule,
    boolean mayReply) {

  /** Whether the complaint proved justified, why, and whom it holds responsible (staff only). */
  public record Ruling(
      ComplaintRuling verdict, String reason, String responsibleStaff, Instant ruledAt) {}

  public ComplaintView {
    events = List.copyOf(events);
  }
}
