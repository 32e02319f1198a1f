package gov.approval.batch.statistics;

import java.util.Map;

/** What the processor computed for one day: the counters per key (only keys with activity). */
record DayResult(StatisticsDay day, Map<StatisticsKey, DayCounts> counts) {}
