package gov.approval.catalogue.entity;

/**
 * Fired whenever a row that citizens may read is written (an item, its history, a list, an
 * attachment): publication, suspension, resumption, a reform outcome, an import, a list change.
 * Caches of the public catalogue observe it after the transaction commits and forget what they
 * hold. {@code entity} names the kind of row, for logs only.
 */
public record CatalogueChanged(String entity) {}
