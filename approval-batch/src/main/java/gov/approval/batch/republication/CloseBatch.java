package gov.approval.batch.republication;

import gov.approval.republication.control.RepublicationLedger;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the run's batch ended once every pending change has been handed over. */
@Dependent
@Named("republicationClose")
public class CloseBatch extends AbstractBatchlet {

  @EJB RepublicationLedger ledger;

  @Inject JobContext job;

  @Override
  public String process() {
    ledger.close(job.getExecutionId());
    return "COMPLETED";
  }
}
