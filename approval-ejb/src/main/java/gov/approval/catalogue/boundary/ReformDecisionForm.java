package gov.approval.catalogue.boundary;

import gov.approval.catalogue.entity.ReformDecision;
import gov.approval.catalogue.entity.ReformOutcome;
import gov.approval.organisation.entity.RegionLevel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One decision of a round for one item: the outcome and, as it needs, the level to delegate to, the
 * department to transfer to or the item to merge into.
 */
public record ReformDecisionForm(
    @NotNull(message = "{catalogue.reform.round.required}") Long roundId,
    @NotNull(message = "{catalogue.reform.item.required}") Long itemId,
    @NotNull(message = "{catalogue.reform.outcome.required}") ReformOutcome outcome,
    RegionLevel targetLevel,
    Long targetDepartmentId,
    Long mergeIntoId,
    @Size(max = ReformDecision.NOTE_LENGTH) String note) {}
