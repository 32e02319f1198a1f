package gov.approval.catalogue.entity;

/**
 * The national online depth levels (网办深度): I information online, II forms downloadable, III
 * application online with a visit to collect or verify, IV the whole process online (全程网办), which
 * implies zero on-site visits.
 */
public enum OnlineDepth {
  I,
  II,
  III,
  IV
}
