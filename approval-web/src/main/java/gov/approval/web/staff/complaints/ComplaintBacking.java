package gov.approval.web.staff.complaints;

import gov.approval.complaints.boundary.Choice;
import gov.approval.complaints.boundary.ComplaintDeskService;
import gov.approval.complaints.boundary.ComplaintView;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One complaint for staff ({@code /staff/complaints/complaint.xhtml?id=}): what was said, the
 * timeline, the department's reply and, for the complaint office, routing.
 */
@Named("staffComplaintBacking")
@ViewScoped
public class ComplaintBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ComplaintDeskService desk;

  private Long id;
  private ComplaintView complaint;
  private String replyText;
  private Long routeTo;
  private List<Choice> departments;

  public void load() {
    if (id != null && complaint == null) {
      complaint = Attempt.get(() -> desk.get(id));
      departments = desk.departments();
    }
  }

  public void reply() {
    ComplaintView done =
        Attempt.get(() -> desk.reply(complaint.id(), complaint.version(), replyText));
    if (done != null) {
      complaint = done;
      Texts.info("staff_complaints_complaint.replied");
    }
  }

  public void route() {
    if (routeTo == null) {
      Texts.error("complaints.about.departmentMissing");
      return;
    }
    ComplaintView done =
        Attempt.get(() -> desk.route(complaint.id(), complaint.version(), routeTo));
    if (done != null) {
      complaint = done;
      Texts.info("staff_complaints_complaint.routed");
    }
  }

  public boolean isCanReply() {
    return complaint != null
        && (complaint.status() == gov.approval.complaints.entity.ComplaintStatus.OPEN
            || complaint.status() == gov.approval.complaints.entity.ComplaintStatus.REOPENED);
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

  public String getReplyText() {
    return replyText;
  }

  public void setReplyText(String replyText) {
    this.replyText = replyText;
  }

  public Long getRouteTo() {
    return routeTo;
  }

  public void setRouteTo(Long routeTo) {
    this.routeTo = routeTo;
  }

  public List<Choice> getDepartments() {
    return departments;
  }
}
