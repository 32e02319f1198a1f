package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ReformRound;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the hall office enters to record a reform round: its name, date and document number. */
public record ReformRoundForm(
    @NotBlank(message = "{catalogue.reform.name.required}") @Size(max = ReformRound.NAME_LENGTH)
        String name,
    @NotNull(message = "{catalogue.reform.decidedOn.required}") LocalDate decidedOn,
    @NotBlank(message = "{catalogue.reform.documentNumber.required}")
        @Size(max = ReformRound.DOCUMENT_NUMBER_LENGTH)
        String documentNumber) {}
