/**
 * The baselines of the load runs: the trivial page, the trivial JAX-RS endpoint and the one-row
 * insert that each figure in docs/benchmarks.md is a ratio to, and the readiness of the generated
 * data. They answer only in benchmark mode.
 */
package gov.approval.web.bench;
