package gov.approval.web.staff;

import gov.approval.organisation.boundary.OrganisationOverview;
import gov.approval.organisation.boundary.StaffProfile;
import gov.approval.organisation.boundary.StaffService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The back office's home ({@code /staff/index.xhtml}): who I am and the organisation at a glance.
 */
@Named
@ViewScoped
public class StaffHomeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffService staff;

  private StaffProfile me;
  private OrganisationOverview overview;

  @PostConstruct
  void load() {
    me = staff.me();
    overview = staff.overview();
  }

  public StaffProfile getMe() {
    return me;
  }

  public OrganisationOverview getOverview() {
    return overview;
  }
}
