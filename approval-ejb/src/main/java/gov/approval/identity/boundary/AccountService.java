package gov.approval.identity.boundary;

import gov.approval.identity.control.PasswordHasher;
import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.Citizen;
import gov.approval.identity.entity.PasswordPolicy;
import gov.approval.identity.entity.ResidentIdNumber;
import gov.approval.identity.entity.Roles;
import gov.approval.identity.entity.UserAccount;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailTexts;
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
import java.time.Clock;

/** Citizens register themselves, see their profile and change their password. */
@Stateless
public class AccountService {

  @PersistenceContext EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject Clock clock;

  @Resource SessionContext session;

  @Inject Event<Mail> mails;

  /**
   * Registers a citizen; the mobile number is the login name and must not be taken. A confirmation
   * goes to the e-mail address, if given, once the account is stored.
   */
  @PermitAll
  public void registerCitizen(@NotNull @Valid CitizenRegistration form) {
    String mobile = form.mobile().strip();
    String idNumber = ResidentIdNumber.normalise(form.residentIdNumber());
    PasswordPolicy.violation(form.password(), mobile)
        .ifPresent(
            key -> {
              throw new BusinessException(key);
            });
    if (em.createNamedQuery("UserAccount.countByUsername", Long.class)
            .setParameter("username", mobile)
            .getSingleResult()
        > 0) {
      throw new BusinessException("account.mobile.taken", mobile);
    }
    if (em.createNamedQuery("Citizen.countByResidentId", Long.class)
            .setParameter("number", idNumber)
            .getSingleResult()
        > 0) {
      throw new BusinessException("account.residentId.taken");
    }
    UserAccount account =
        new UserAccount(
            mobile,
            hasher.hash(form.password()),
            AccountKind.CITIZEN,
            form.realName().strip(),
            form.email() == null || form.email().isBlank() ? null : form.email().strip(),
            mobile,
            clock.instant());
    em.persist(account);
    em.persist(new Citizen(account, idNumber));
    if (account.getEmail() != null) {
      mails.fire(
          MailTexts.compose(account.getEmail(), "registered", account.getDisplayName(), mobile));
    }
  }

  @RolesAllowed(Roles.CITIZEN)
  public CitizenProfile myProfile() {
    Citizen citizen = me();
    UserAccount account = citizen.getAccount();
    return new CitizenProfile(
        account.getUsername(),
        account.getDisplayName(),
        account.getMobile(),
        account.getEmail(),
        citizen.getMaskedResidentIdNumber());
  }

  /** Changes the caller's own password after checking the current one. */
  @RolesAllowed({Roles.CITIZEN, Roles.STAFF})
  public void changeMyPassword(@NotBlank String currentPassword, @NotBlank String newPassword) {
    UserAccount account =
        em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
            .setParameter("username", session.getCallerPrincipal().getName())
            .getSingleResult();
    if (!hasher.verify(currentPassword, account.getPasswordHash())) {
      throw new BusinessException("account.password.currentWrong");
    }
    PasswordPolicy.violation(newPassword, account.getUsername())
        .ifPresent(
            key -> {
              throw new BusinessException(key);
            });
    account.changePasswordHash(hasher.hash(newPassword));
  }

  private Citizen me() {
    return em.createNamedQuery("Citizen.findByUsername", Citizen.class)
        .setParameter("username", session.getCallerPrincipal().getName())
        .getSingleResult();
  }
}
