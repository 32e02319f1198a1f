package gov.approval.batch.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a plan of days is split into partitions, and which runs drop the dashboard index. */
class StatisticsPartitionsTest {

  @Test
  void aFullRebuildOfTwoYearsIsWorkedInTwoPartitionsAndShortRunsInOrder() {
    assertThat(CaseStatisticsPlanner.partitions(732, 31, 2)).isEqualTo(2);
    assertThat(CaseStatisticsPlanner.partitions(732, 31, 1)).isEqualTo(1);
    // A nightly run's few days and the tests' short ranges: fewer than four chunks a partition.
    assertThat(CaseStatisticsPlanner.partitions(3, 31, 2)).isEqualTo(1);
    assertThat(CaseStatisticsPlanner.partitions(6, 2, 2)).isEqualTo(1);
    assertThat(CaseStatisticsPlanner.partitions(217, 31, 2)).isEqualTo(1);
    assertThat(CaseStatisticsPlanner.partitions(248, 31, 2)).isEqualTo(2);
    assertThat(CaseStatisticsPlanner.partitions(0, 31, 2)).isEqualTo(1);
  }

  @Test
  void partitionsAreConsecutiveRunsOfWholeChunksCoveringEveryDayOnce() {
    Properties[] two = CaseStatisticsPartitions.ranges(732, 31, 2, 7);
    assertThat(two).hasSize(2);
    assertThat(range(two[0])).containsExactly(0, 372);
    assertThat(range(two[1])).containsExactly(372, 732);
    assertThat(two[1].getProperty("instance")).isEqualTo("7");

    Properties[] three = CaseStatisticsPartitions.ranges(100, 31, 3, 7);
    assertThat(range(three[0])).containsExactly(0, 62);
    assertThat(range(three[1])).containsExactly(62, 93);
    assertThat(range(three[2])).containsExactly(93, 100);
  }

  @Test
  void onlyAFullRunWithoutARangeDropsTheDashboardIndex() {
    assertThat(CaseStatisticsPlanner.wholeRebuild("full", null, "")).isTrue();
    assertThat(CaseStatisticsPlanner.wholeRebuild("FULL", " ", null)).isTrue();
    assertThat(CaseStatisticsPlanner.wholeRebuild("full", "2026-01-01", null)).isFalse();
    assertThat(CaseStatisticsPlanner.wholeRebuild("full", null, "2026-01-31")).isFalse();
    assertThat(CaseStatisticsPlanner.wholeRebuild("incremental", null, null)).isFalse();
    assertThat(CaseStatisticsPlanner.wholeRebuild(null, null, null)).isFalse();
  }

  @Test
  void keysOfNeighbouringDepartmentsAndItemsSpreadOverDistinctHashes() {
    Set<Integer> hashes = new HashSet<>();
    int keys = 0;
    for (long department = 1; department <= 60; department++) {
      for (long item = 1; item <= 200; item++) {
        for (String channel : new String[] {"ONLINE", "WINDOW"}) {
          StatisticsKey key = new StatisticsKey(department, item, "CITY", channel);
          assertThat(key).isEqualTo(new StatisticsKey(department, item, "CITY", channel));
          assertThat(key.hashCode())
              .isEqualTo(new StatisticsKey(department, item, "CITY", channel).hashCode());
          hashes.add(key.hashCode());
          keys++;
        }
      }
    }
    // The record's own hash gives these 24,000 keys a few thousand distinct values.
    assertThat(hashes.size()).isGreaterThan(keys * 999 / 1000);
  }

  private static int[] range(Properties range) {
    return new int[] {
      Integer.parseInt(range.getProperty("firstIndex")),
      Integer.parseInt(range.getProperty("endIndex"))
    };
  }
}
