package gov.approval.consultation.boundary;

import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.catalogue.entity.CatalogueChanged;
import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.consultation.entity.Question;
import gov.approval.consultation.entity.QuestionStatus;
import gov.approval.identity.entity.Roles;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.Department;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.platform.boundary.PagedQuery;
import gov.approval.platform.boundary.Versions;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Policy consultation: citizens ask and read their answers, the owning department answers and
 * publishes (own department only), supervisors list the overdue questions, and anyone reads an
 * item's published FAQ. The answer deadline comes from the one working-day calculator.
 */
@Stateless
public class ConsultationService {

  private static final String ROW =
      "SELECT NEW gov.approval.consultation.boundary.QuestionRow(q.id, q.version, q.itemName,"
          + " d.name, o.displayName, q.text, q.status, q.askedAt, q.dueOn, q.answer, q.answeredAt,"
          + " q.consentToPublish, q.publishedAt) FROM Question q JOIN q.department d JOIN q.owner o";

  private static final String COUNT =
      "SELECT COUNT(q) FROM Question q JOIN q.department d JOIN q.owner o";

  @PersistenceContext EntityManager em;

  @Resource SessionContext session;

  @Inject ActingStaff staff;

  @Inject CalendarService calendar;

  @Inject Clock clock;

  @Inject Event<CatalogueChanged> catalogueChanged;

  @Inject
  @ConfigProperty(name = "approval.consultation.answer-days", defaultValue = "5")
  int answerDays;

  /**
   * Asks a question: about a published item (it goes to the item's department) or, without an item,
   * to the department named. The answer is due {@code approval.consultation.answer-days} working
   * days after today.
   */
  @RolesAllowed(Roles.CITIZEN)
  public QuestionRow ask(@NotNull @Valid QuestionForm form) {
    UserAccount me =
        em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
            .setParameter("username", session.getCallerPrincipal().getName())
            .getSingleResult();
    ServiceItem item = null;
    Department department;
    if (form.itemCode() != null && !form.itemCode().isBlank()) {
      item =
          em.createQuery(
                  "SELECT i FROM ServiceItem i JOIN FETCH i.department"
                      + " WHERE i.implementationCode = :code AND i.status IN :listed",
                  ServiceItem.class)
              .setParameter("code", form.itemCode().strip().toUpperCase(Locale.ROOT))
              .setParameter("listed", List.of(VersionStatus.PUBLISHED, VersionStatus.SUSPENDED))
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> new BusinessException("consultation.question.unknownItem"));
      department = item.getDepartment();
    } else if (form.departmentCode() != null && !form.departmentCode().isBlank()) {
      department =
          em.createQuery("SELECT d FROM Department d WHERE d.code = :code", Department.class)
              .setParameter("code", form.departmentCode().strip().toUpperCase(Locale.ROOT))
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> new BusinessException("consultation.question.unknownDepartment"));
    } else {
      throw new BusinessException("consultation.question.whom");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate due = calendar.calendar().due(today, answerDays, LimitUnit.WORKING_DAYS).due();
    Question question =
        new Question(
            me,
            department,
            item,
            item == null ? null : item.getName(),
            form.text(),
            form.consentToPublish(),
            clock.instant(),
            due);
    em.persist(question);
    em.flush();
    return row(question);
  }

  /** My questions, newest first. */
  @RolesAllowed(Roles.CITIZEN)
  public Page<QuestionRow> myQuestions(@NotNull PageRequest request) {
    return PagedQuery.of(em, QuestionRow.class, ROW, COUNT)
        .where("o.username = :me", "me", session.getCallerPrincipal().getName())
        .page(request, "q.askedAt DESC, q.id DESC");
  }

  /**
   * The questions to the caller's department (all departments for organisation managers), open ones
   * first by due date, optionally only those of {@code status}.
   */
  @RolesAllowed(Roles.CASE_VIEW)
  public Page<QuestionRow> departmentQuestions(
      @NotNull PageRequest request, QuestionStatus status) {
    return PagedQuery.of(em, QuestionRow.class, ROW, COUNT)
        .where("d.id = :department", "department", staff.confinedToDepartment().orElse(null))
        .where("q.status = :status", "status", status)
        .page(request, "q.status DESC, q.dueOn, q.id");
  }

  /** One question of the caller's department, to answer or publish. */
  @RolesAllowed(Roles.CASE_VIEW)
  public QuestionRow departmentQuestion(long questionId) {
    Question question = em.find(Question.class, questionId);
    if (question == null) {
      throw new NotFoundException("Question", questionId);
    }
    staff.checkMayActOn(question.getDepartment());
    return row(question);
  }

  /** Answers a question of the caller's department. */
  @RolesAllowed(Roles.CASE_VIEW)
  public QuestionRow answer(
      long questionId,
      long version,
      @NotBlank(message = "{consultation.answer.required}")
          @Size(max = Question.TEXT_LENGTH, message = "{consultation.question.tooLong}")
          String answer) {
    Question question = ownDepartments(questionId, version);
    question.answer(answer, staff.get().getName(), clock.instant());
    em.flush();
    return row(question);
  }

  /**
   * Publishes an answered question on its item's guide under the anonymised wording, if the asker
   * consented; the guide pages cached for the public are dropped with it.
   */
  @RolesAllowed(Roles.CASE_VIEW)
  public QuestionRow publish(
      long questionId,
      long version,
      @Size(max = Question.TEXT_LENGTH, message = "{consultation.question.tooLong}")
          String anonymisedQuestion) {
    Question question = ownDepartments(questionId, version);
    question.publish(anonymisedQuestion, clock.instant());
    em.flush();
    catalogueChanged.fire(new CatalogueChanged("Question"));
    return row(question);
  }

  /** Open questions past their due day, in every department, the longest overdue first. */
  @RolesAllowed(Roles.SUPERVISE)
  public Page<QuestionRow> overdue(@NotNull PageRequest request) {
    return PagedQuery.of(em, QuestionRow.class, ROW, COUNT)
        .where("q.status = :open", "open", QuestionStatus.OPEN)
        .where("q.dueOn < :today", "today", LocalDate.now(clock))
        .page(request, "q.dueOn, q.id");
  }

  /** The published FAQ of an item (by implementation code), newest first. */
  @PermitAll
  public List<PublishedFaq> faq(@NotBlank String itemCode) {
    return em.createQuery(
            "SELECT NEW gov.approval.consultation.boundary.PublishedFaq(q.publishedQuestion,"
                + " q.answer, q.publishedAt) FROM Question q JOIN q.item i"
                + " WHERE i.implementationCode = :code AND q.publishedAt IS NOT NULL"
                + " ORDER BY q.publishedAt DESC, q.id DESC",
            PublishedFaq.class)
        .setParameter("code", itemCode.strip().toUpperCase(Locale.ROOT))
        .setMaxResults(50)
        .getResultList();
  }

  private Question ownDepartments(long questionId, long version) {
    Question question = em.find(Question.class, questionId);
    if (question == null) {
      throw new NotFoundException("Question", questionId);
    }
    staff.checkMayActOn(question.getDepartment());
    Versions.check(question.getVersion(), version);
    return question;
  }

  private QuestionRow row(Question q) {
    return new QuestionRow(
        q.getId(),
        q.getVersion(),
        q.getItemName(),
        q.getDepartment().getName(),
        q.getOwner().getDisplayName(),
        q.getText(),
        q.getStatus(),
        q.getAskedAt(),
        q.getDueOn(),
        q.getAnswer(),
        q.getAnsweredAt(),
        q.isConsentToPublish(),
        q.getPublishedAt());
  }
}
