package gov.approval.web.staff.organisation;

import gov.approval.organisation.boundary.HallForm;
import gov.approval.organisation.boundary.HallRow;
import gov.approval.organisation.boundary.HallService;
import gov.approval.organisation.boundary.RegionNode;
import gov.approval.organisation.boundary.RegionService;
import gov.approval.organisation.entity.ServiceHall;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The service halls ({@code /staff/organisation/halls.xhtml}): a paged list searchable by name or
 * address and filtered by region; creating, editing, deactivating and activating with ORG_MANAGE.
 */
@Named
@ViewScoped
public class HallsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject HallService hallService;

  @Inject RegionService regionService;

  private BoundaryLazyModel<HallRow, Long> halls;
  private List<RegionNode> regions;

  /** The hall in the dialog, or null when the dialog creates one. */
  private HallRow editing;

  @NotNull(message = "{organisation.hall.region.required}")
  private Long regionId;

  @NotBlank(message = "{organisation.hall.name.required}")
  @Size(max = ServiceHall.NAME_LENGTH)
  private String name;

  @Size(max = ServiceHall.ADDRESS_LENGTH)
  private String address;

  @Size(max = ServiceHall.PHONE_LENGTH)
  private String phone;

  @Size(max = ServiceHall.HOURS_LENGTH)
  private String openingHours;

  @PostConstruct
  void load() {
    halls = new BoundaryLazyModel<>(hallService::page, HallRow::id);
    regions = regionService.activeRegions();
  }

  public void startCreate() {
    editing = null;
    regionId = halls.getFilter();
    name = null;
    address = null;
    phone = null;
    openingHours = null;
  }

  public void startEdit(HallRow hall) {
    editing = hall;
    regionId = hall.regionId();
    name = hall.name();
    address = hall.address();
    phone = hall.phone();
    openingHours = hall.openingHours();
  }

  public void save() {
    HallForm form = new HallForm(regionId, name, address, phone, openingHours);
    boolean saved =
        editing == null
            ? Attempt.get(() -> hallService.create(form)) != null
            : Attempt.run(() -> hallService.update(editing.id(), editing.version(), form));
    if (saved) {
      Texts.info("staff_organisation_halls.saved", name);
      PrimeFaces.current().ajax().update("hallsForm:hallsTable", "growl");
    }
  }

  public void deactivate(HallRow hall) {
    if (Attempt.run(() -> hallService.deactivate(hall.id(), hall.version()))) {
      Texts.info("staff_organisation_halls.deactivated", hall.name());
    }
  }

  public void activate(HallRow hall) {
    if (Attempt.run(() -> hallService.activate(hall.id(), hall.version()))) {
      Texts.info("staff_organisation_halls.activated", hall.name());
    }
  }

  public BoundaryLazyModel<HallRow, Long> getHalls() {
    return halls;
  }

  public List<RegionNode> getRegions() {
    return regions;
  }

  public HallRow getEditing() {
    return editing;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }
}
