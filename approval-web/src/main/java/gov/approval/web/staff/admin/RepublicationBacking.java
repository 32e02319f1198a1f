package gov.approval.web.staff.admin;

import gov.approval.batch.republication.RepublicationRun;
import gov.approval.batch.republication.RepublicationService;
import gov.approval.platform.boundary.AccessDeniedException;
import gov.approval.republication.boundary.RepublicationBatchRow;
import gov.approval.republication.boundary.RepublicationItemRow;
import gov.approval.republication.boundary.RepublicationReport;
import gov.approval.republication.entity.RepublicationStatus;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * List republication to the provincial platform ({@code /staff/admin/republication.xhtml},
 * JOB_MANAGE): start a run and watch it, the batches with their counts, and the status of every
 * change handed over (filter by status, search by code or name) with the platform's message.
 */
@Named
@ViewScoped
public class RepublicationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject RepublicationService republication;

  @Inject RepublicationReport report;

  @Inject ActiveUser activeUser;

  private BoundaryLazyModel<RepublicationItemRow, RepublicationStatus> items;

  private BoundaryLazyModel<RepublicationBatchRow, Void> batches;

  private Long execution;

  private RepublicationRun run;

  /** The view action: only job managers; others get 403. */
  public void load() {
    if (!activeUser.can("JOB_MANAGE")) {
      throw new AccessDeniedException("error.403.text");
    }
    items =
        new BoundaryLazyModel<>(
            (request, status) -> report.items(status, request), RepublicationItemRow::id);
    batches =
        new BoundaryLazyModel<>(
            (request, none) -> report.batches(request), RepublicationBatchRow::id);
  }

  /** Starts a run with the configured settings; the page then follows it until it ends. */
  public void start() {
    Long started = Attempt.get(() -> republication.start());
    if (started != null) {
      execution = started;
      run = null;
      Texts.info("staff_admin_republication.started", started);
    }
  }

  /** Refreshes the followed run (the page polls while it is running). */
  public void refresh() {
    if (execution != null) {
      run = Attempt.get(() -> republication.run(execution));
    }
  }

  public boolean isRunning() {
    return execution != null && (run == null || !run.isFinished());
  }

  public RepublicationRun getRun() {
    return run;
  }

  /** An instant to the second in the city's time zone, or nothing. */
  public String time(Instant instant) {
    return instant == null ? "" : SECONDS.format(instant.atZone(CITY));
  }

  public List<RepublicationStatus> getStatuses() {
    return List.of(RepublicationStatus.values());
  }

  public BoundaryLazyModel<RepublicationItemRow, RepublicationStatus> getItems() {
    return items;
  }

  public BoundaryLazyModel<RepublicationBatchRow, Void> getBatches() {
    return batches;
  }
}
