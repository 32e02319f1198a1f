package gov.approval.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fee actually charged on a case (实收费用): the fee item, the amount in yuan (two decimals), when
 * and by whom it was recorded. Written once; the supervision checks it against the item version (a
 * fee on a free item is an integrity risk).
 */
@Embeddable
public class CaseFee {

  public static final int NAME_LENGTH = 128;

  @Column(name = "fee_name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(name = "charged_at", nullable = false)
  private Instant chargedAt;

  @Column(name = "charged_by", nullable = false, length = 64)
  private String chargedBy;

  protected CaseFee() {}

  CaseFee(String name, BigDecimal amount, Instant chargedAt, String chargedBy) {
    this.name = name;
    this.amount = amount;
    this.chargedAt = chargedAt;
    this.chargedBy = chargedBy;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public Instant getChargedAt() {
    return chargedAt;
  }

  public String getChargedBy() {
    return chargedBy;
  }
}
