/**
 * Benchmark mode: a generated catalogue of realistic volume for the load runs of {@code bench/},
 * loaded only when {@code approval.bench.enabled} is true. It is part of the EAR so the figures
 * come from the very build that ships, and it is inert in every other deployment.
 */
package gov.approval.bench;
