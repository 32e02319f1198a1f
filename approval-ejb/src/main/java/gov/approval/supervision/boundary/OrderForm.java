package gov.approval.supervision.boundary;

import gov.approval.supervision.entity.CorrectionOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A correction order as a supervisor writes it: the department, optionally the case (by number),
 * the reason, the action required and the working days allowed.
 */
public record OrderForm(
    @NotNull(message = "{supervision.order.department}") Long departmentId,
    @Size(max = 20) String caseNumber,
    @NotBlank(message = "{supervision.order.reason}") @Size(max = CorrectionOrder.TEXT_LENGTH)
        String reason,
    @NotBlank(message = "{supervision.order.action}") @Size(max = CorrectionOrder.TEXT_LENGTH)
        String requiredAction,
    @Min(value = 1, message = "{supervision.order.days}")
        @Max(value = 60, message = "{supervision.order.days}")
        int days) {}
