package gov.approval.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.audit.boundary.AuditFilter;
import gov.approval.audit.boundary.AuditLog;
import gov.approval.audit.boundary.AuditRow;
import gov.approval.audit.boundary.ChainCheck;
import gov.approval.audit.control.AuditChainCheck;
import gov.approval.audit.entity.AuditChain;
import gov.approval.casework.boundary.CaseHandlingService;
import gov.approval.casework.boundary.CaseRow;
import gov.approval.casework.boundary.WorklistFilter;
import gov.approval.it.support.ActAs;
import gov.approval.it.support.Deployments;
import gov.approval.it.support.SwitchUser;
import gov.approval.it.support.Unique;
import gov.approval.platform.boundary.PageRequest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log: a staff read of a case file is logged with its purpose, and an entry edited in the
 * database with SQL is found and named by the page's check and by the shell command's.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(AuditLogIT.class);
  }

  @Inject AuditLog audit;

  @Inject CaseHandlingService handling;

  @Inject SwitchUser switchUser;

  @Resource(lookup = "java:app/jdbc/approval")
  DataSource database;

  @Test
  @ActAs("fgw.clerk1")
  void aStaffReadOfACaseFileIsLoggedWithItsPurpose() {
    List<CaseRow> cases = handling.worklist(WorklistFilter.section(), PageRequest.of(0, 1)).rows();
    assertThat(cases).as("the demo's fgw cases").isNotEmpty();
    CaseRow row = cases.get(0);
    handling.caseFile(row.id());
    switchUser.to("supervisor");
    handling.caseFile(row.id());

    switchUser.to("admin");
    List<AuditRow> entries =
        audit
            .page(
                new AuditFilter(null, "case:" + row.number(), LocalDate.now().minusDays(1), null),
                PageRequest.of(0, 50))
            .rows();
    assertThat(entries)
        .anySatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("fgw.clerk1");
              assertThat(e.action()).isEqualTo("CASE_FILE_READ");
              assertThat(e.purpose()).isEqualTo(AuditLog.PURPOSE_CASE_HANDLING);
            })
        .anySatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("supervisor");
              assertThat(e.purpose()).isEqualTo(AuditLog.PURPOSE_SUPERVISION);
            });
    assertThat(
            audit
                .page(new AuditFilter("supervisor", null, null, null), PageRequest.of(0, 5))
                .rows())
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo("supervisor"));
  }

  @Test
  @ActAs("admin")
  void anEditedEntryBreaksTheChainAtThatEntry() throws Exception {
    String target = "test:" + Unique.digits(8);
    audit.record("TEST_ACTION", target, AuditLog.PURPOSE_SUPERVISION, "第一条");
    audit.record("TEST_ACTION", target, AuditLog.PURPOSE_SUPERVISION, "第二条");
    audit.record("TEST_ACTION", target, AuditLog.PURPOSE_SUPERVISION, "第三条");
    assertThat(audit.verify().intact()).isTrue();

    AuditRow second =
        audit.page(new AuditFilter(null, target, null, null), PageRequest.of(0, 10)).rows().stream()
            .filter(e -> "第二条".equals(e.details()))
            .findFirst()
            .orElseThrow();
    setDetails(second.seq(), "第二条（已篡改）");
    try {
      ChainCheck check = audit.verify();
      assertThat(check.intact()).isFalse();
      assertThat(check.brokenSeq()).isEqualTo(second.seq());
      assertThat(check.reasonKey()).isEqualTo("audit.chain.contentMismatch");
      try (Connection db = database.getConnection()) {
        AuditChain.Verifier shell = AuditChainCheck.check(db);
        assertThat(shell.brokenSeq()).isEqualTo(second.seq());
      }
    } finally {
      setDetails(second.seq(), "第二条");
    }
    assertThat(audit.verify().intact()).isTrue();
    try (Connection db = database.getConnection()) {
      assertThat(AuditChainCheck.check(db).brokenSeq()).isNull();
    }
  }

  private void setDetails(long seq, String details) throws Exception {
    try (Connection db = database.getConnection();
        PreparedStatement update =
            db.prepareStatement("update audit_entry set details = ? where seq = ?")) {
      update.setString(1, details);
      update.setLong(2, seq);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
