package gov.approval.platform.control;

import gov.approval.platform.boundary.SqlStatements;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Tells {@link SqlStatements} about every SQL statement EclipseLink executes. EclipseLink loads
 * lazy relations silently, so a list screen can turn into one query per row; counting the
 * statements of a call is how tests prove it does not.
 */
public class SqlStatementCounter implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session
        .getEventManager()
        .addListener(
            new SessionEventAdapter() {
              @Override
              public void postExecuteCall(SessionEvent event) {
                SqlStatements.executed();
              }
            });
  }
}
