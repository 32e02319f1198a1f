package gov.approval.it.evaluation;

import gov.approval.it.support.Deployments;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The platform test deployment plus the batch module, so tests can run the monthly scoring job (a
 * job finds its XML only in an EJB module of the application that starts it).
 */
final class EvaluationDeployment {

  private EvaluationDeployment() {}

  static EnterpriseArchive withBatch(Class<?>... testClasses) {
    EnterpriseArchive ear = Deployments.platformWith(testClasses);
    File earFile = new File(System.getProperty("approval.earFile", "target/approval.ear"));
    EnterpriseArchive built = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
    ear.addAsModule(built.getAsType(JavaArchive.class, "approval-batch.jar"));
    ear.setApplicationXML(
        new StringAsset(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
              <application-name>approval-it</application-name>
              <module><ejb>approval-ejb.jar</ejb></module>
              <module><ejb>approval-batch.jar</ejb></module>
              <module><web><web-uri>test.war</web-uri><context-root>/approval-it</context-root></web></module>
              <library-directory>lib</library-directory>
            </application>
            """));
    return ear;
  }
}
