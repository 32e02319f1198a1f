package gov.approval.identity.boundary;

import gov.approval.identity.control.PasswordHasher;
import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.Roles;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.StaffMember;
import gov.approval.platform.boundary.Mail;
import gov.approval.platform.boundary.MailTexts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a user name and password for the identity store, counts failures and locks the account
 * after too many in a row; its transaction commits the count even when the login is refused.
 */
@Stateless
@PermitAll
public class LoginService {

  private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

  @PersistenceContext EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject Clock clock;

  @Inject Event<Mail> mails;

  @Inject
  @ConfigProperty(name = "approval.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "approval.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  public LoginResult attempt(String username, String password) {
    Optional<UserAccount> found = findAccount(username);
    if (found.isEmpty()) {
      hasher.verifyDecoy(password);
      return LoginResult.refused(LoginResult.Outcome.WRONG_CREDENTIALS, username);
    }
    UserAccount account = found.get();
    Instant now = clock.instant();
    if (!account.isActive()) {
      return LoginResult.refused(LoginResult.Outcome.INACTIVE, username);
    }
    if (account.isLocked(now)) {
      return LoginResult.refused(LoginResult.Outcome.LOCKED, username);
    }
    if (!hasher.verify(password, account.getPasswordHash())) {
      boolean locked = account.recordFailedLogin(now, maxFailures, Duration.ofMinutes(lockMinutes));
      if (locked) {
        LOG.warning(
            () -> "Account " + username + " locked after " + maxFailures + " failed logins");
        if (account.getEmail() != null) {
          // Tells the owner at once: if it was not them, somebody is guessing their password.
          mails.fire(
              MailTexts.compose(
                  account.getEmail(), "locked", account.getDisplayName(), lockMinutes));
        }
        return LoginResult.refused(LoginResult.Outcome.LOCKED, username);
      }
      return LoginResult.refused(LoginResult.Outcome.WRONG_CREDENTIALS, username);
    }
    account.recordSuccessfulLogin(now);
    return new LoginResult(LoginResult.Outcome.ACCEPTED, username, rolesOf(account));
  }

  /** Whether the account exists and is locked now: the login page tells the user so. */
  public boolean isLocked(String username) {
    return findAccount(username).map(a -> a.isLocked(clock.instant())).orElse(false);
  }

  /** The roles of an account, as the identity store hands them to the container. */
  public Set<String> rolesOf(String username) {
    return findAccount(username).filter(UserAccount::isActive).map(this::rolesOf).orElse(Set.of());
  }

  private Set<String> rolesOf(UserAccount account) {
    Set<String> roles = new HashSet<>();
    if (account.getKind() == AccountKind.CITIZEN) {
      roles.add(Roles.CITIZEN);
      return roles;
    }
    roles.add(Roles.STAFF);
    em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
        .setParameter("username", account.getUsername())
        .getResultStream()
        .findFirst()
        .ifPresent(staff -> staff.permissions().forEach(p -> roles.add(p.name())));
    return roles;
  }

  private Optional<UserAccount> findAccount(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
        .setParameter("username", username.strip())
        .getResultStream()
        .findFirst();
  }
}
