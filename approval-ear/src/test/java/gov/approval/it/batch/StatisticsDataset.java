package gov.approval.it.batch;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Inserts a small generated set of cases with their timelines on given days: received, accepted
 * (some with deficiencies, some after a correction notice), refused, completed on time and late,
 * and left open past due, on two published items and both channels. The rows are plain inserts so
 * that any day, years back, can be filled; the statistics are then compared with plain SQL.
 */
final class StatisticsDataset {

  static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private StatisticsDataset() {}

  /** Inserts {@code count} cases received between {@code first} and {@code first + days - 1}. */
  static void insert(DataSource dataSource, LocalDate first, int days, int count, long seed)
      throws SQLException {
    Random random = new Random(seed);
    try (Connection connection = dataSource.getConnection()) {
      List<long[]> items = new ArrayList<>();
      List<String> names = new ArrayList<>();
      try (Statement select = connection.createStatement();
          ResultSet rows =
              select.executeQuery(
                  "select id, published_version_id, department_id, name from service_item"
                      + " where published_version_id is not null order by department_id, id")) {
        long lastDepartment = -1;
        while (rows.next() && items.size() < 3) {
          // Items of different departments where there are some.
          if (rows.getLong(3) != lastDepartment || items.size() == 2) {
            items.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
            names.add(rows.getString(4));
            lastDepartment = rows.getLong(3);
          }
        }
      }
      try (PreparedStatement insertCase =
              connection.prepareStatement(
                  "insert into approval_case (version, item_id, item_version_id, department_id,"
                      + " item_name, channel, status, applicant_kind, applicant_name,"
                      + " contact_name, contact_phone, created_at, updated_at, received_on,"
                      + " accepted_on, promised_limit_days, due_on, completed_at)"
                      + " values (0, ?, ?, ?, ?, ?, ?, 'PERSON', '统计测试', '统计测试',"
                      + " '13900000000', ?, ?, ?, ?, 5, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS);
          PreparedStatement insertEvent =
              connection.prepareStatement(
                  "insert into case_event (version, case_id, occurred_at, actor, actor_name,"
                      + " action, to_status) values (0, ?, ?, 'test', '测试', ?, ?)");
          // Ratings, complaints and warnings of other features, counted per case like the rest.
          PreparedStatement insertRating =
              connection.prepareStatement(
                  "insert into evaluation_rating (version, case_id, department_id, channel,"
                      + " level, rated_at, rated_on) values (0, ?, ?, 'ONLINE', 'SATISFIED', ?, ?)");
          PreparedStatement insertComplaint =
              connection.prepareStatement(
                  "insert into complaint (version, channel, subject_kind, status,"
                      + " complainant_name, case_id, department_id, title, body, received_at)"
                      + " values (0, 'ONLINE', 'CASE', 'OPEN', '统计测试', ?, ?, '统计', '统计', ?)");
          PreparedStatement insertWarning =
              connection.prepareStatement(
                  "insert into case_warning (version, case_id, department_id, case_status, level,"
                      + " due_on, raised_at, escalation, escalated_on)"
                      + " values (0, ?, ?, 'ACCEPTED', 'RED', ?, ?, 'HANDLER', ?)")) {
        for (int n = 0; n < count; n++) {
          int which = random.nextInt(items.size());
          long[] item = items.get(which);
          LocalDate received = first.plusDays(random.nextInt(days));
          String channel = random.nextBoolean() ? "ONLINE" : "WINDOW";
          int kind = random.nextInt(6);
          LocalDate accepted = null;
          LocalDate due = null;
          LocalDate completed = null;
          String status;
          List<Object[]> events = new ArrayList<>();
          events.add(new Object[] {received, "SUBMITTED", "SUBMITTED"});
          switch (kind) {
            case 0 -> status = "SUBMITTED";
            case 1 -> {
              status = "REFUSED";
              events.add(new Object[] {received.plusDays(random.nextInt(2)), "REFUSED", "REFUSED"});
            }
            default -> {
              if (kind == 2) {
                events.add(new Object[] {received, "CORRECTION_REQUESTED", "CORRECTION_REQUESTED"});
              }
              accepted = received.plusDays(random.nextInt(2));
              events.add(
                  new Object[] {
                    accepted, kind == 3 ? "ACCEPTED_WITH_DEFICIENCIES" : "ACCEPTED", "ACCEPTED"
                  });
              due = accepted.plusDays(2);
              if (random.nextInt(3) > 0) {
                // Some on time, some late.
                completed = accepted.plusDays(random.nextInt(5));
                events.add(new Object[] {completed, "COMPLETED", "COMPLETED"});
                status = "COMPLETED";
              } else {
                status = "ACCEPTED";
              }
            }
          }
          Timestamp createdAt = at(received, 9);
          insertCase.setLong(1, item[0]);
          insertCase.setLong(2, item[1]);
          insertCase.setLong(3, item[2]);
          insertCase.setString(4, names.get(which));
          insertCase.setString(5, channel);
          insertCase.setString(6, status);
          insertCase.setTimestamp(7, createdAt);
          insertCase.setTimestamp(8, createdAt);
          insertCase.setDate(9, Date.valueOf(received));
          insertCase.setDate(10, accepted == null ? null : Date.valueOf(accepted));
          insertCase.setDate(11, due == null ? null : Date.valueOf(due));
          insertCase.setTimestamp(12, completed == null ? null : at(completed, 16));
          insertCase.executeUpdate();
          long caseId;
          try (ResultSet keys = insertCase.getGeneratedKeys()) {
            keys.next();
            caseId = keys.getLong(1);
          }
          int hour = 9;
          for (Object[] event : events) {
            insertEvent.setLong(1, caseId);
            insertEvent.setTimestamp(2, at((LocalDate) event[0], hour++));
            insertEvent.setString(3, (String) event[1]);
            insertEvent.setString(4, (String) event[2]);
            insertEvent.addBatch();
          }
          insertEvent.executeBatch();
          if (completed != null && random.nextBoolean()) {
            insertRating.setLong(1, caseId);
            insertRating.setLong(2, item[2]);
            insertRating.setTimestamp(3, at(completed, 17));
            insertRating.setDate(4, Date.valueOf(completed));
            insertRating.executeUpdate();
          }
          if (random.nextInt(4) == 0) {
            insertComplaint.setLong(1, caseId);
            insertComplaint.setLong(2, item[2]);
            insertComplaint.setTimestamp(3, at(received, 15));
            insertComplaint.executeUpdate();
          }
          if (due != null && completed == null) {
            insertWarning.setLong(1, caseId);
            insertWarning.setLong(2, item[2]);
            insertWarning.setDate(3, Date.valueOf(due));
            insertWarning.setTimestamp(4, at(due, 8));
            insertWarning.setDate(5, Date.valueOf(due));
            insertWarning.executeUpdate();
          }
        }
      }
    }
  }

  /** {@code hour} o'clock of {@code day} in the city, as the application stores instants. */
  static Timestamp at(LocalDate day, int hour) {
    return Timestamp.from(day.atTime(hour, 0).atZone(CITY).toInstant());
  }
}
