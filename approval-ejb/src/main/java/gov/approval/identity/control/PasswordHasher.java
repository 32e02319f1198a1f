package gov.approval.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 hashing of passwords with the container's {@link Pbkdf2PasswordHash}; the iteration count
 * is a setting so that production can raise it as hardware gets faster. Old hashes keep verifying
 * because each hash stores its own parameters.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "approval.password.iterations", defaultValue = "210000")
  int iterations;

  // A hash of a password nobody has, verified for unknown user names so that the answer takes as
  // long
  // as for a real account and does not reveal which names exist.
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("decoy-password-never-used".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification without an account to verify against. */
  public void verifyDecoy(String password) {
    hash.verify(password.toCharArray(), decoy);
  }
}
