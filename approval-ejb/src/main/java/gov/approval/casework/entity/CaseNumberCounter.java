package gov.approval.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The last sequence number given out under one prefix (region code and day). */
@Entity
@Table(name = "case_number_counter")
public class CaseNumberCounter {

  @Id
  @Column(name = "counter_key", length = 20)
  private String key;

  @Version private long version;

  @Column(name = "last_value", nullable = false)
  private int lastValue;

  protected CaseNumberCounter() {}

  public CaseNumberCounter(String key) {
    this.key = key;
  }

  public int next() {
    return ++lastValue;
  }

  public String getKey() {
    return key;
  }
}
