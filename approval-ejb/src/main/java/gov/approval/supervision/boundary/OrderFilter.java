package gov.approval.supervision.boundary;

import gov.approval.supervision.entity.OrderState;

/** Which correction orders a list shows: by state and department, each optional. */
public record OrderFilter(OrderState state, Long departmentId) {}
