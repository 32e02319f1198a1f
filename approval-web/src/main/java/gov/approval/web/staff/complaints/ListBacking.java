package gov.approval.web.staff.complaints;

import gov.approval.complaints.boundary.ComplaintDeskService;
import gov.approval.complaints.boundary.ComplaintFilter;
import gov.approval.complaints.boundary.ComplaintRow;
import gov.approval.complaints.entity.ComplaintStatus;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The complaint list ({@code /staff/complaints/list.xhtml}): the caller's department's complaints,
 * or all for the complaint office, by status and overdue, newest first.
 */
@Named("complaintListBacking")
@ViewScoped
public class ListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ComplaintDeskService desk;

  private BoundaryLazyModel<ComplaintRow, ComplaintFilter> complaints;
  private ComplaintStatus status;
  private boolean overdueOnly;

  @PostConstruct
  void init() {
    ComplaintDeskService boundary = desk;
    complaints = new BoundaryLazyModel<>((r, f) -> boundary.list(f, r), ComplaintRow::id);
    complaints.setFilter(ComplaintFilter.none());
  }

  public void filter() {
    complaints.setFilter(new ComplaintFilter(status, null, overdueOnly ? LocalDate.now() : null));
  }

  public List<ComplaintStatus> getStatuses() {
    return List.of(ComplaintStatus.values());
  }

  public BoundaryLazyModel<ComplaintRow, ComplaintFilter> getComplaints() {
    return complaints;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public void setStatus(ComplaintStatus status) {
    this.status = status;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
