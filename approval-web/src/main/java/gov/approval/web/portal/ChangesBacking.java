package gov.approval.web.portal;

import gov.approval.catalogue.boundary.PublicCatalogue;
import gov.approval.catalogue.boundary.PublicChange;
import gov.approval.catalogue.boundary.ReformRoundRow;
import gov.approval.catalogue.boundary.ReformService;
import gov.approval.platform.boundary.Page;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public changelog ({@code /changes.xhtml?round=&since=&page=}): what changed in the catalogue,
 * newest first, with the reform round each change belongs to. State in the address, like the browse
 * page; a bad parameter is shown as a message and ignored.
 */
@Named
@RequestScoped
public class ChangesBacking {

  static final int PAGE_SIZE = 30;

  @Inject PublicCatalogue catalogue;

  @Inject ReformService reforms;

  @Inject Clock clock;

  private List<ReformRoundRow> rounds;
  private Long round;
  private LocalDate since;
  private Page<PublicChange> changes;
  private Pager pager;

  /**
   * Reads the list before the page renders (preRenderView), so that messages about bad parameters
   * reach the template's message area, which renders before the content.
   */
  public void load() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> parameters = context.getRequestParameterMap();
    rounds = reforms.rounds();
    String roundText = ItemQuery.trimmed(parameters.get("round"));
    if (roundText != null) {
      round =
          rounds.stream()
              .map(ReformRoundRow::id)
              .filter(id -> String.valueOf(id).equals(roundText))
              .findFirst()
              .orElse(null);
      if (round == null) {
        Texts.error("portal_items.badParameter", "round", roundText);
      }
    }
    String sinceText = ItemQuery.trimmed(parameters.get("since"));
    if (sinceText != null) {
      try {
        since = LocalDate.parse(sinceText);
      } catch (DateTimeParseException e) {
        Texts.error("portal_items.badParameter", "since", sinceText);
      }
    }
    int page = 1;
    try {
      page = Math.max(1, Integer.parseInt(parameters.getOrDefault("page", "1")));
    } catch (NumberFormatException e) {
      Texts.error("portal_items.badParameter", "page", parameters.get("page"));
    }
    page = Math.min(page, Integer.MAX_VALUE / PAGE_SIZE);
    changes = catalogue.changes(PageRequest.of((page - 1) * PAGE_SIZE, PAGE_SIZE), since, round);
    Map<String, String> kept = new LinkedHashMap<>();
    kept.put("round", round == null ? null : String.valueOf(round));
    kept.put("since", since == null ? null : since.toString());
    pager =
        new Pager(
            context.getRequestContextPath() + "/changes.xhtml",
            kept,
            page,
            changes.total(),
            PAGE_SIZE);
  }

  public List<PublicChange> getRows() {
    return changes.rows();
  }

  public long getTotal() {
    return changes.total();
  }

  public Pager getPager() {
    return pager;
  }

  public List<SelectItem> getRounds() {
    return rounds.stream()
        .map(r -> new SelectItem(String.valueOf(r.id()), r.name() + "（" + r.documentNumber() + "）"))
        .toList();
  }

  public String getRound() {
    return round == null ? null : String.valueOf(round);
  }

  public void setRound(String round) {
    // The page never posts back; the select only needs a writable binding.
  }

  public String getSince() {
    return since == null ? null : since.toString();
  }

  /** The day of a change in the city's zone, as the changelog groups them. */
  public LocalDate day(PublicChange change) {
    return change.changedAt().atZone(clock.getZone()).toLocalDate();
  }
}
