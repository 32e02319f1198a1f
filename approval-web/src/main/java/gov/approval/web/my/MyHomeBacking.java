package gov.approval.web.my;

import gov.approval.identity.boundary.AccountService;
import gov.approval.identity.boundary.CitizenProfile;
import gov.approval.portal.boundary.MyDraft;
import gov.approval.portal.boundary.UserCentre;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The user centre's home ({@code /my/index.xhtml}): my account data, contact e-mail, password
 * change and my drafts.
 */
@Named
@ViewScoped
public class MyHomeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;

  @Inject transient UserCentre centre;

  private CitizenProfile profile;
  private List<MyDraft> drafts;
  private String email;
  private String currentPassword;
  private String newPassword;

  @PostConstruct
  void load() {
    profile = accounts.myProfile();
    drafts = centre.myDrafts();
    email = profile.email();
  }

  public void changeEmail() {
    if (Attempt.run(() -> centre.changeMyEmail(email))) {
      profile = accounts.myProfile();
      Texts.info("my_index.emailChanged");
    }
  }

  public List<MyDraft> getDrafts() {
    return drafts;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
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

  public String time(java.time.Instant at) {
    return gov.approval.web.shell.Deadlines.minute(at);
  }
}
