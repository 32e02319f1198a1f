package gov.approval.evaluation.boundary;

import gov.approval.casework.control.CaseAccess;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.evaluation.control.Tickets;
import gov.approval.evaluation.entity.Rating;
import gov.approval.evaluation.entity.RatingLevel;
import gov.approval.evaluation.entity.RectificationTicket;
import gov.approval.evaluation.entity.WindowRatingToken;
import gov.approval.identity.entity.Roles;
import gov.approval.organisation.control.ActingStaff;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Citizen ratings (好差评): one online rating per completed case by its applicant, and one per window
 * visit through a one-time token the clerk creates for the window device, or through the visit's
 * six-digit code typed on a hall kiosk. A bad review opens its rectification ticket in the same
 * transaction.
 */
@Stateless
public class RatingService {

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Draws of a kiosk code before giving up. A draw hits a live code with the chance live codes /
   * 1,000,000 (a busy hall has a few hundred live at once), so twenty draws all taken means
   * something else is wrong.
   */
  static final int CODE_DRAWS = 20;

  private static final Pattern CODE = Pattern.compile("\\d{" + WindowRatingToken.CODE_DIGITS + "}");

  @PersistenceContext EntityManager em;

  @Inject CaseAccess cases;

  @Inject ActingStaff staff;

  @Inject Tickets tickets;

  @Inject Clock clock;

  /** The applicant rates their completed case; a second online rating is refused. */
  @RolesAllowed(Roles.CITIZEN)
  public RatingView rateOnline(long caseId, @NotNull @Valid RatingForm form) {
    ApprovalCase c = cases.ownCase(caseId, null);
    if (findOnline(caseId).isPresent()) {
      throw new BusinessException("evaluation.rating.alreadyRated", c.getNumber());
    }
    Instant now = clock.instant();
    Rating rating =
        Rating.online(
            c,
            responsible(c),
            form.level(),
            form.comment(),
            form.tags(),
            cases.username(),
            now,
            LocalDate.now(clock));
    em.persist(rating);
    RectificationTicket ticket = tickets.openIfBad(rating, now, LocalDate.now(clock));
    em.flush();
    return RatingView.of(rating, ticket);
  }

  /** The applicant's online rating of their case, with its rectification, if they gave one. */
  @RolesAllowed(Roles.CITIZEN)
  public Optional<RatingView> myRating(long caseId) {
    cases.ownCase(caseId, null);
    return findOnline(caseId).map(r -> RatingView.of(r, tickets.forRating(r.getId())));
  }

  /** The applicant rates how their bad review was put right, once. */
  @RolesAllowed(Roles.CITIZEN)
  public RatingView rateRectification(long caseId, RatingLevel level) {
    cases.ownCase(caseId, null);
    Rating rating = findOnline(caseId).orElseThrow(() -> new NotFoundException("Rating", caseId));
    RectificationTicket ticket = tickets.forRating(rating.getId());
    if (ticket == null) {
      throw new NotFoundException("RectificationTicket", caseId);
    }
    ticket.rateRectification(level);
    em.flush();
    return RatingView.of(rating, ticket);
  }

  /**
   * A clerk starts the rating of a visit about a completed case of their department: the token goes
   * to the window device, which shows the rating page without a login.
   */
  @RolesAllowed(Roles.CASE_INTAKE)
  public WindowRatingStart startWindowRating(@NotNull String caseNumber) {
    ApprovalCase c =
        em.createNamedQuery("ApprovalCase.findByNumber", ApprovalCase.class)
            .setParameter("number", caseNumber.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("ApprovalCase", caseNumber));
    StaffMember clerk = staff.get();
    if (!clerk.getDepartment().isSameAs(c.getDepartment())) {
      throw new NotFoundException("ApprovalCase", caseNumber);
    }
    if (c.getCompletedAt() == null) {
      throw new BusinessException("evaluation.rating.notCompleted", c.getNumber());
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    Instant now = clock.instant();
    WindowRatingToken token =
        new WindowRatingToken(
            Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
            freeCode(now),
            c,
            clerk,
            now);
    em.persist(token);
    return new WindowRatingStart(
        token.getToken(), token.getCode(), c.getNumber(), token.getExpiresAt());
  }

  /**
   * A kiosk code no usable visit holds. Six random digits can repeat, and a code must name one
   * visit while it lives, so a draw that a live visit holds is drawn again; a draw that an expired
   * visit still holds is taken from it (used visits hold none). The unique index on the code is the
   * last guard: two clerks drawing the same free code in the same instant make one of them fail and
   * start again, which is rarer than one in a million starts.
   */
  private String freeCode(Instant now) {
    return firstFree(
            () -> RANDOM.nextInt(1_000_000),
            code -> {
              Optional<WindowRatingToken> holder = byCode(code);
              if (holder.isEmpty()) {
                return true;
              }
              if (holder.get().isUsable(now)) {
                return false;
              }
              holder.get().releaseCode(now);
              // The release must reach the database before the new visit's insert takes the code.
              em.flush();
              return true;
            },
            CODE_DRAWS)
        .orElseThrow(() -> new BusinessException("evaluation.window.noFreeCode"));
  }

  /** The first of {@code draws} codes that {@code claim} accepts, within {@code attempts}. */
  static Optional<String> firstFree(IntSupplier draws, Predicate<String> claim, int attempts) {
    for (int i = 0; i < attempts; i++) {
      String code = String.format("%0" + WindowRatingToken.CODE_DIGITS + "d", draws.getAsInt());
      if (claim.test(code)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** What the device shows for a token that can still be used. */
  @PermitAll
  public WindowRatingInfo windowRating(@NotNull String token) {
    WindowRatingToken t = usable(token);
    return new WindowRatingInfo(
        t.getApprovalCase().getItemName(),
        t.getApprovalCase().getDepartment().getName(),
        t.getStaff().getName());
  }

  /** The citizen's tap on the window device; the token is spent. */
  @PermitAll
  public RatingView rateAtWindow(@NotNull String token, @NotNull @Valid RatingForm form) {
    return rate(usable(token), form);
  }

  /**
   * What a hall kiosk shows for a visit's code that can still be used; a wrong, expired or spent
   * code is one refusal, so a guess learns nothing more.
   */
  @PermitAll
  public WindowRatingInfo windowRatingByCode(@NotNull String code) {
    WindowRatingToken t = usableCode(code);
    return new WindowRatingInfo(
        t.getApprovalCase().getItemName(),
        t.getApprovalCase().getDepartment().getName(),
        t.getStaff().getName());
  }

  /**
   * The citizen rates the visit on a hall kiosk with its code: the same window rating as through
   * the token, which is spent with the code.
   */
  @PermitAll
  public RatingView rateAtWindowByCode(@NotNull String code, @NotNull @Valid RatingForm form) {
    return rate(usableCode(code), form);
  }

  private RatingView rate(WindowRatingToken t, RatingForm form) {
    Instant now = clock.instant();
    t.use(now);
    Rating rating =
        Rating.atWindow(
            t.getApprovalCase(),
            t.getStaff(),
            form.level(),
            form.comment(),
            form.tags(),
            now,
            LocalDate.now(clock));
    em.persist(rating);
    RectificationTicket ticket = tickets.openIfBad(rating, now, LocalDate.now(clock));
    em.flush();
    return RatingView.of(rating, ticket);
  }

  /** Every rating of a case, for its staff (own department, or supervisors and admins). */
  @RolesAllowed(Roles.CASE_VIEW)
  public List<RatingView> ofCase(long caseId) {
    cases.readable(caseId);
    return em
        .createNamedQuery("Rating.forCase", Rating.class)
        .setParameter("caseId", caseId)
        .getResultList()
        .stream()
        .map(r -> RatingView.of(r, tickets.forRating(r.getId())))
        .toList();
  }

  private WindowRatingToken usable(String token) {
    WindowRatingToken t =
        em.createNamedQuery("WindowRatingToken.findByToken", WindowRatingToken.class)
            .setParameter("token", token)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessException("evaluation.window.tokenInvalid"));
    if (!t.isUsable(clock.instant())) {
      throw new BusinessException("evaluation.window.tokenInvalid");
    }
    return t;
  }

  private WindowRatingToken usableCode(String code) {
    String digits = code.strip();
    if (!CODE.matcher(digits).matches()) {
      throw new BusinessException("evaluation.window.codeInvalid");
    }
    return byCode(digits)
        .filter(t -> t.isUsable(clock.instant()))
        .orElseThrow(() -> new BusinessException("evaluation.window.codeInvalid"));
  }

  private Optional<WindowRatingToken> byCode(String code) {
    return em.createNamedQuery("WindowRatingToken.findByCode", WindowRatingToken.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private Optional<Rating> findOnline(long caseId) {
    return em.createNamedQuery("Rating.onlineForCase", Rating.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .findFirst();
  }

  /** The clerk who accepted the case answers for it: the one the applicant dealt with. */
  private StaffMember responsible(ApprovalCase c) {
    if (c.getAcceptedBy() == null) {
      return null;
    }
    return em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
        .setParameter("username", c.getAcceptedBy())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
