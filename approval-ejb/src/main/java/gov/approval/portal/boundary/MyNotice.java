package gov.approval.portal.boundary;

import gov.approval.casework.entity.CaseAction;
import java.time.Instant;

/** An official notice of one of my cases: which case, on what occasion, and its file. */
public record MyNotice(
    long caseId,
    String caseNumber,
    String itemName,
    CaseAction action,
    Instant issuedAt,
    String storageName,
    String fileName) {}
