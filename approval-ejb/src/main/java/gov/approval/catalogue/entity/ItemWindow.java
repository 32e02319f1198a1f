package gov.approval.catalogue.entity;

import gov.approval.organisation.entity.ServiceWindow;
import jakarta.persistence.Entity;
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
 * A window (in a hall) where an item is handled. Per item, not per version: see the catalogue's
 * package note. Rows are added and removed as the assignment changes, never updated.
 */
@Entity
@Table(name = "item_window")
public class ItemWindow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ServiceItem item;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "window_id", nullable = false, updatable = false)
  private ServiceWindow window;

  protected ItemWindow() {}

  public ItemWindow(ServiceItem item, ServiceWindow window) {
    this.item = Objects.requireNonNull(item);
    this.window = Objects.requireNonNull(window);
  }

  public Long getId() {
    return id;
  }

  public ServiceItem getItem() {
    return item;
  }

  public ServiceWindow getWindow() {
    return window;
  }
}
