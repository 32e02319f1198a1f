package gov.approval.batch.admin.control;

import gov.approval.identity.entity.Permission;
import gov.approval.identity.entity.Position;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailTexts;
import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

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

  // Plain SQL: the persistence unit belongs to the other EJB module and is not visible here.
  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

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

  Set<String> administrators() {
    List<String> positions =
        Arrays.stream(Position.values())
            .filter(p -> p.permissions().contains(Permission.JOB_MANAGE))
            .map(Enum::name)
            .toList();
    // Staff with an address are read whole (hundreds at most) and their positions checked here.
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select a.email, s.positions from staff_member s"
                    + " join user_account a on a.id = s.account_id"
                    + " where a.email is not null and a.active = true");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(new Object[] {r.getString(1), r.getString(2)});
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
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
