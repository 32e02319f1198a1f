package gov.approval.audit.control;

import gov.approval.audit.entity.AuditChain;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Verifies the audit chain from the shell, straight against the database with the same hashing rule
 * as the server, so that a check does not depend on the application that wrote the log: {@code java
 * -cp <classes>:<jdbc driver> gov.approval.audit.control.AuditChainCheck <jdbc-url> <user>
 * <password>}. Exits 0 when intact, 1 naming the first broken link, 2 on a usage or database error.
 */
public final class AuditChainCheck {

  private AuditChainCheck() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: AuditChainCheck <jdbc-url> <user> <password>");
      System.exit(2);
    }
    try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
      AuditChain.Verifier verifier = check(db);
      if (verifier.brokenSeq() == null) {
        System.out.println("audit chain intact: " + verifier.checked() + " entries");
        System.exit(0);
      }
      System.out.println(
          "audit chain broken at entry " + verifier.brokenSeq() + " (" + verifier.reason() + ")");
      System.exit(1);
    } catch (SQLException e) {
      System.err.println("database error: " + e.getMessage());
      System.exit(2);
    }
  }

  public static AuditChain.Verifier check(Connection db) throws SQLException {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    try (PreparedStatement entries =
        db.prepareStatement(
            "select seq, occurred_at, actor, action, target, purpose, details, previous_hash, hash"
                + " from audit_entry order by seq")) {
      entries.setFetchSize(500);
      try (ResultSet rs = entries.executeQuery()) {
        while (rs.next()) {
          boolean ok =
              verifier.accept(
                  rs.getLong(1),
                  rs.getTimestamp(2).toInstant(),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9));
          if (!ok) {
            return verifier;
          }
        }
      }
    }
    try (Statement head = db.createStatement();
        ResultSet rs = head.executeQuery("select last_seq, last_hash from audit_chain_head")) {
      if (rs.next()) {
        verifier.finish(rs.getLong(1), rs.getString(2));
      }
    }
    return verifier;
  }
}
