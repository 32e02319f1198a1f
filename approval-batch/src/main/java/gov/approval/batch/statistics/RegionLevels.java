package gov.approval.batch.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The region level of every item, read once per step instead of joining the item table into each of
 * a day's queries: with ten thousand items that join hashed the whole table eight times a day,
 * which cost more than the indexed reads of the day's cases. An item published during the run is
 * read when first met.
 */
final class RegionLevels {

  private final Map<Long, String> byItem = new HashMap<>();

  static RegionLevels load(Connection connection) throws SQLException {
    RegionLevels levels = new RegionLevels();
    try (PreparedStatement select =
            connection.prepareStatement("select id, region_level from service_item");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        levels.byItem.put(rows.getLong(1), rows.getString(2));
      }
    }
    return levels;
  }

  String of(Connection connection, long itemId) throws SQLException {
    String level = byItem.get(itemId);
    if (level == null) {
      try (PreparedStatement select =
          connection.prepareStatement("select region_level from service_item where id = ?")) {
        select.setLong(1, itemId);
        try (ResultSet row = select.executeQuery()) {
          level = row.next() ? row.getString(1) : null;
        }
      }
      byItem.put(itemId, level);
    }
    return level;
  }
}
