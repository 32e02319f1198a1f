package gov.approval.web.portal;

import gov.approval.catalogue.boundary.PublicChange;
import gov.approval.catalogue.boundary.PublicDepartment;
import gov.approval.organisation.boundary.HallRow;
import gov.approval.organisation.boundary.HallService;
import gov.approval.portal.boundary.LifeEventGroup;
import gov.approval.portal.boundary.MonthFigures;
import gov.approval.portal.boundary.PopularItem;
import gov.approval.portal.boundary.PortalHome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The portal's home ({@code /index.xhtml}): search, items by life event and by enterprise stage,
 * popular items, departments, the notice board of catalogue changes, this month's figures and the
 * halls. The computed sections come from {@link PortalHome}'s short-lived cache.
 */
@Named
@RequestScoped
public class PortalHomeBacking {

  /** Popular items shown. */
  static final int POPULAR = 8;

  @Inject HallService halls;

  @Inject PortalHome home;

  @Inject Clock clock;

  private List<HallRow> cityAndCountyHalls;
  private List<LifeEventGroup> personEvents;
  private List<LifeEventGroup> enterpriseStages;
  private List<PopularItem> popular;
  private List<PublicDepartment> departments;
  private List<PublicChange> changes;
  private MonthFigures month;

  @PostConstruct
  void load() {
    cityAndCountyHalls = halls.publicHalls();
    List<LifeEventGroup> events = home.lifeEvents();
    personEvents = events.stream().filter(g -> !g.enterprise()).toList();
    enterpriseStages = events.stream().filter(LifeEventGroup::enterprise).toList();
    popular = home.popular(POPULAR);
    departments = home.departments();
    changes = home.latestChanges();
    month = home.thisMonth();
  }

  public LocalDate day(PublicChange change) {
    return change.changedAt().atZone(clock.getZone()).toLocalDate();
  }

  public List<HallRow> getCityAndCountyHalls() {
    return cityAndCountyHalls;
  }

  public List<LifeEventGroup> getPersonEvents() {
    return personEvents;
  }

  public List<LifeEventGroup> getEnterpriseStages() {
    return enterpriseStages;
  }

  public List<PopularItem> getPopular() {
    return popular;
  }

  public List<PublicDepartment> getDepartments() {
    return departments;
  }

  public List<PublicChange> getChanges() {
    return changes;
  }

  public MonthFigures getMonth() {
    return month;
  }
}
