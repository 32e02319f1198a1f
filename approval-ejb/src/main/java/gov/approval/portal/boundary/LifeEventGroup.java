package gov.approval.portal.boundary;

import gov.approval.portal.entity.LifeEvent;
import java.util.List;

/** The listed items filed under one life event or enterprise stage, in their order. */
public record LifeEventGroup(LifeEvent event, List<ItemLink> items) {

  public boolean enterprise() {
    return event.isEnterprise();
  }
}
