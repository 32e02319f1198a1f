package gov.approval.supervision.control;

import gov.approval.calendar.entity.LimitUnit;
import gov.approval.calendar.entity.WorkingCalendar;
import gov.approval.casework.control.CaseClock;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.CaseTime;
import gov.approval.platform.control.Clocks;
import gov.approval.supervision.boundary.ScanRun;
import gov.approval.supervision.entity.CaseWarning;
import gov.approval.supervision.entity.CorrectionOrder;
import gov.approval.supervision.entity.Escalation;
import gov.approval.supervision.entity.OrderState;
import gov.approval.supervision.entity.RiskChecks;
import gov.approval.supervision.entity.RiskRule;
import gov.approval.supervision.entity.RiskRuleSetting;
import gov.approval.supervision.entity.Thresholds;
import gov.approval.supervision.entity.WarningThreshold;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The supervision scan as of a day: warnings of every watched case (time passes without any
 * transition), escalation of active warnings, overdue correction orders, and the state-based risk
 * rules (idle cases, long suspensions). Each case is handled in its own transaction, so one failure
 * blocks nothing and is retried by the next run.
 *
 * <p>Once per cluster: the timer fires on every server, but a run first claims the row {@code
 * supervision_claim} with a conditional update that moves its lease past now; only the server whose
 * update changed the row runs. A persistent EJB timer would need the cluster's shared timer store
 * configured per deployment group; the claim needs only the database every server already shares,
 * works the same on H2 and PostgreSQL, and a server that dies mid-run releases it when the lease
 * ends. Every step is idempotent, so even two runs would change nothing more.
 */
@Stateless
public class SupervisionScan {

  private static final Logger LOG = Logger.getLogger(SupervisionScan.class.getName());

  /** The longest extension a case can get (working days) and the acceptance window before it. */
  static final int MAX_EXTENSION_DAYS = 10;

  static final int ACCEPTANCE_WINDOW_DAYS = 5;

  static final Duration LEASE = Duration.ofMinutes(9);

  /** Recorded findings looked up per statement: well below every database's parameter limit. */
  private static final int FINGERPRINTS_PER_QUERY = 500;

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  @Inject Clock clock;

  @Inject CaseClock caseClock;

  @Inject WarningWatch warnings;

  @Inject SupervisionSettings settings;

  @Inject RiskDetector risks;

  @Inject OrderNotices orderNotices;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void everyTenMinutes() {
    SupervisionScan self = context.getBusinessObject(SupervisionScan.class);
    if (!self.claim(Instant.now(clock))) {
      LOG.fine("Supervision scan: another server holds the claim");
      return;
    }
    ScanRun run = runAsOf(LocalDate.now(clock));
    LOG.fine(() -> "Supervision scan: " + run);
  }

  /** Takes the cluster-wide claim for one run; false when another server holds it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(Instant now) {
    return em.createNativeQuery(
                "UPDATE supervision_claim SET locked_until = ?1, holder = ?2, version = version + 1"
                    + " WHERE name = 'scan' AND locked_until < ?3")
            .setParameter(1, java.sql.Timestamp.from(now.plus(LEASE)))
            .setParameter(2, holder())
            .setParameter(3, java.sql.Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  private static String holder() {
    try {
      return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
    } catch (java.net.UnknownHostException e) {
      return "pid " + ProcessHandle.current().pid();
    }
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ScanRun runAsOf(LocalDate day) {
    SupervisionScan self = context.getBusinessObject(SupervisionScan.class);
    int failed = 0;
    failed += each(self.watchedCases(day), id -> self.evaluateCase(id, day), "warnings of case");
    failed += each(self.dueEscalations(day), id -> self.escalateWarning(id, day), "escalation of");
    failed += each(self.overdueOrders(day), id -> self.escalateOrder(id, day), "order");
    failed += each(self.riskCandidates(day), id -> self.riskState(id, day), "risk scan of case");
    long yellow = self.countActive(gov.approval.supervision.entity.WarningLevel.YELLOW);
    long red = self.countActive(gov.approval.supervision.entity.WarningLevel.RED);
    return new ScanRun(day, yellow, red, failed);
  }

  private static int each(List<Long> ids, LongPredicate action, String what) {
    int failed = 0;
    for (Long id : ids) {
      try {
        action.test(id);
      } catch (RuntimeException e) {
        failed++;
        LOG.log(Level.WARNING, "Supervision " + what + " " + id + " failed: " + e.getMessage());
      }
    }
    return failed;
  }

  /**
   * The cases whose warnings may change as of {@code day} without a transition: those whose own or
   * current step's deadline falls within the warning horizon, those with a standing warning (to
   * turn red), and those with a special procedure behind them (its days lengthen the period a share
   * is taken of). Four indexed queries instead of every open case; everything else changes only by
   * a transition, which the transition hook evaluates.
   */
  public List<Long> watchedCases(LocalDate day) {
    CaseTime time = caseClock.on(day);
    LocalDate horizon =
        time.calendar()
            .due(day, horizonDays(thresholdsInUse(), longestLimit()), LimitUnit.WORKING_DAYS)
            .due();
    SortedSet<Long> ids = new TreeSet<>();
    ids.addAll(
        em.createQuery(
                "SELECT c.id FROM ApprovalCase c WHERE c.status IN :watched"
                    + " AND c.dueOn IS NOT NULL AND c.dueOn <= :horizon",
                Long.class)
            .setParameter("watched", WarningWatch.WATCHED)
            .setParameter("horizon", horizon)
            .getResultList());
    ids.addAll(
        em.createQuery(
                "SELECT s.approvalCase.id FROM CaseStep s WHERE s.finishedAt IS NULL"
                    + " AND s.dueOn IS NOT NULL AND s.dueOn <= :horizon"
                    + " AND s.approvalCase.status = :accepted",
                Long.class)
            .setParameter("horizon", horizon)
            .setParameter("accepted", CaseStatus.ACCEPTED)
            .getResultList());
    ids.addAll(
        em.createQuery(
                "SELECT DISTINCT w.approvalCase.id FROM CaseWarning w WHERE w.clearedAt IS NULL",
                Long.class)
            .getResultList());
    ids.addAll(
        em.createQuery(
                "SELECT DISTINCT c.id FROM ApprovalCase c JOIN c.suspensions s"
                    + " WHERE c.status IN :watched",
                Long.class)
            .setParameter("watched", WarningWatch.WATCHED)
            .getResultList());
    return List.copyOf(ids);
  }

  /**
   * How many working days before its due day a deadline may first turn yellow: the days-left
   * threshold, or the unused share of the longest limit (promised limit plus the longest
   * extension), whichever is larger, under every threshold in use.
   */
  static int horizonDays(List<Thresholds> thresholds, int longestLimit) {
    int horizon = 0;
    for (Thresholds t : thresholds) {
      int share = (longestLimit * (100 - t.yellowSharePercent()) + 99) / 100;
      horizon = Math.max(horizon, Math.max(t.yellowDaysLeft(), share));
    }
    // One more day: the scan of the day the threshold is reached sees it.
    return horizon + 1;
  }

  private List<Thresholds> thresholdsInUse() {
    List<Thresholds> all = new ArrayList<>();
    all.add(settings.defaultThresholds());
    em.createNamedQuery("WarningThreshold.list", WarningThreshold.class)
        .getResultList()
        .forEach(t -> all.add(t.thresholds()));
    return all;
  }

  private int longestLimit() {
    Integer promised =
        em.createQuery("SELECT MAX(v.promisedLimitDays) FROM ItemVersion v", Integer.class)
            .getSingleResult();
    return (promised == null ? 0 : promised) + MAX_EXTENSION_DAYS + ACCEPTANCE_WINDOW_DAYS;
  }

  /**
   * The open cases that a state rule can find something new in on {@code day}: those with a special
   * procedure running, and those idle for at least the idle rule's working days whose idleness is
   * not yet recorded. The idle ones are found from one read of the cases unchanged for at least as
   * many calendar days (working days never outnumber calendar days) and of the findings already
   * recorded for them; a case idle for weeks is read once, when it becomes idle, not every ten
   * minutes. (Reading each candidate in a transaction of its own, as before, took a core for tens
   * of seconds per scan with a million cases, 25,000 of them open and long unchanged.)
   */
  public List<Long> riskCandidates(LocalDate day) {
    RiskRuleSetting idle = risks.setting(RiskRule.CASE_IDLE);
    RiskRuleSetting suspended = risks.setting(RiskRule.LONG_SUSPENSION);
    SortedSet<Long> ids = new TreeSet<>();
    if (idle.isEnabled()) {
      ids.addAll(newlyIdle(day, idle.getParameter()));
    }
    if (suspended.isEnabled()) {
      ids.addAll(
          em.createQuery(
                  "SELECT DISTINCT c.id FROM ApprovalCase c JOIN c.suspensions p"
                      + " WHERE c.status IN :open AND p.endedOn IS NULL",
                  Long.class)
              .setParameter("open", CaseStatus.OPEN)
              .getResultList());
    }
    return List.copyOf(ids);
  }

  /** Open cases idle for at least {@code maxDays} working days on {@code day}, not yet recorded. */
  private List<Long> newlyIdle(LocalDate day, int maxDays) {
    // Idle on day D means last changed on D - N or earlier: before the start of D - N + 1.
    Instant unchangedBefore =
        day.minusDays(maxDays - 1L).atStartOfDay(Clocks.CITY_ZONE).toInstant();
    List<Object[]> unchanged =
        em.createQuery(
                "SELECT c.id, c.number, c.updatedAt FROM ApprovalCase c"
                    + " WHERE c.status IN :open AND c.updatedAt < :unchangedBefore",
                Object[].class)
            .setParameter("open", CaseStatus.OPEN)
            .setParameter("unchangedBefore", unchangedBefore)
            .getResultList();
    WorkingCalendar calendar = caseClock.on(day).calendar();
    Map<String, Long> byFingerprint = new HashMap<>();
    List<Long> found = new ArrayList<>();
    for (Object[] row : unchanged) {
      long id = (Long) row[0];
      String number = (String) row[1];
      LocalDate lastChange = ((Instant) row[2]).atZone(Clocks.CITY_ZONE).toLocalDate();
      if (number == null) {
        found.add(id);
      } else {
        RiskChecks.idle(number, lastChange, day, calendar, maxDays, null)
            .ifPresent(f -> byFingerprint.put(f.fingerprint(), id));
      }
    }
    List<String> fingerprints = new ArrayList<>(byFingerprint.keySet());
    for (int i = 0; i < fingerprints.size(); i += FINGERPRINTS_PER_QUERY) {
      em.createQuery(
              "SELECT r.fingerprint FROM RiskEvent r"
                  + " WHERE r.rule = :rule AND r.fingerprint IN :fingerprints",
              String.class)
          .setParameter("rule", RiskRule.CASE_IDLE)
          .setParameter(
              "fingerprints",
              fingerprints.subList(i, Math.min(fingerprints.size(), i + FINGERPRINTS_PER_QUERY)))
          .getResultList()
          .forEach(byFingerprint::remove);
    }
    found.addAll(byFingerprint.values());
    return found;
  }

  /**
   * The active warnings that move up the chain on {@code day} ({@link CaseWarning#isDue}). One read
   * of every active warning's level and day, the days counted here with the day's calendar as
   * {@link WarningWatch#escalate} counts them; only those due get a transaction, which checks
   * again. (A transaction for each active warning read some 13,000 generated warnings every ten
   * minutes to move none of them.)
   */
  public List<Long> dueEscalations(LocalDate day) {
    WorkingCalendar calendar = caseClock.on(day).calendar();
    int everyDays = settings.escalationDays();
    List<Long> due = new ArrayList<>();
    for (Object[] row :
        em.createNamedQuery("CaseWarning.activeLevels", Object[].class).getResultList()) {
      int since = calendar.workingDaysBetween((LocalDate) row[2], day);
      if (CaseWarning.isDue((Escalation) row[1], since, everyDays)) {
        due.add((Long) row[0]);
      }
    }
    return due;
  }

  public List<Long> overdueOrders(LocalDate day) {
    return em.createNamedQuery("CorrectionOrder.overdue", Long.class)
        .setParameter("open", OrderState.OPEN)
        .setParameter("today", day)
        .getResultList();
  }

  public long countActive(gov.approval.supervision.entity.WarningLevel level) {
    return em.createQuery(
            "SELECT COUNT(w) FROM CaseWarning w WHERE w.clearedAt IS NULL AND w.level = :level",
            Long.class)
        .setParameter("level", level)
        .getSingleResult();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean evaluateCase(long id, LocalDate day) {
    ApprovalCase c = em.find(ApprovalCase.class, id);
    warnings.evaluate(c, caseClock.on(day));
    return true;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean escalateWarning(long id, LocalDate day) {
    CaseWarning w = em.find(CaseWarning.class, id);
    if (w != null && w.isActive()) {
      warnings.escalate(w, caseClock.on(day));
    }
    return true;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean escalateOrder(long id, LocalDate day) {
    CorrectionOrder o = em.find(CorrectionOrder.class, id);
    if (o != null && o.escalateIfOverdue(day)) {
      orderNotices.overdue(o);
    }
    return true;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean riskState(long id, LocalDate day) {
    ApprovalCase c = em.find(ApprovalCase.class, id);
    CaseTime time = caseClock.on(day);
    risks.onState(c, time);
    return true;
  }
}
