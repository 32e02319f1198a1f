package gov.approval.catalogue.boundary;

/** A list items stand on, for choosers and filters. */
public record ItemListRow(Long id, String code, String name, String englishName, boolean active) {}
