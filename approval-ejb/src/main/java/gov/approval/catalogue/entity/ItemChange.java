package gov.approval.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * One row of an item's history, appended by {@link ServiceItem} with every change and never
 * altered: which item and version, what kind of change, under which reform round if any, when and
 * by whom, with a short summary (the reason or note given, or the old and new values of a move). It
 * keeps the item's name and code as they were at that moment, so the public changelog lists rounds
 * and days without joining the items' current state.
 */
@Entity
@EntityListeners(PublicDataListener.class)
@Table(name = "item_change")
public class ItemChange {

  public static final int ACTOR_LENGTH = 64;
  public static final int SUMMARY_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Present by house rule; an appended row is never updated, so it stays 0. */
  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ServiceItem item;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "item_version_id", updatable = false)
  private ItemVersion itemVersion;

  @Column(name = "version_number", updatable = false)
  private Integer versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private ItemChangeKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reform_round_id", updatable = false)
  private ReformRound round;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  /** The user name of who made the change (a person, not a role, for the audit trail). */
  @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
  private String actor;

  @Column(updatable = false, length = SUMMARY_LENGTH)
  private String summary;

  @Column(name = "item_name", nullable = false, updatable = false, length = ItemVersion.NAME_LENGTH)
  private String itemName;

  @Column(
      name = "implementation_code",
      nullable = false,
      updatable = false,
      length = ItemCodes.IMPLEMENTATION_CODE_LENGTH)
  private String implementationCode;

  protected ItemChange() {}

  ItemChange(
      ServiceItem item,
      ItemVersion itemVersion,
      ItemChangeKind kind,
      ReformRound round,
      String actor,
      Instant changedAt,
      String summary) {
    this.item = Objects.requireNonNull(item);
    this.itemVersion = itemVersion;
    this.versionNumber = itemVersion == null ? null : itemVersion.getNumber();
    this.kind = Objects.requireNonNull(kind);
    this.round = round;
    this.actor = Objects.requireNonNull(actor);
    this.changedAt = Objects.requireNonNull(changedAt);
    this.summary = summary == null ? null : clip(summary.strip());
    this.itemName = item.getName();
    this.implementationCode = item.getImplementationCode();
  }

  private static String clip(String text) {
    return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public ServiceItem getItem() {
    return item;
  }

  public ItemVersion getItemVersion() {
    return itemVersion;
  }

  public Integer getVersionNumber() {
    return versionNumber;
  }

  public ItemChangeKind getKind() {
    return kind;
  }

  public ReformRound getRound() {
    return round;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getActor() {
    return actor;
  }

  public String getSummary() {
    return summary;
  }

  public String getItemName() {
    return itemName;
  }

  public String getImplementationCode() {
    return implementationCode;
  }
}
