package gov.approval.bench;

import gov.approval.casework.entity.CaseAction;
import gov.approval.casework.entity.CaseStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes benchmark cases and their history with plain JDBC batches (the entity path would take
 * hours for a million cases): spread over the two years before today and over every published item,
 * so over the departments the catalogue has; old cases mostly delivered, recent ones in every open
 * status; reproducible for one seed. Ids are given explicitly and the identity columns moved past
 * them at the end, so the platform's own inserts continue after the generated rows.
 */
@Stateless
public class BenchmarkCaseWriter {

  private static final Logger LOG = Logger.getLogger(BenchmarkCaseWriter.class.getName());
  static final int CHUNK = 5_000;
  static final int DAYS = 730;
  static final int GENERATED_SEQUENCE_BASE = 100_000;
  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅志文";

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @EJB BenchmarkCases cases;

  @EJB BenchmarkStatistics statistics;

  /** An item cases are generated for: ids, department, name, limit, and staff to assign. */
  record ItemRef(
      long itemId, long versionId, long departmentId, String name, int promised, long[] staff) {}

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void fill(int count, long seed) {
    long started = System.nanoTime();
    BenchmarkCaseWriter self = context.getBusinessObject(BenchmarkCaseWriter.class);
    try {
      List<ItemRef> items = self.items();
      long[] next = self.nextIds();
      long owner = self.demoCitizen();
      SplittableRandom random = new SplittableRandom(seed);
      Map<LocalDate, Integer> sequences = new HashMap<>();
      LocalDate today = LocalDate.now(CITY);
      int written = 0;
      long events = 0;
      while (written < count) {
        int size = Math.min(CHUNK, count - written);
        List<Generated> chunk = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          LocalDate day = dayOf(written + i, count, today);
          chunk.add(generate(random, items, day, today, sequences, next, owner));
        }
        events += self.write(chunk);
        written += size;
        cases.progress(written);
        if (written % 50_000 < CHUNK || written == count) {
          long ms = (System.nanoTime() - started) / 1_000_000;
          int done = written;
          long rows = events;
          LOG.info(
              () ->
                  "Benchmark cases: "
                      + done
                      + " of "
                      + count
                      + ", "
                      + rows
                      + " history rows, "
                      + ms
                      + " ms");
        }
      }
      self.moveIdentities(next);
      statistics.refresh();
      cases.finished(null);
      long ms = (System.nanoTime() - started) / 1_000_000;
      long rows = events;
      LOG.info(
          () ->
              "Benchmark cases generated in "
                  + ms
                  + " ms: "
                  + count
                  + " cases, "
                  + rows
                  + " history rows");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Benchmark cases not generated", e);
      cases.finished(String.valueOf(e));
    }
  }

  /**
   * One generated case with its history, and what other features hold about it: a citizen's rating,
   * a complaint, a deadline warning (each list empty or one row).
   */
  record Generated(
      Object[] row,
      List<Object[]> events,
      List<Object[]> ratings,
      List<Object[]> complaints,
      List<Object[]> warnings) {}

  /** Levels in the shares a city sees: most very satisfied, about one in sixteen bad. */
  private static final String[] LEVELS = {
    "VERY_SATISFIED",
    "VERY_SATISFIED",
    "VERY_SATISFIED",
    "VERY_SATISFIED",
    "VERY_SATISFIED",
    "VERY_SATISFIED",
    "VERY_SATISFIED",
    "VERY_SATISFIED",
    "VERY_SATISFIED",
    "SATISFIED",
    "SATISFIED",
    "SATISFIED",
    "SATISFIED",
    "BASIC",
    "BASIC",
    "DISSATISFIED",
    "VERY_DISSATISFIED"
  };

  private static final CaseStatus[] OLD = {
    CaseStatus.DELIVERED, CaseStatus.DELIVERED, CaseStatus.DELIVERED, CaseStatus.DELIVERED,
    CaseStatus.DELIVERED, CaseStatus.DELIVERED, CaseStatus.DELIVERED, CaseStatus.DELIVERED,
    CaseStatus.DELIVERED, CaseStatus.DELIVERED, CaseStatus.DELIVERED, CaseStatus.DELIVERED,
    CaseStatus.DELIVERED, CaseStatus.DELIVERED, CaseStatus.DELIVERED, CaseStatus.DELIVERED,
    CaseStatus.REFUSED, CaseStatus.WITHDRAWN, CaseStatus.COMPLETED, CaseStatus.TERMINATED
  };
  private static final CaseStatus[] RECENT = {
    CaseStatus.SUBMITTED,
    CaseStatus.PRE_REVIEWED,
    CaseStatus.CORRECTION_REQUESTED,
    CaseStatus.ACCEPTED,
    CaseStatus.ACCEPTED,
    CaseStatus.ACCEPTED,
    CaseStatus.SUSPENDED,
    CaseStatus.DECIDED,
    CaseStatus.COMPLETED,
    CaseStatus.DELIVERED,
    CaseStatus.DELIVERED
  };

  /**
   * The day of receipt of the {@code ordinal}-th of {@code count} cases: the oldest first, from 730
   * days before today to yesterday, so ids rise with the day of receipt as they do when a city
   * receives its cases. (Drawn at random per case, as they were before, every month's cases lay on
   * nearly every page of the table: a layout no live table has, which made each month's statistics
   * read the whole table.)
   */
  static LocalDate dayOf(int ordinal, int count, LocalDate today) {
    return today.minusDays(DAYS - (int) ((long) ordinal * DAYS / count));
  }

  private static Generated generate(
      SplittableRandom random,
      List<ItemRef> items,
      LocalDate receivedOn,
      LocalDate today,
      Map<LocalDate, Integer> sequences,
      long[] next,
      long owner) {
    ItemRef item = items.get(random.nextInt(items.size()));
    LocalDate day = receivedOn;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    boolean recent = day.isAfter(today.minusDays(30));
    CaseStatus status =
        recent ? RECENT[random.nextInt(RECENT.length)] : OLD[random.nextInt(OLD.length)];
    long id = next[0]++;
    // Generated sequences start at 100001, above any day's real count, so they never take a
    // number the demo cases or live submissions use.
    int sequence = GENERATED_SEQUENCE_BASE + sequences.merge(day, 1, Integer::sum);
    String number = "610500" + day.toString().replace("-", "") + String.format("%06d", sequence);
    LocalDateTime received = day.atTime(8 + random.nextInt(9), random.nextInt(60));
    String name =
        ""
            + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
            + GIVEN.charAt(random.nextInt(GIVEN.length()))
            + (random.nextBoolean() ? "" : GIVEN.charAt(random.nextInt(GIVEN.length())));
    boolean accepted =
        status != CaseStatus.SUBMITTED
            && status != CaseStatus.PRE_REVIEWED
            && status != CaseStatus.CORRECTION_REQUESTED
            && status != CaseStatus.REFUSED
            && !(status == CaseStatus.WITHDRAWN && random.nextBoolean());
    boolean open = CaseStatus.OPEN.contains(status);
    LocalDate acceptedOn = accepted ? day.plusDays(random.nextInt(3)) : null;
    LocalDate dueOn =
        !open
            ? null
            : accepted ? acceptedOn.plusDays(item.promised() * 7L / 5 + 1) : day.plusDays(7);
    Long assignee =
        status == CaseStatus.ACCEPTED && item.staff().length > 0
            ? item.staff()[random.nextInt(item.staff().length)]
            : null;
    LocalDateTime finished =
        received.plusDays(3 + random.nextInt(Math.max(item.promised(), 1) + 3));
    boolean delivered = status == CaseStatus.DELIVERED;
    boolean decided = delivered || status == CaseStatus.COMPLETED || status == CaseStatus.DECIDED;
    Object[] row = {
      id,
      number,
      checkCode(random),
      item.itemId(),
      item.versionId(),
      item.departmentId(),
      item.name(),
      random.nextInt(3) == 0 ? "WINDOW" : "ONLINE",
      status.name(),
      name,
      "RESIDENT_ID",
      "61050" + (1000000000000L + random.nextLong(8999999999999L)),
      name,
      "13" + (100000000 + random.nextInt(899999999)),
      random.nextInt(5000) == 0 ? owner : null,
      assignee,
      ts(received),
      ts(decided ? finished : received.plusDays(1)),
      ts(received),
      day,
      acceptedOn,
      item.promised(),
      dueOn,
      status == CaseStatus.CORRECTION_REQUESTED ? 1 : 0,
      decided ? (random.nextInt(20) == 0 ? "DENY" : "GRANT") : null,
      decided ? ts(finished) : null,
      delivered || status == CaseStatus.COMPLETED ? ts(finished.plusHours(2)) : null,
      delivered ? ts(finished.plusDays(1)) : null,
      delivered ? "WINDOW_PICKUP" : null
    };
    List<Object[]> history = new ArrayList<>(12);
    LocalDateTime at = received;
    CaseStatus from = CaseStatus.DRAFT;
    for (CaseAction action : path(status, accepted, random)) {
      CaseStatus to = after(action, from);
      at = at.plusMinutes(30 + random.nextInt(600));
      history.add(new Object[] {next[1]++, id, ts(at), action.name(), from.name(), to.name()});
      from = to;
    }
    String channel = (String) row[7];
    List<Object[]> ratings = new ArrayList<>(1);
    // Four in ten finished cases are rated, online once per case, at the window per visit.
    if ((delivered || status == CaseStatus.COMPLETED) && random.nextInt(10) < 4) {
      LocalDateTime rated = finished.plusDays(1).plusMinutes(random.nextInt(600));
      ratings.add(
          new Object[] {
            id,
            item.departmentId(),
            channel,
            "ONLINE".equals(channel) ? id : null,
            LEVELS[random.nextInt(LEVELS.length)],
            ts(rated),
            rated.toLocalDate()
          });
    }
    List<Object[]> complaints = new ArrayList<>(1);
    // One case in three hundred draws a complaint, answered and closed unless recent.
    if (random.nextInt(300) == 0) {
      LocalDateTime filed = received.plusDays(2 + random.nextInt(10));
      boolean closed = !recent;
      complaints.add(
          new Object[] {
            "BTS" + id,
            random.nextBoolean() ? "ONLINE" : "PHONE",
            closed ? "CLOSED" : "OPEN",
            name,
            id,
            item.departmentId(),
            "办理进度咨询无回复",
            "基准数据：申请后多日未收到进度通知。",
            ts(filed),
            filed.toLocalDate().plusDays(7),
            closed ? "已核实并联系申请人说明进度。" : null,
            closed ? ts(filed.plusDays(3)) : null,
            closed ? (random.nextInt(4) == 0 ? "UNSATISFIED" : "SATISFIED") : null
          });
    }
    List<Object[]> warnings = new ArrayList<>(1);
    // One accepted case in twenty got near its deadline (yellow) or past it (red).
    if (accepted && random.nextInt(20) == 0) {
      boolean red = random.nextInt(3) == 0;
      LocalDate due = acceptedOn.plusDays(item.promised() * 7L / 5 + 1);
      LocalDateTime raised = (red ? due.plusDays(1) : due.minusDays(2)).atTime(8, 0);
      warnings.add(
          new Object[] {
            id,
            item.departmentId(),
            status.name(),
            red ? "RED" : "YELLOW",
            due,
            ts(raised),
            red ? "CHIEF" : "HANDLER",
            raised.toLocalDate(),
            open ? null : ts(finished),
            open ? null : "MOVED_ON"
          });
    }
    return new Generated(row, history, ratings, complaints, warnings);
  }

  /** The actions that lead to {@code status}, with uploads so a case has about ten rows. */
  private static List<CaseAction> path(
      CaseStatus status, boolean accepted, SplittableRandom random) {
    List<CaseAction> actions = new ArrayList<>();
    actions.add(CaseAction.SUBMITTED);
    int uploads = 2 + random.nextInt(3);
    for (int i = 0; i < uploads; i++) {
      actions.add(CaseAction.MATERIAL_UPLOADED);
    }
    switch (status) {
      case SUBMITTED -> {}
      case PRE_REVIEWED -> actions.add(CaseAction.PRE_REVIEWED);
      case CORRECTION_REQUESTED -> actions.add(CaseAction.CORRECTION_REQUESTED);
      case REFUSED -> actions.add(CaseAction.REFUSED);
      default -> {
        actions.add(CaseAction.PRE_REVIEWED);
        if (accepted) {
          actions.add(CaseAction.ACCEPTED);
          actions.add(CaseAction.STEP_ASSIGNED);
          if (status != CaseStatus.ACCEPTED) {
            actions.add(CaseAction.STEP_COMPLETED);
          }
        }
        switch (status) {
          case SUSPENDED -> actions.add(CaseAction.SUSPENDED);
          case WITHDRAWN -> actions.add(CaseAction.WITHDRAWN);
          case TERMINATED -> actions.add(CaseAction.TERMINATED);
          case DECIDED -> actions.add(CaseAction.DECIDED);
          case COMPLETED -> {
            actions.add(CaseAction.DECIDED);
            actions.add(CaseAction.COMPLETED);
          }
          case DELIVERED -> {
            actions.add(CaseAction.DECIDED);
            actions.add(CaseAction.COMPLETED);
            actions.add(CaseAction.DELIVERED);
          }
          default -> {}
        }
      }
    }
    return actions;
  }

  private static CaseStatus after(CaseAction action, CaseStatus from) {
    return switch (action) {
      case SUBMITTED -> CaseStatus.SUBMITTED;
      case PRE_REVIEWED -> CaseStatus.PRE_REVIEWED;
      case CORRECTION_REQUESTED -> CaseStatus.CORRECTION_REQUESTED;
      case REFUSED -> CaseStatus.REFUSED;
      case ACCEPTED -> CaseStatus.ACCEPTED;
      case SUSPENDED -> CaseStatus.SUSPENDED;
      case WITHDRAWN -> CaseStatus.WITHDRAWN;
      case TERMINATED -> CaseStatus.TERMINATED;
      case DECIDED -> CaseStatus.DECIDED;
      case COMPLETED -> CaseStatus.COMPLETED;
      case DELIVERED -> CaseStatus.DELIVERED;
      default -> from;
    };
  }

  private static String checkCode(SplittableRandom random) {
    String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    StringBuilder code = new StringBuilder(6);
    for (int i = 0; i < 6; i++) {
      code.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return code.toString();
  }

  private static Timestamp ts(LocalDateTime time) {
    return Timestamp.valueOf(time);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<ItemRef> items() {
    List<Object[]> rows =
        em.createQuery(
                "SELECT i.id, v.id, d.id, v.name, v.promisedLimitDays FROM ServiceItem i"
                    + " JOIN i.published v JOIN i.department d WHERE i.status ="
                    + " gov.approval.catalogue.entity.VersionStatus.PUBLISHED ORDER BY i.id",
                Object[].class)
            .getResultList();
    Map<Long, long[]> staff = new HashMap<>();
    List<ItemRef> items = new ArrayList<>();
    for (Object[] r : rows) {
      long department = (Long) r[2];
      long[] members =
          staff.computeIfAbsent(
              department,
              d ->
                  em
                      .createQuery(
                          "SELECT s.id FROM StaffMember s WHERE s.department.id = :d ORDER BY s.id",
                          Long.class)
                      .setParameter("d", d)
                      .getResultList()
                      .stream()
                      .mapToLong(Long::longValue)
                      .toArray());
      items.add(
          new ItemRef(
              (Long) r[0], (Long) r[1], department, (String) r[3], (Integer) r[4], members));
    }
    if (items.isEmpty()) {
      throw new IllegalStateException("no published item to generate cases for");
    }
    return items;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long[] nextIds() {
    long cases =
        em.createQuery("SELECT COALESCE(MAX(c.id), 0) FROM ApprovalCase c", Long.class)
            .getSingleResult();
    long events =
        em.createQuery("SELECT COALESCE(MAX(e.id), 0) FROM CaseEvent e", Long.class)
            .getSingleResult();
    return new long[] {cases + 1_000, events + 10_000};
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long demoCitizen() {
    return em.createQuery(
            "SELECT a.id FROM UserAccount a WHERE a.username = '13800000001'", Long.class)
        .getResultStream()
        .findFirst()
        .orElse(-1L);
  }

  private static final String CASE_INSERT =
      "INSERT INTO approval_case (id, version, number, check_code, item_id, item_version_id,"
          + " department_id, item_name, channel, status, applicant_kind, applicant_name,"
          + " applicant_id_type, applicant_id_number, contact_name, contact_phone, owner_id,"
          + " current_assignee_id, created_at, updated_at, submitted_at, received_on, accepted_on,"
          + " acceptance_deemed, promised_limit_days, due_on, correction_count, decision,"
          + " decided_at, completed_at, delivered_at, delivery_method)"
          + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'PERSON', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " FALSE, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String EVENT_INSERT =
      "INSERT INTO case_event (id, version, case_id, occurred_at, actor, actor_name, action,"
          + " from_status, to_status) VALUES (?, 0, ?, ?, 'bench', '基准数据', ?, ?, ?)";

  /** Writes one chunk in one transaction; returns the number of history rows. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long write(List<Generated> chunk) {
    Connection connection = em.unwrap(Connection.class);
    long events = 0;
    try (PreparedStatement cases = connection.prepareStatement(CASE_INSERT);
        PreparedStatement history = connection.prepareStatement(EVENT_INSERT)) {
      for (Generated g : chunk) {
        bind(cases, g.row());
        cases.addBatch();
      }
      cases.executeBatch();
      for (Generated g : chunk) {
        for (Object[] e : g.events()) {
          bind(history, e);
          history.addBatch();
          events++;
          if (events % 2_000 == 0) {
            history.executeBatch();
          }
        }
      }
      history.executeBatch();
      batch(connection, RATING_INSERT, chunk, Generated::ratings);
      batch(connection, COMPLAINT_INSERT, chunk, Generated::complaints);
      batch(connection, WARNING_INSERT, chunk, Generated::warnings);
    } catch (SQLException e) {
      throw new IllegalStateException("benchmark cases not written: " + e.getMessage(), e);
    }
    return events;
  }

  private static final String RATING_INSERT =
      "INSERT INTO evaluation_rating (version, case_id, department_id, channel, online_case_id,"
          + " level, rated_by, rated_at, rated_on, excluded) VALUES (0, ?, ?, ?, ?, ?, 'bench', ?,"
          + " ?, FALSE)";

  private static final String COMPLAINT_INSERT =
      "INSERT INTO complaint (version, number, channel, subject_kind, status, complainant_name,"
          + " case_id, department_id, title, body, received_at, due_on, reply, replied_at,"
          + " rating, reopened, escalation_level) VALUES (0, ?, ?, 'CASE', ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, FALSE, 0)";

  private static final String WARNING_INSERT =
      "INSERT INTO case_warning (version, case_id, department_id, case_status, level, due_on,"
          + " raised_at, escalation, escalated_on, cleared_at, cleared_reason)"
          + " VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Inserts the rows {@code rows} gives for each case of the chunk, as one batch. */
  private static void batch(
      Connection connection,
      String insert,
      List<Generated> chunk,
      java.util.function.Function<Generated, List<Object[]>> rows)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      for (Generated g : chunk) {
        for (Object[] row : rows.apply(g)) {
          bind(statement, row);
          statement.addBatch();
        }
      }
      statement.executeBatch();
    }
  }

  private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        statement.setNull(i + 1, Types.NULL);
      } else if (v instanceof LocalDate d) {
        statement.setDate(i + 1, Date.valueOf(d));
      } else {
        statement.setObject(i + 1, v);
      }
    }
  }

  /** Moves both identity columns past the generated ids. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void moveIdentities(long[] next) {
    Connection connection = em.unwrap(Connection.class);
    try (Statement statement = connection.createStatement()) {
      boolean postgres =
          connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      for (String[] t : new String[][] {{"approval_case", "0"}, {"case_event", "1"}}) {
        long value = next[Integer.parseInt(t[1])] + 1;
        statement.execute(
            postgres
                ? "SELECT setval(pg_get_serial_sequence('" + t[0] + "', 'id'), " + value + ")"
                : "ALTER TABLE " + t[0] + " ALTER COLUMN id RESTART WITH " + value);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("identity columns not moved: " + e.getMessage(), e);
    }
  }
}
