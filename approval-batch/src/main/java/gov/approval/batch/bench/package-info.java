/**
 * Benchmark mode only: the batch timings of {@code bench/run.sh}. The full statistics rebuild is
 * timed next to one hand-written SQL statement that groups the same case figures over the same
 * data, and a republication run is timed against a stub platform the script starts on loopback.
 * Outside benchmark mode every call answers "not found".
 */
package gov.approval.batch.bench;
