package gov.approval.web.staff.evaluation;

import gov.approval.evaluation.boundary.StaffRecord;
import gov.approval.evaluation.boundary.WorkRulesService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /staff/evaluation/profile.xhtml?id=}: a staff member's training records and work-rule
 * sign-offs; without an id the caller's own. Someone the caller may not see is "not found".
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient WorkRulesService service;

  private Long id;
  private StaffRecord profile;

  public void load() {
    if (profile == null) {
      profile = service.profile(id);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public StaffRecord getProfile() {
    return profile;
  }
}
