package gov.approval.supervision.boundary;

import gov.approval.supervision.entity.RiskRule;

/** A rule's switch and parameter as in force. */
public record RiskRuleRow(RiskRule rule, boolean enabled, int parameter) {}
