package gov.approval.portal.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * An item filed under a life event or enterprise stage. The catalogue has no theme beyond whom an
 * item serves, so the portal keeps its own assignment; an item may sit under several events.
 */
@Entity
@Table(name = "life_event_item")
public class LifeEventItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "event", nullable = false, length = 24)
  private LifeEvent event;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id", nullable = false)
  private ServiceItem item;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected LifeEventItem() {}

  public LifeEventItem(LifeEvent event, ServiceItem item, int sortOrder) {
    this.event = Objects.requireNonNull(event);
    this.item = Objects.requireNonNull(item);
    this.sortOrder = sortOrder;
  }

  public Long getId() {
    return id;
  }

  public LifeEvent getEvent() {
    return event;
  }
}
