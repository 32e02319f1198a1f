package gov.approval.batch.schedule;

import gov.approval.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The schedule table's statements for the tick, each committed in a transaction of its own so that
 * a claim is visible to the other servers before the job starts. Plain SQL: the persistence unit
 * belongs to the other EJB module and is not visible from this one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleClaims {

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  /** A snapshot of an enabled schedule: id, version, job, cron, parameters, last slot. */
  public record Due(
      long id, long version, String jobName, String cron, String parameters, Instant lastFire) {}

  public List<Due> enabled() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select id, version, job_name, cron, parameters, last_fire from job_schedule"
                    + " where enabled = true order by id");
        ResultSet r = s.executeQuery()) {
      List<Due> due = new ArrayList<>();
      while (r.next()) {
        Timestamp last = r.getTimestamp(6);
        due.add(
            new Due(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                last == null ? null : last.toInstant()));
      }
      return due;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether this server won {@code slot} of the schedule: a conditional update that only one of the
   * servers ticking the same minute can make (the others find the slot claimed or the version
   * moved, and update 0 rows).
   */
  public boolean claim(long id, long version, Instant slot) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update job_schedule set last_fire = ?, version = version + 1"
                    + " where id = ? and version = ? and enabled = true"
                    + " and (last_fire is null or last_fire < ?)")) {
      s.setTimestamp(1, Timestamp.from(slot));
      s.setLong(2, id);
      s.setLong(3, version);
      s.setTimestamp(4, Timestamp.from(slot));
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void recordExecution(long id, long executionId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("update job_schedule set last_execution_id = ? where id = ?")) {
      s.setLong(1, executionId);
      s.setLong(2, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
