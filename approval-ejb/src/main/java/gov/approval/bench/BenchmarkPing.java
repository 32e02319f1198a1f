package gov.approval.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One row of the insert baseline: nothing but a key and a time. */
@Entity
@Table(name = "benchmark_ping")
public class BenchmarkPing {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected BenchmarkPing() {}

  BenchmarkPing(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }
}
