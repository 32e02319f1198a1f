package gov.approval.portal.entity;

import gov.approval.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's login for the mobile API: only the SHA-256 of the opaque token is stored, so a leak
 * of the table opens no account; it ends at its expiry or when revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  public static final int HASH_LENGTH = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private UserAccount account;

  @Column(name = "token_hash", nullable = false, length = HASH_LENGTH, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected ApiToken() {}

  public ApiToken(UserAccount account, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.account = Objects.requireNonNull(account);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
  }

  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  /** Ends the token now. */
  public void revoke(Instant now) {
    expiresAt = now;
  }

  public UserAccount getAccount() {
    return account;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
