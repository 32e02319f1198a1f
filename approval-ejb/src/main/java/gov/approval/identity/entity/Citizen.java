package gov.approval.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A registered citizen: the real-name data behind a citizen account. */
@Entity
@Table(name = "citizen")
@NamedQuery(
    name = "Citizen.countByResidentId",
    query = "SELECT COUNT(c) FROM Citizen c WHERE c.residentIdNumber = :number")
@NamedQuery(
    name = "Citizen.findByUsername",
    query = "SELECT c FROM Citizen c JOIN FETCH c.account a WHERE a.username = :username")
public class Citizen {

  public static final int RESIDENT_ID_LENGTH = 18;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false, unique = true)
  private UserAccount account;

  @ValidResidentId
  @Column(name = "resident_id_number", nullable = false, unique = true, length = RESIDENT_ID_LENGTH)
  private String residentIdNumber;

  protected Citizen() {}

  public Citizen(UserAccount account, String residentIdNumber) {
    if (account.getKind() != AccountKind.CITIZEN) {
      throw new IllegalArgumentException("not a citizen account: " + account.getUsername());
    }
    this.account = account;
    this.residentIdNumber = Objects.requireNonNull(ResidentIdNumber.normalise(residentIdNumber));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getResidentIdNumber() {
    return residentIdNumber;
  }

  /** The number with its middle hidden, as pages show it: 6101**********123X. */
  public String getMaskedResidentIdNumber() {
    return residentIdNumber.substring(0, 4) + "*".repeat(10) + residentIdNumber.substring(14);
  }
}
