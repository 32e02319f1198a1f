package gov.approval.platform.boundary;

import jakarta.persistence.EntityManager;

/** Loading one entity by id for a boundary: there, or a {@link NotFoundException} for the page. */
public final class Lookups {

  private Lookups() {}

  public static <T> T get(EntityManager em, Class<T> type, Object id) {
    T entity = id == null ? null : em.find(type, id);
    if (entity == null) {
      throw new NotFoundException(type.getSimpleName(), id);
    }
    return entity;
  }
}
