package gov.approval.batch.admin.control;

import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Position;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailTexts;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mails the administrators that a job failed, through the mail outbox in a transaction of its own.
 * The administrators are the accounts with an e-mail address whose positions grant JOB_MANAGE.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobAlerts {

  /** The reference the alert mails are found by: {@code job:<execution id>}. */
  public static String reference(long executionId) {
    return "job:" + executionId;
  }

  // The persistence unit is in the EJB module beside this one: named by its jar, relative to this module.
  @PersistenceContext(unitName = "approval-ejb.jar#approval")
  EntityManager em;

  @Inject Event<Mail> mails;

  public void jobFailed(String jobName, long executionId, String exitStatus) {
    for (String to : administrators()) {
      mails.fire(
          MailTexts.compose(
                  to,
                  "jobFailed",
                  jobName,
                  String.valueOf(executionId),
                  exitStatus == null ? "" : exitStatus)
              .withReference(reference(executionId)));
    }
  }

  @SuppressWarnings("unchecked")
  Set<String> administrators() {
    List<String> positions =
        Arrays.stream(Position.values())
            .filter(p -> p.permissions().contains(Permission.JOB_MANAGE))
            .map(Enum::name)
            .toList();
    // A few administrators: their accounts are read whole and their positions checked here.
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.email, s.positions from staff_member s"
                    + " join user_account a on a.id = s.account_id"
                    + " where a.email is not null")
            .getResultList();
    Set<String> recipients = new LinkedHashSet<>();
    for (Object[] row : rows) {
      Set<String> held =
          Arrays.stream(String.valueOf(row[1]).split(","))
              .map(String::strip)
              .collect(Collectors.toSet());
      if (positions.stream().anyMatch(held::contains) && !String.valueOf(row[0]).isBlank()) {
        recipients.add(String.valueOf(row[0]).strip());
      }
    }
    return recipients;
  }
}
