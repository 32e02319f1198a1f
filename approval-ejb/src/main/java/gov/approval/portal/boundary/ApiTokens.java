package gov.approval.portal.boundary;

import gov.approval.identity.boundary.LoginResult;
import gov.approval.identity.boundary.LoginService;
import gov.approval.identity.entity.Roles;
import gov.approval.platform.boundary.BusinessException;
import gov.approval.portal.control.TokenStore;
import gov.approval.portal.entity.ApiToken;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token login for the citizens' mobile API. A token is issued for a citizen's mobile and password
 * (the same check, failure count and lockout as the web login) and is an opaque random string; the
 * database keeps only its SHA-256, looked up through a unique index on every API call.
 */
@Stateless
@PermitAll
public class ApiTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject LoginService logins;

  @Inject TokenStore store;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "approval.api.token-hours", defaultValue = "720")
  long tokenHours;

  /**
   * Checks the citizen's credentials and issues a token; refusals say why in a message key. Runs
   * outside a transaction so that the login attempt commits its failure count on its own.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public IssuedToken issue(
      @NotBlank(message = "{api.token.credentialsRequired}") @Size(max = 64) String mobile,
      @NotBlank(message = "{api.token.credentialsRequired}") @Size(max = 128) String password) {
    LoginResult result = logins.attempt(mobile.strip(), password);
    switch (result.outcome()) {
      case ACCEPTED -> {}
      case LOCKED -> throw new BusinessException("api.token.locked");
      case INACTIVE -> throw new BusinessException("api.token.inactive");
      default -> throw new BusinessException("api.token.wrongCredentials");
    }
    if (!result.roles().contains(Roles.CITIZEN)) {
      throw new BusinessException("api.token.citizensOnly");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofHours(tokenHours));
    store.store(result.username(), hash(token), now, expires);
    return new IssuedToken(token, "Bearer", expires);
  }

  /** The caller a token stands for, if it is known, unexpired and its account still active. */
  public Optional<TokenCaller> authenticate(String token) {
    if (token == null || token.isBlank() || token.length() > 128) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return em.createQuery(
            "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.tokenHash = :hash",
            ApiToken.class)
        .setParameter("hash", hash(token.strip()))
        .getResultStream()
        .findFirst()
        .filter(t -> t.isValidAt(now))
        .map(t -> t.getAccount().getUsername())
        .filter(username -> !logins.isLocked(username))
        .map(username -> new TokenCaller(username, logins.rolesOf(username)))
        .filter(caller -> caller.roles().contains(Roles.CITIZEN));
  }

  /** Ends a token at once (logout of the app). */
  public void revoke(String token) {
    if (token == null || token.isBlank() || token.length() > 128) {
      return;
    }
    em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", hash(token.strip()))
        .getResultStream()
        .findFirst()
        .ifPresent(t -> t.revoke(clock.instant()));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
