package gov.approval.web.portal;

import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicItemFilter;
import gov.approval.catalogue.boundary.PublicItemRow;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.Page;
import gov.approval.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public catalogue ({@code /items.xhtml}): browse and search, all state in the address (q,
 * dept, theme, level, online, type, list, page), so a result is bookmarkable and every page is a
 * plain GET. Request scoped rather than view scoped: the page posts nothing back, and keeping a
 * view per anonymous visit would only fill sessions. A bad parameter is shown as a message and
 * ignored.
 */
@Named("portalItemsBacking")
@RequestScoped
public class ItemsBacking {

  /** The parameters that make up the list, in the order the links repeat them. */
  private static final List<String> PARAMETERS =
      List.of("q", "dept", "theme", "level", "online", "type", "list", "sort");

  @Inject PublicCatalogue catalogue;

  @Inject PublicFilterChoices choices;

  private ItemQuery query;
  private Page<PublicItemRow> results;
  private List<ListedItem> rows;
  private Pager pager;

  /**
   * Reads the list before the page renders (preRenderView), so that messages about bad parameters
   * reach the template's message area, which renders before the content.
   */
  public void load() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> parameters = context.getRequestParameterMap();
    ItemQuery.Parsed parsed = ItemQuery.parse(parameters::get);
    parsed
        .problems()
        .forEach(p -> Texts.error("portal_items.badParameter", p.parameter(), p.value()));
    query = parsed.query();
    results = catalogue.page(query.pageRequest(), query.filter());
    Locale locale = Texts.locale();
    String contextPath = context.getRequestContextPath();
    rows = results.rows().stream().map(row -> ListedItem.of(row, contextPath, locale)).toList();
    Map<String, String> kept = new LinkedHashMap<>();
    PublicItemFilter filter = query.filter();
    kept.put("q", query.search());
    kept.put("dept", filter.departmentCode());
    kept.put("theme", name(filter.theme()));
    kept.put("level", name(filter.regionLevel()));
    kept.put("online", name(filter.onlineLevel()));
    kept.put("type", name(filter.type()));
    kept.put("list", filter.listCode());
    kept.put("sort", query.sort() == null ? null : (query.ascending() ? "" : "-") + query.sort());
    pager =
        new Pager(
            context.getRequestContextPath() + "/items.xhtml",
            kept,
            query.page(),
            results.total(),
            query.size());
  }

  public List<ListedItem> getRows() {
    return rows;
  }

  public long getTotal() {
    return results.total();
  }

  public Pager getPager() {
    return pager;
  }

  public String getQ() {
    return query.search();
  }

  public String getDept() {
    return query.filter().departmentCode();
  }

  public String getTheme() {
    return name(query.filter().theme());
  }

  public String getLevel() {
    return name(query.filter().regionLevel());
  }

  public String getOnline() {
    return name(query.filter().onlineLevel());
  }

  public String getType() {
    return name(query.filter().type());
  }

  public String getList() {
    return query.filter().listCode();
  }

  // The filter selects are plain HTML selects whose options are written as text (SelectOptions):
  // the page posts nothing back, and option components cost a renderer pass per option.

  public String getDepartmentOptions() {
    SelectOptions options = all(getDept());
    choices.departments().forEach(d -> options.add(d.code(), d.name() + " (" + d.items() + ")"));
    return options.html();
  }

  public String getListOptions() {
    SelectOptions options = all(getList());
    boolean english = Texts.locale().getLanguage().equals("en");
    choices.lists().forEach(l -> options.add(l.code(), english ? l.englishName() : l.name()));
    return options.html();
  }

  public String getThemeOptions() {
    return enumOptions(ServiceObject.values(), getTheme());
  }

  public String getLevelOptions() {
    return enumOptions(RegionLevel.values(), getLevel());
  }

  public String getOnlineOptions() {
    return enumOptions(OnlineLevel.values(), getOnline());
  }

  public String getTypeOptions() {
    return enumOptions(ItemType.values(), getType());
  }

  private static SelectOptions all(String selected) {
    return new SelectOptions(selected).add("", Texts.text("portal_items.all"));
  }

  private static String enumOptions(Enum<?>[] values, String selected) {
    SelectOptions options = all(selected);
    for (Enum<?> v : values) {
      options.add(v.name(), Texts.text(v.getDeclaringClass().getSimpleName() + "." + v.name()));
    }
    return options.html();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
