package gov.approval.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A login: user name, password hash, contact data and the lockout state. It decides by itself when
 * repeated failures lock it and when the lock ends.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = "UserAccount.findByUsername",
    query = "SELECT a FROM UserAccount a WHERE a.username = :username")
@NamedQuery(
    name = "UserAccount.countByUsername",
    query = "SELECT COUNT(a) FROM UserAccount a WHERE a.username = :username")
public class UserAccount {

  public static final int USERNAME_LENGTH = 64;
  public static final int NAME_LENGTH = 64;
  public static final int EMAIL_LENGTH = 128;
  public static final int MOBILE_LENGTH = 11;
  public static final String MOBILE_PATTERN = "1[3-9]\\d{9}";
  public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{3,64}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Pattern(regexp = USERNAME_PATTERN, message = "{account.username.pattern}")
  @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AccountKind kind;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
  private String displayName;

  @Email
  @Size(max = EMAIL_LENGTH)
  @Column(length = EMAIL_LENGTH)
  private String email;

  @Pattern(regexp = MOBILE_PATTERN, message = "{account.mobile.pattern}")
  @Column(length = MOBILE_LENGTH)
  private String mobile;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String passwordHash,
      AccountKind kind,
      String displayName,
      String email,
      String mobile,
      Instant now) {
    this.username = Objects.requireNonNull(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.kind = Objects.requireNonNull(kind);
    this.displayName = displayName;
    this.email = email;
    this.mobile = mobile;
    this.createdAt = now;
  }

  /** Whether a login attempt may be checked at all at {@code now}. */
  public boolean canAttemptLogin(Instant now) {
    return active && !isLocked(now);
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a wrong password; the {@code maxFailures}-th in a row locks the account for {@code
   * lockFor}. Returns whether this failure locked it.
   */
  public boolean recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      // An expired lock starts a fresh count.
      lockedUntil = null;
      failedLogins = 0;
    }
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = now.plus(lockFor);
      failedLogins = 0;
      return true;
    }
    return false;
  }

  public void recordSuccessfulLogin(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
  }

  public void updateContact(String displayName, String email, String mobile) {
    this.displayName = displayName;
    this.email = email;
    this.mobile = mobile;
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public AccountKind getKind() {
    return kind;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getMobile() {
    return mobile;
  }

  public boolean isActive() {
    return active;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
