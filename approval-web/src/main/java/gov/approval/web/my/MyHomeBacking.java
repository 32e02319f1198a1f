package gov.approval.web.my;

import gov.approval.identity.boundary.AccountService;
import gov.approval.identity.boundary.CitizenProfile;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The user centre's home ({@code /my/index.xhtml}): my account data and password change. */
@Named
@ViewScoped
public class MyHomeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;

  private CitizenProfile profile;
  private String currentPassword;
  private String newPassword;

  @PostConstruct
  void load() {
    profile = accounts.myProfile();
  }

  public void changePassword() {
    if (Attempt.run(() -> accounts.changeMyPassword(currentPassword, newPassword))) {
      Texts.info("my_index.passwordChanged");
    }
    currentPassword = null;
    newPassword = null;
  }

  public CitizenProfile getProfile() {
    return profile;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
