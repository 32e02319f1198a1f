package gov.approval.web.kiosk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The kiosk's settings for its pages' script: how long a page waits without a touch. */
@Named
@RequestScoped
public class KioskBacking {

  @Inject
  @ConfigProperty(name = "approval.kiosk.idle-seconds", defaultValue = "120")
  int idleSeconds;

  public int getIdleSeconds() {
    return idleSeconds;
  }
}
