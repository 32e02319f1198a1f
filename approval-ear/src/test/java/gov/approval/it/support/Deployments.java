package gov.approval.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The in-container test deployment: the real EJB module and libraries taken from the built EAR,
 * plus a small test WAR (context root /approval-it) that carries the test classes and the {@link
 * ActAs} login. It shares the database with the deployed platform, so tests create their own rows
 * with unique names and never rely on each other.
 */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive platformWith(Class<?>... testClasses) {
    File earFile = new File(System.getProperty("approval.earFile", "target/approval.ear"));
    EnterpriseArchive built = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
    EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "approval-it.ear");
    built
        .getContent(path -> path.get().startsWith("/lib/"))
        .forEach(
            (ArchivePath path, org.jboss.shrinkwrap.api.Node node) ->
                ear.add(node.getAsset(), path));
    ear.addAsModule(built.getAsType(JavaArchive.class, "approval-ejb.jar"));
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "test.war")
            .addClasses(
                ActAs.class,
                ActAsMechanism.class,
                Unique.class,
                SwitchUser.class,
                TestItems.class,
                TestCases.class,
                TestPeople.class,
                TestFiles.class,
                Mailbox.class)
            .addClasses(testClasses)
            // The assertion library runs inside the server with the tests.
            .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    ear.addAsModule(war);
    ear.setApplicationXML(
        new StringAsset(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
              <application-name>approval-it</application-name>
              <module><ejb>approval-ejb.jar</ejb></module>
              <module><web><web-uri>test.war</web-uri><context-root>/approval-it</context-root></web></module>
              <library-directory>lib</library-directory>
            </application>
            """));
    return ear;
  }

  /**
   * {@link #platformWith} plus the real batch module, for tests that start jobs (job XML is found
   * only in that module).
   */
  public static EnterpriseArchive platformWithBatch(Class<?>... testClasses) {
    EnterpriseArchive ear = platformWith(testClasses);
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

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
