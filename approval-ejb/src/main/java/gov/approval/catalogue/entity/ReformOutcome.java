package gov.approval.catalogue.entity;

/**
 * What a reform round (改革轮次) decides for one item: cancel it (取消), delegate it to a lower level
 * (下放), transfer it to another department (转移), merge it into another item, or keep it.
 */
public enum ReformOutcome {
  CANCEL,
  DELEGATE,
  TRANSFER,
  MERGE,
  KEEP
}
