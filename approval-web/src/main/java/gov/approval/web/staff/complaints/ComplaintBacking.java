package gov.approval.web.staff.complaints;

import gov.approval.complaints.boundary.Choice;
import gov.approval.complaints.boundary.ComplaintDeskService;
import gov.approval.complaints.boundary.ComplaintView;
import gov.approval.complaints.boundary.RulingForm;
import gov.approval.complaints.boundary.StaffChoice;
import gov.approval.complaints.entity.ComplaintRuling;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One complaint for staff ({@code /staff/complaints/complaint.xhtml?id=}): what was said, the
 * timeline, the department's reply, the ruling whether it was justified and, for the complaint
 * office, routing.
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
  private ComplaintRuling verdict;
  private String rulingReason;
  private String responsible;
  private List<StaffChoice> staffChoices = List.of();

  public void load() {
    if (id != null && complaint == null) {
      complaint = Attempt.get(() -> desk.get(id));
      departments = desk.departments();
      prepareRuling();
    }
  }

  private void prepareRuling() {
    if (isCanRule()) {
      staffChoices = desk.responsibleChoices(complaint.id());
      if (complaint.ruling() != null) {
        verdict = complaint.ruling().verdict();
        rulingReason = complaint.ruling().reason();
        responsible = complaint.ruling().responsibleStaff();
      }
    }
  }

  public void rule() {
    ComplaintView done =
        Attempt.get(
            () ->
                desk.rule(
                    complaint.id(),
                    complaint.version(),
                    new RulingForm(verdict, rulingReason, responsible)));
    if (done != null) {
      complaint = done;
      Texts.info("staff_complaints_complaint.ruled");
    }
  }

  /** The department's chief representative or head, or a supervisor, once it is answered. */
  public boolean isCanRule() {
    return complaint != null && complaint.mayRule();
  }

  public ComplaintRuling[] getVerdicts() {
    return ComplaintRuling.values();
  }

  public ComplaintRuling getVerdict() {
    return verdict;
  }

  public void setVerdict(ComplaintRuling verdict) {
    this.verdict = verdict;
  }

  public String getRulingReason() {
    return rulingReason;
  }

  public void setRulingReason(String rulingReason) {
    this.rulingReason = rulingReason;
  }

  public String getResponsible() {
    return responsible;
  }

  public void setResponsible(String responsible) {
    this.responsible = responsible;
  }

  public List<StaffChoice> getStaffChoices() {
    return staffChoices;
  }

  public void reply() {
    ComplaintView done =
        Attempt.get(() -> desk.reply(complaint.id(), complaint.version(), replyText));
    if (done != null) {
      complaint = done;
      prepareRuling();
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
    return complaint != null && complaint.mayReply();
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
