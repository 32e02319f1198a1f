package gov.approval.it.container;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.Deployments;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's identity store as the container uses it: PBKDF2 hashes checked, and the groups
 * that become roles are the staff member's permissions (or CITIZEN).
 */
@ExtendWith(ArquillianExtension.class)
class IdentityStoreIT {

  private static final String DEMO_PASSWORD = "Demo@2026";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.platformWith(IdentityStoreIT.class);
  }

  @Inject IdentityStoreHandler identityStores;

  @Test
  void aChiefRepresentativeGetsTheDecidePermission() {
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential("gsj.chief", DEMO_PASSWORD));
    assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
    assertThat(result.getCallerPrincipal().getName()).isEqualTo("gsj.chief");
    assertThat(result.getCallerGroups())
        .contains("STAFF", "CASE_DECIDE", "CASE_ACCEPT", "ORG_VIEW")
        .doesNotContain("ORG_MANAGE", "CITIZEN");
  }

  @Test
  void aClerkCannotDecide() {
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential("gsj.clerk2", DEMO_PASSWORD));
    assertThat(result.getCallerGroups()).contains("CASE_ACCEPT").doesNotContain("CASE_DECIDE");
  }

  @Test
  void aCitizenIsOnlyACitizen() {
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential("13800000001", DEMO_PASSWORD));
    assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
    assertThat(result.getCallerGroups()).containsExactly("CITIZEN");
  }

  @Test
  void aWrongPasswordOrUnknownUserIsInvalid() {
    assertThat(
            identityStores
                .validate(new UsernamePasswordCredential("swj.reviewer", "Wrong@2026"))
                .getStatus())
        .isEqualTo(CredentialValidationResult.Status.INVALID);
    assertThat(
            identityStores
                .validate(new UsernamePasswordCredential("nobody.here", DEMO_PASSWORD))
                .getStatus())
        .isEqualTo(CredentialValidationResult.Status.INVALID);
  }
}
