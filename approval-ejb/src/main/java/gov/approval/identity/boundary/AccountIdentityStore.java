package gov.approval.identity.boundary;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;

/**
 * The platform's identity store: user names and PBKDF2 hashes in the database, with lockout. It
 * both validates and provides groups, and the groups are the role names in {@code Roles}.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject LoginService logins;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginResult result;
    try {
      result = logins.attempt(login.getCaller(), login.getPasswordAsString());
    } catch (EJBException | OptimisticLockException e) {
      // Two attempts on one account at the same instant: count this one as failed, never let it in.
      return CredentialValidationResult.INVALID_RESULT;
    }
    return result.accepted()
        ? new CredentialValidationResult(result.username(), result.roles())
        : CredentialValidationResult.INVALID_RESULT;
  }

  /** Groups of an already validated caller; the container asks when it needs them again. */
  @Override
  public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
    return logins.rolesOf(validationResult.getCallerPrincipal().getName());
  }

  /** Both: a store that only validates would have its groups ignored by the container. */
  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }
}
