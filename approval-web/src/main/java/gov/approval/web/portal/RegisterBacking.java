package gov.approval.web.portal;

import gov.approval.identity.boundary.AccountService;
import gov.approval.identity.boundary.CitizenRegistration;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Citizen self-registration ({@code /register.xhtml}); on success the citizen goes to the login.
 */
@Named
@RequestScoped
public class RegisterBacking {

  @Inject AccountService accounts;

  private String realName;
  private String mobile;
  private String email;
  private String residentIdNumber;
  private String password;
  private String passwordAgain;

  public String register() {
    if (password != null && !password.equals(passwordAgain)) {
      Texts.error("register.passwordsDiffer");
      return null;
    }
    boolean done =
        Attempt.run(
            () ->
                accounts.registerCitizen(
                    new CitizenRegistration(realName, mobile, email, residentIdNumber, password)));
    if (!done) {
      return null;
    }
    Texts.info("register.done", mobile);
    return "/login?faces-redirect=true";
  }

  public String getRealName() {
    return realName;
  }

  public void setRealName(String realName) {
    this.realName = realName;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getResidentIdNumber() {
    return residentIdNumber;
  }

  public void setResidentIdNumber(String residentIdNumber) {
    this.residentIdNumber = residentIdNumber;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordAgain() {
    return passwordAgain;
  }

  public void setPasswordAgain(String passwordAgain) {
    this.passwordAgain = passwordAgain;
  }
}
