package gov.approval.supervision.entity;

import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.ServiceItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Thresholds for one item type or one item, overriding the configured defaults (an item's row wins
 * over its type's row).
 */
@Entity
@Table(name = "warning_threshold")
@NamedQuery(
    name = "WarningThreshold.list",
    query = "SELECT t FROM WarningThreshold t LEFT JOIN FETCH t.item ORDER BY t.itemType, t.id")
@NamedQuery(
    name = "WarningThreshold.forCase",
    query =
        "SELECT t FROM WarningThreshold t LEFT JOIN t.item i WHERE i.id = :item"
            + " OR t.itemType = :type")
public class WarningThreshold {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_type", length = 32, unique = true)
  private ItemType itemType;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id", unique = true)
  private ServiceItem item;

  @Column(name = "yellow_share_percent", nullable = false)
  private int yellowSharePercent;

  @Column(name = "yellow_days_left", nullable = false)
  private int yellowDaysLeft;

  protected WarningThreshold() {}

  public WarningThreshold(ItemType itemType, ServiceItem item, Thresholds thresholds) {
    if ((itemType == null) == (item == null)) {
      throw new IllegalArgumentException("a threshold is for one item type or one item");
    }
    this.itemType = itemType;
    this.item = item;
    change(thresholds);
  }

  public void change(Thresholds thresholds) {
    this.yellowSharePercent = thresholds.yellowSharePercent();
    this.yellowDaysLeft = thresholds.yellowDaysLeft();
  }

  public Thresholds thresholds() {
    return new Thresholds(yellowSharePercent, yellowDaysLeft);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public ItemType getItemType() {
    return itemType;
  }

  public ServiceItem getItem() {
    return item;
  }
}
