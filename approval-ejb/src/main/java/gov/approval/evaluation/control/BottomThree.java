package gov.approval.evaluation.control;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.evaluation.entity.Interview;
import gov.approval.evaluation.entity.Score;
import gov.approval.evaluation.entity.ScoreComponent;
import gov.approval.evaluation.entity.ScoreEvidence;
import gov.approval.evaluation.entity.SubjectKind;
import gov.approval.identity.entity.Position;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailTexts;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls in the month's three lowest departments (约谈): among departments with at least the minimum
 * number of completed cases, an interview record pre-filled from the weak parts of each score and
 * the cases behind them, a correction deadline on the working-day calendar, and a mail to the
 * department's heads. A department's interview of a month is made once, so a re-run of the month
 * leaves existing records (and their follow-up) alone.
 */
@Dependent
public class BottomThree {

  /** Components under this many points are named as problems. */
  static final BigDecimal WEAK = BigDecimal.valueOf(60);

  static final int BOTTOM = 3;

  static final int CASES_NAMED = 10;

  private static final String TEXTS = "gov.approval.platform.boundary.MailTexts";

  @PersistenceContext EntityManager em;

  @Inject CalendarService calendars;

  @Inject Clock clock;

  @Inject Event<Mail> mail;

  @Inject
  @ConfigProperty(name = "approval.evaluation.interview.correction-days", defaultValue = "15")
  int correctionDays;

  @Inject
  @ConfigProperty(name = "approval.evaluation.interview.min-cases", defaultValue = "5")
  int defaultMinCases;

  public int defaultMinCases() {
    return defaultMinCases;
  }

  /** Creates the month's missing interviews; returns how many were created. */
  public int callIn(YearMonth month, int minCases) {
    List<Score> lowest =
        em
            .createNamedQuery("Score.ofMonth", Score.class)
            .setParameter("monthStart", month.atDay(1))
            .setParameter("kind", SubjectKind.DEPARTMENT)
            .getResultList()
            .stream()
            .filter(s -> s.getCaseCount() >= minCases)
            .sorted(Comparator.comparing(Score::getTotal).thenComparing(Score::getId))
            .limit(BOTTOM)
            .toList();
    LocalDate today = LocalDate.now(clock);
    LocalDate due = calendars.calendar().due(today, correctionDays, LimitUnit.WORKING_DAYS).due();
    int created = 0;
    for (int i = 0; i < lowest.size(); i++) {
      Score score = lowest.get(i);
      long department = score.getDepartment().getId();
      if (existing(month, department) != null) {
        continue;
      }
      int repeated = 1;
      while (repeated < 24 && existing(month.minusMonths(repeated), department) != null) {
        repeated++;
      }
      Interview interview =
          new Interview(
              month,
              score.getDepartment(),
              score.getTotal(),
              i + 1,
              repeated,
              problems(score, repeated),
              due,
              clock.instant());
      em.persist(interview);
      mailHeads(interview, score);
      created++;
    }
    return created;
  }

  private Interview existing(YearMonth month, long department) {
    return em.createNamedQuery("Interview.ofMonthAndDepartment", Interview.class)
        .setParameter("monthStart", month.atDay(1))
        .setParameter("department", department)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** One line per weak indicator with the case numbers behind it (the first ten). */
  String problems(Score score, int repeated) {
    ResourceBundle texts = ResourceBundle.getBundle(TEXTS, Locale.SIMPLIFIED_CHINESE);
    List<Long> caseIds =
        score.getEvidence().stream()
            .map(ScoreEvidence::getCaseId)
            .filter(Objects::nonNull)
            .toList();
    Map<Long, String> numbers = new HashMap<>();
    if (!caseIds.isEmpty()) {
      em.createQuery("SELECT c.id, c.number FROM ApprovalCase c WHERE c.id IN :ids", Object[].class)
          .setParameter("ids", caseIds)
          .getResultList()
          .forEach(r -> numbers.put((Long) r[0], (String) r[1]));
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        java.text.MessageFormat.format(
            texts.getString("evaluation.interview.summary"),
            score.getMonth().toString(),
            score.getTotal().toPlainString(),
            score.getCaseCount(),
            repeated));
    for (ScoreComponent c : score.getComponents()) {
      if (!c.isAvailable() || c.getNormalised().compareTo(WEAK) >= 0) {
        continue;
      }
      List<String> cases =
          score.getEvidence().stream()
              .filter(e -> e.getIndicator() == c.getIndicator() && e.getCaseId() != null)
              .map(e -> numbers.get(e.getCaseId()))
              .limit(CASES_NAMED)
              .toList();
      lines.add(
          java.text.MessageFormat.format(
              texts.getString("evaluation.interview.problem"),
              texts.getString("evaluation.indicator." + c.getIndicator().name()),
              c.getRaw().stripTrailingZeros().toPlainString(),
              c.getNormalised().toPlainString(),
              cases.isEmpty() ? "—" : String.join("、", cases)));
    }
    return String.join("\n", lines);
  }

  private void mailHeads(Interview interview, Score score) {
    List<StaffMember> staff =
        em.createQuery(
                "SELECT s FROM StaffMember s JOIN FETCH s.account WHERE s.department = :department",
                StaffMember.class)
            .setParameter("department", score.getDepartment())
            .getResultList();
    for (StaffMember head : staff) {
      if (!head.getPositions().contains(Position.DEPARTMENT_HEAD)
          || head.getAccount().getEmail() == null) {
        continue;
      }
      mail.fire(
          MailTexts.compose(
                  head.getAccount().getEmail(),
                  "evaluation.interview",
                  head.getName(),
                  score.getDepartment().getName(),
                  interview.getMonth().toString(),
                  interview.getPosition(),
                  interview.getProblems(),
                  interview.getCorrectionDueOn().toString(),
                  interview.getRepeatedMonths())
              .withReference(reference(interview)));
    }
  }

  /** The outbox reference of an interview's mails. */
  public static String reference(Interview interview) {
    return "interview-" + interview.getMonth() + "-" + interview.getDepartment().getCode();
  }
}
