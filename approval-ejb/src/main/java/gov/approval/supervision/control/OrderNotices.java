package gov.approval.supervision.control;

import gov.approval.identity.entity.Position;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailTexts;
import gov.approval.supervision.entity.CorrectionOrder;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The mails of a correction order's life: the order to the department's head and chief
 * representative, the answer to the supervisor who ordered, reopening to the department, and an
 * overdue order to the department head and every supervisor.
 */
@Dependent
public class OrderNotices {

  @Inject Recipients recipients;

  @Inject Event<Mail> mail;

  public void ordered(CorrectionOrder o) {
    send(department(o), "supervision.order.ordered", o);
  }

  public void answered(CorrectionOrder o) {
    send(
        Set.copyOf(recipients.ofUser(o.getOrderedBy()).stream().toList()),
        "supervision.order.answered",
        o);
  }

  public void reopened(CorrectionOrder o) {
    send(department(o), "supervision.order.reopened", o);
  }

  public void overdue(CorrectionOrder o) {
    Set<String> to =
        new LinkedHashSet<>(recipients.inDepartment(o.getDepartment(), Position.DEPARTMENT_HEAD));
    to.addAll(recipients.supervisors());
    send(to, "supervision.order.overdue", o);
  }

  private Set<String> department(CorrectionOrder o) {
    Set<String> to =
        new LinkedHashSet<>(recipients.inDepartment(o.getDepartment(), Position.DEPARTMENT_HEAD));
    to.addAll(recipients.inDepartment(o.getDepartment(), Position.CHIEF_REPRESENTATIVE));
    return to;
  }

  private void send(Set<String> to, String key, CorrectionOrder o) {
    for (String address : to) {
      mail.fire(
          MailTexts.compose(
                  address,
                  key,
                  "JC" + o.getId(),
                  o.getDepartment().getName(),
                  o.getApprovalCase() == null ? "—" : o.getApprovalCase().getNumber(),
                  o.getReason(),
                  o.getRequiredAction(),
                  o.getDueOn().toString(),
                  o.getAnswer() == null ? "" : o.getAnswer())
              .withReference("supervision:order:" + o.getId()));
    }
  }
}
