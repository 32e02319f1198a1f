package gov.approval.web.my;

import gov.approval.complaints.boundary.ComplaintView;
import gov.approval.complaints.boundary.MyComplaintService;
import gov.approval.complaints.entity.Rating;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One of my complaints ({@code /my/complaint.xhtml?id=}): the answer, rating and reopening. */
@Named("myComplaintBacking")
@ViewScoped
public class ComplaintBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient MyComplaintService complaints;

  private Long id;
  private ComplaintView complaint;
  private String reason;

  public void load() {
    if (id != null && complaint == null) {
      complaint = Attempt.get(() -> complaints.get(id));
    }
  }

  public void satisfied() {
    rate(Rating.SATISFIED);
  }

  public void unsatisfied() {
    rate(Rating.UNSATISFIED);
  }

  private void rate(Rating rating) {
    ComplaintView done =
        Attempt.get(() -> complaints.rate(complaint.id(), complaint.version(), rating));
    if (done != null) {
      complaint = done;
    }
  }

  public void reopen() {
    ComplaintView done =
        Attempt.get(() -> complaints.reopen(complaint.id(), complaint.version(), reason));
    if (done != null) {
      complaint = done;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ComplaintView getComplaint() {
    return complaint;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
