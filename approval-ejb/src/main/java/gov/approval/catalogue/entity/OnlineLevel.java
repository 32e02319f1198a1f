package gov.approval.catalogue.entity;

/** How much of an item can be handled online: 可在网上办理, 部分网上办理, 不能网上办理. */
public enum OnlineLevel {
  FULL,
  PARTIAL,
  NONE
}
