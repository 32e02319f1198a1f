package gov.approval.republication.control;

/** The batch a job execution sends under. */
public record OpenBatch(long id, String batchNumber, String target, boolean toFiles) {}
