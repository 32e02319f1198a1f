package gov.approval.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hashing rule of the audit chain, shared by the server and the shell check: an entry's hash is
 * SHA-256 over the previous entry's hash and the entry's canonical content. Every field is written
 * with its length first, so no choice of text can make two different entries read alike.
 */
public final class AuditChain {

  /** The hash "before" the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(
      String previousHash,
      long seq,
      Instant at,
      String actor,
      String action,
      String target,
      String purpose,
      String details) {
    StringBuilder canonical = new StringBuilder(previousHash);
    field(canonical, Long.toString(seq));
    // Milliseconds: what every supported database keeps of a timestamp.
    field(canonical, Long.toString(at.toEpochMilli()));
    field(canonical, actor);
    field(canonical, action);
    field(canonical, target);
    field(canonical, purpose);
    field(canonical, details);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void field(StringBuilder canonical, String value) {
    if (value == null) {
      canonical.append("|-1:");
    } else {
      canonical.append('|').append(value.length()).append(':').append(value);
    }
  }

  /** Walks entries in sequence order and remembers the first that does not fit. */
  public static final class Verifier {
    private String expectedPrevious = GENESIS;
    private long expectedSeq = 1;
    private long checked;
    private Long brokenSeq;
    private String reason;

    /** Checks the next entry; returns false once the chain is broken (later entries are moot). */
    public boolean accept(
        long seq,
        Instant at,
        String actor,
        String action,
        String target,
        String purpose,
        String details,
        String previousHash,
        String hash) {
      if (brokenSeq != null) {
        return false;
      }
      checked++;
      if (seq != expectedSeq) {
        return broken(seq, "audit.chain.gap");
      }
      if (!expectedPrevious.equals(previousHash)) {
        return broken(seq, "audit.chain.previousMismatch");
      }
      if (!hash(previousHash, seq, at, actor, action, target, purpose, details).equals(hash)) {
        return broken(seq, "audit.chain.contentMismatch");
      }
      expectedPrevious = hash;
      expectedSeq = seq + 1;
      return true;
    }

    /** Checks the chain head against the last entry: removing the newest entries shows here. */
    public void finish(long headSeq, String headHash) {
      if (brokenSeq == null && (headSeq != expectedSeq - 1 || !headHash.equals(expectedPrevious))) {
        brokenSeq = expectedSeq;
        reason = "audit.chain.headMismatch";
      }
    }

    private boolean broken(long seq, String why) {
      brokenSeq = seq;
      reason = why;
      return false;
    }

    public long checked() {
      return checked;
    }

    /** The sequence number of the first broken link, or null when the chain holds. */
    public Long brokenSeq() {
      return brokenSeq;
    }

    /** A message key saying how the link is broken, or null. */
    public String reason() {
      return reason;
    }
  }
}
