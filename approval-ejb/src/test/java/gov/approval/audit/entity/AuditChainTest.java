package gov.approval.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  record Entry(
      long seq,
      Instant at,
      String actor,
      String action,
      String target,
      String purpose,
      String details,
      String previous,
      String hash) {}

  private static List<Entry> chain(int n) {
    List<Entry> entries = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      Instant at = Instant.parse("2026-03-02T08:00:00Z").plusSeconds(i);
      String hash =
          AuditChain.hash(previous, i, at, "fgw.clerk1", "CASE_FILE_READ", "case:" + i, "P", null);
      entries.add(
          new Entry(i, at, "fgw.clerk1", "CASE_FILE_READ", "case:" + i, "P", null, previous, hash));
      previous = hash;
    }
    return entries;
  }

  private static AuditChain.Verifier verify(List<Entry> entries, long headSeq, String headHash) {
    AuditChain.Verifier v = new AuditChain.Verifier();
    for (Entry e : entries) {
      if (!v.accept(
          e.seq, e.at, e.actor, e.action, e.target, e.purpose, e.details, e.previous, e.hash)) {
        break;
      }
    }
    v.finish(headSeq, headHash);
    return v;
  }

  @Test
  void anUntouchedChainIsIntact() {
    List<Entry> entries = chain(5);
    AuditChain.Verifier v = verify(entries, 5, entries.get(4).hash);
    assertThat(v.brokenSeq()).isNull();
    assertThat(v.checked()).isEqualTo(5);
  }

  @Test
  void anEditedFieldIsNamedByItsEntry() {
    List<Entry> entries = chain(5);
    Entry e = entries.get(2);
    entries.set(
        2,
        new Entry(
            e.seq,
            e.at,
            "someone.else",
            e.action,
            e.target,
            e.purpose,
            e.details,
            e.previous,
            e.hash));
    AuditChain.Verifier v = verify(entries, 5, entries.get(4).hash);
    assertThat(v.brokenSeq()).isEqualTo(3);
    assertThat(v.reason()).isEqualTo("audit.chain.contentMismatch");
  }

  @Test
  void aRemovedEntryAndRemovedNewestEntriesAreFound() {
    List<Entry> entries = chain(5);
    List<Entry> gap = new ArrayList<>(entries);
    gap.remove(1);
    assertThat(verify(gap, 5, entries.get(4).hash).brokenSeq()).isEqualTo(3);
    assertThat(verify(entries.subList(0, 3), 5, entries.get(4).hash).reason())
        .isEqualTo("audit.chain.headMismatch");
  }

  @Test
  void fieldsCannotBeShiftedIntoEachOther() {
    Instant at = Instant.EPOCH;
    assertThat(AuditChain.hash("0", 1, at, "a|b", "c", "t", "p", null))
        .isNotEqualTo(AuditChain.hash("0", 1, at, "a", "b|c", "t", "p", null));
    assertThat(AuditChain.hash("0", 1, at, "a", "b", "t", "p", null))
        .isNotEqualTo(AuditChain.hash("0", 1, at, "a", "b", "t", "p", ""));
  }
}
