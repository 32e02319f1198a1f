package gov.approval.catalogue.boundary;

import java.time.LocalDate;

/** A reform round with how many decisions it holds and how many are carried out. */
public record ReformRoundRow(
    Long id,
    long version,
    String name,
    LocalDate decidedOn,
    String documentNumber,
    long decisions,
    long applied) {}
