package gov.approval.evaluation.entity;

/**
 * How a raw indicator value becomes 0–100 points. Kept to declared methods with parameters, never a
 * script, so that a rule can be read, checked and computed by hand.
 */
public enum Normalisation {
  /**
   * Straight line from {@code worst} (0 points) to {@code best} (100 points), clamped; works in
   * both directions (best below worst for "fewer is better").
   */
  LINEAR
}
