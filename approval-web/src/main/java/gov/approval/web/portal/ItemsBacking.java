package gov.approval.web.portal;

import gov.approval.catalogue.boundary.ItemListRow;
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
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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

  public List<PublicItemRow> getRows() {
    return results.rows();
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

  public List<SelectItem> getDepartments() {
    return choices.departments().stream()
        .map(d -> new SelectItem(d.code(), d.name() + " (" + d.items() + ")"))
        .toList();
  }

  public List<SelectItem> getLists() {
    return choices.lists().stream().map(ItemsBacking::listItem).toList();
  }

  public List<SelectItem> getThemes() {
    return enumItems(ServiceObject.values());
  }

  public List<SelectItem> getLevels() {
    return enumItems(RegionLevel.values());
  }

  public List<SelectItem> getOnlineLevels() {
    return enumItems(OnlineLevel.values());
  }

  public List<SelectItem> getTypes() {
    return enumItems(ItemType.values());
  }

  // Setters only so the selects accept their value binding; the page never posts back.
  public void setQ(String q) {}

  public void setDept(String dept) {}

  public void setTheme(String theme) {}

  public void setLevel(String level) {}

  public void setOnline(String online) {}

  public void setType(String type) {}

  public void setList(String list) {}

  private static SelectItem listItem(ItemListRow list) {
    return new SelectItem(
        list.code(), Texts.locale().getLanguage().equals("en") ? list.englishName() : list.name());
  }

  private static List<SelectItem> enumItems(Enum<?>[] values) {
    return Arrays.stream(values)
        .map(
            v ->
                new SelectItem(
                    v.name(), Texts.text(v.getDeclaringClass().getSimpleName() + "." + v.name())))
        .toList();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
