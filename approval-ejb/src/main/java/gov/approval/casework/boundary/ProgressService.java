package gov.approval.casework.boundary;

import gov.approval.casework.control.CaseClock;
import gov.approval.casework.entity.ApprovalCase;
import gov.approval.casework.entity.CaseAction;
import gov.approval.casework.entity.CaseEvent;
import gov.approval.casework.entity.CaseStatus;
import gov.approval.casework.entity.CaseTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The public progress query (办件进度查询) behind the QR code of every notice: a case number and its
 * check code give the case's progress without personal data. A wrong number and a wrong code look
 * the same to the caller, and the code is compared in constant time; limiting attempts per client
 * is the web layer's part.
 */
@Stateless
@PermitAll
public class ProgressService {

  /** Timeline entries of the applicant's own or internal work that the public does not see. */
  static final Set<CaseAction> INTERNAL =
      Set.copyOf(
          EnumSet.of(CaseAction.DRAFTED, CaseAction.MATERIAL_UPLOADED, CaseAction.STEP_ASSIGNED));

  /** Compared against when the number is unknown, so that both mismatches take the same work. */
  private static final byte[] NO_CODE = "\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.UTF_8);

  @PersistenceContext EntityManager em;

  @Inject CaseClock clock;

  /**
   * The progress of case {@code number} if {@code checkCode} is its check code; empty otherwise.
   */
  public Optional<ProgressView> query(String number, String checkCode) {
    if (number == null || checkCode == null || number.isBlank() || checkCode.isBlank()) {
      return Optional.empty();
    }
    String wantedNumber = number.strip();
    Optional<ApprovalCase> found =
        wantedNumber.length() > ApprovalCase.NUMBER_LENGTH
            ? Optional.empty()
            : em.createNamedQuery("ApprovalCase.findByNumber", ApprovalCase.class)
                .setParameter("number", wantedNumber)
                .getResultStream()
                .findFirst();
    byte[] expected =
        found
            .map(ApprovalCase::getCheckCode)
            .map(code -> code.getBytes(StandardCharsets.UTF_8))
            .orElse(NO_CODE);
    boolean matches =
        MessageDigest.isEqual(expected, checkCode.strip().getBytes(StandardCharsets.UTF_8));
    if (!matches || found.isEmpty() || found.get().getStatus() == CaseStatus.DRAFT) {
      return Optional.empty();
    }
    return Optional.of(view(found.get()));
  }

  private ProgressView view(ApprovalCase c) {
    CaseTime time = clock.now();
    return new ProgressView(
        c.getNumber(),
        c.getStatus(),
        c.getItemName(),
        c.getDepartment().getName(),
        c.getReceivedOn(),
        c.getAcceptedOn(),
        c.dueDate(time.calendar(), time.today()).orElse(null),
        c.getEvents().stream()
            .filter(e -> !INTERNAL.contains(e.getAction()))
            .map(ProgressService::step)
            .toList());
  }

  private static ProgressView.Step step(CaseEvent e) {
    return new ProgressView.Step(
        e.getOccurredAt(),
        e.getAction(),
        e.getToStatus() == e.getFromStatus() ? null : e.getToStatus());
  }
}
