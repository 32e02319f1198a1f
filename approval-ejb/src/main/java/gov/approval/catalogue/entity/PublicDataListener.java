package gov.approval.catalogue.entity;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Announces every write of a catalogue row that the public pages show ({@link CatalogueChanged}),
 * whichever boundary made it: the catalogue service, a reform round's execution, the Excel import,
 * the demo and benchmark loaders. Listening on the entities rather than in each boundary method
 * means a new way of changing published data cannot forget to tell the caches.
 */
public class PublicDataListener {

  @Inject Event<CatalogueChanged> changed;

  @PostPersist
  @PostUpdate
  @PostRemove
  void written(Object entity) {
    changed.fire(new CatalogueChanged(entity.getClass().getSimpleName()));
  }
}
