/**
 * The baselines of the load runs: the trivial page each figure in docs/benchmarks.md is a ratio to,
 * and the readiness of the generated data. They answer only in benchmark mode.
 */
package gov.approval.web.bench;
