package gov.approval.web.staff.catalogue;

import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.ItemFilter;
import gov.approval.catalogue.boundary.ItemRow;
import gov.approval.catalogue.boundary.ReformDecisionForm;
import gov.approval.catalogue.boundary.ReformDecisionRow;
import gov.approval.catalogue.boundary.ReformRoundRow;
import gov.approval.catalogue.boundary.ReformService;
import gov.approval.catalogue.entity.ReformDecision;
import gov.approval.catalogue.entity.ReformOutcome;
import gov.approval.organisation.boundary.DepartmentRow;
import gov.approval.organisation.boundary.DepartmentService;
import gov.approval.organisation.entity.RegionLevel;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.platform.boundary.PageRequest;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.BoundaryLazyModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reform round ({@code /staff/catalogue/reform.xhtml?id=N}): its decisions, paged, each carried
 * out with a confirmation; a dialog records a decision for an item found by code or name, with the
 * target its outcome needs (a lower level, another department, the item to merge into).
 */
@Named
@ViewScoped
public class ReformBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many items the pickers suggest. */
  static final int SUGGESTIONS = 15;

  @Inject ReformService reformService;

  @Inject CatalogueService catalogueService;

  @Inject DepartmentService departmentService;

  @Inject ActiveUser activeUser;

  private Long id;
  private ReformRoundRow round;
  private BoundaryLazyModel<ReformDecisionRow, Long> decisions;
  private List<DepartmentRow> departments;

  /** The labels the pickers suggested, with their items' ids: a label is what the user picks. */
  private final Map<String, Long> suggested = new HashMap<>();

  private String itemLabel;
  private ReformOutcome outcome;
  private RegionLevel targetLevel;
  private Long targetDepartmentId;
  private String mergeIntoLabel;

  @Size(max = ReformDecision.NOTE_LENGTH)
  private String note;

  /** The view action: reads the round named by the {@code id} parameter. */
  public void load() {
    round = findRound();
    Long roundId = id;
    ReformService service = reformService;
    decisions =
        new BoundaryLazyModel<>(
            (request, ignored) -> service.decisions(roundId, request), ReformDecisionRow::id);
    decisions.setFilter(roundId);
  }

  private ReformRoundRow findRound() {
    if (id == null) {
      throw new NotFoundException("ReformRound", "");
    }
    return reformService.rounds().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("ReformRound", id));
  }

  public void startDecide() {
    itemLabel = null;
    outcome = ReformOutcome.CANCEL;
    targetLevel = null;
    targetDepartmentId = null;
    mergeIntoLabel = null;
    note = null;
    if (departments == null) {
      departments = departmentService.activeDepartments();
    }
  }

  /** The items whose code starts with, or whose name or keywords contain, what the user typed. */
  public List<String> completeItem(String query) {
    String text = query == null ? "" : query.strip();
    boolean code = !text.isEmpty() && Character.isDigit(text.charAt(0));
    PageRequest request = new PageRequest(0, SUGGESTIONS, null, true, code ? null : text);
    ItemFilter filter =
        code ? new ItemFilter(null, null, null, null, null, null, text) : ItemFilter.NONE;
    List<ItemRow> rows = catalogueService.page(request, filter).rows();
    return rows.stream()
        .map(
            row -> {
              String label = label(row);
              suggested.put(label, row.id());
              return label;
            })
        .toList();
  }

  static String label(ItemRow row) {
    return row.implementationCode() + " " + row.name() + "（" + row.departmentName() + "）";
  }

  public void decide() {
    Long itemId = itemLabel == null ? null : suggested.get(itemLabel);
    Long mergeIntoId =
        outcome == ReformOutcome.MERGE && mergeIntoLabel != null
            ? suggested.get(mergeIntoLabel)
            : null;
    ReformDecisionForm form =
        new ReformDecisionForm(
            id,
            itemId,
            outcome,
            outcome == ReformOutcome.DELEGATE ? targetLevel : null,
            outcome == ReformOutcome.TRANSFER ? targetDepartmentId : null,
            mergeIntoId,
            note);
    if (Attempt.run(() -> reformService.decide(form))) {
      Texts.info("staff_catalogue_reform.decided", itemLabel);
      round = findRound();
    }
  }

  public void apply(ReformDecisionRow decision) {
    if (Attempt.run(() -> reformService.apply(decision.id(), decision.version()))) {
      Texts.info("staff_catalogue_reform.applied", decision.implementationCode());
    }
    round = findRound();
  }

  public boolean isNeedsLevel() {
    return outcome == ReformOutcome.DELEGATE;
  }

  public boolean isNeedsDepartment() {
    return outcome == ReformOutcome.TRANSFER;
  }

  public boolean isNeedsMergeTarget() {
    return outcome == ReformOutcome.MERGE;
  }

  public ReformOutcome[] getOutcomes() {
    return ReformOutcome.values();
  }

  /** The levels an item can be delegated down to (never the city, the top). */
  public List<RegionLevel> getLowerLevels() {
    return List.of(RegionLevel.COUNTY, RegionLevel.TOWN, RegionLevel.VILLAGE);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ReformRoundRow getRound() {
    return round;
  }

  public BoundaryLazyModel<ReformDecisionRow, Long> getDecisions() {
    return decisions;
  }

  public List<DepartmentRow> getDepartments() {
    return departments;
  }

  public String getItemLabel() {
    return itemLabel;
  }

  public void setItemLabel(String itemLabel) {
    this.itemLabel = itemLabel;
  }

  public ReformOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(ReformOutcome outcome) {
    this.outcome = outcome;
  }

  public RegionLevel getTargetLevel() {
    return targetLevel;
  }

  public void setTargetLevel(RegionLevel targetLevel) {
    this.targetLevel = targetLevel;
  }

  public Long getTargetDepartmentId() {
    return targetDepartmentId;
  }

  public void setTargetDepartmentId(Long targetDepartmentId) {
    this.targetDepartmentId = targetDepartmentId;
  }

  public String getMergeIntoLabel() {
    return mergeIntoLabel;
  }

  public void setMergeIntoLabel(String mergeIntoLabel) {
    this.mergeIntoLabel = mergeIntoLabel;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  /**
   * Whether the decisions link to the item editor: the hall office may hold ORG_MANAGE without
   * catalogue permissions, and the editor would refuse it.
   */
  public boolean isItemsOpenable() {
    return activeUser.can("CATALOGUE_EDIT") || activeUser.can("CATALOGUE_REVIEW");
  }
}
