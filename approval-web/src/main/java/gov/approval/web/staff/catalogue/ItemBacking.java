package gov.approval.web.staff.catalogue;

import gov.approval.catalogue.boundary.CatalogueService;
import gov.approval.catalogue.boundary.ChangeRow;
import gov.approval.catalogue.boundary.DraftSaved;
import gov.approval.catalogue.boundary.ItemDetails;
import gov.approval.catalogue.boundary.ItemListRow;
import gov.approval.catalogue.boundary.RuleViolation;
import gov.approval.catalogue.boundary.VersionView;
import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.ItemVersion;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.catalogue.entity.VersionStatus;
import gov.approval.platform.boundary.NotFoundException;
import gov.approval.web.i18n.Texts;
import gov.approval.web.security.ActiveUser;
import gov.approval.web.shell.Attempt;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * The item editor ({@code /staff/catalogue/item.xhtml?id=N}): the version in the works as a form in
 * tabs, the rules it breaks now, the maker-checker buttons, the lists, the history and every
 * version side by side. Each change sends the item version the page was loaded with; a save refused
 * because someone else saved first keeps the user's input on screen with the conflict message.
 */
@Named
@ViewScoped
public class ItemBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogueService catalogueService;

  @Inject ActiveUser activeUser;

  private Long id;
  private ItemDetails details;

  /** The item version every change sends back: the page's, or the last save's. */
  private long version;

  private ContentForm form;

  /** Which version, in which status, the form was filled from. */
  private String formState = "";

  private List<RuleViolation> violations = List.of();
  private List<ChangeRow> history;
  private List<ItemListRow> allLists;
  private Long[] listIds = new Long[0];

  /** The version shown in the versions tab beside the published one. */
  private Integer shownNumber;

  private VersionView shown;

  @NotBlank(message = "{catalogue.item.suspendReason.required}")
  @Size(max = ItemVersion.REASON_LENGTH)
  private String suspendReason;

  @NotBlank(message = "{catalogue.version.exceptionReason.required}")
  @Size(max = ItemVersion.REASON_LENGTH)
  private String exceptionReason;

  /** The view action: reads the item named by the {@code id} parameter. */
  public void load() {
    if (id == null) {
      throw new NotFoundException("ServiceItem", "");
    }
    reload();
  }

  private void reload() {
    details = catalogueService.details(id);
    version = details.version();
    VersionView editing = getEditing();
    form = editing == null ? null : ContentForm.of(editing.content());
    formState = state(editing);
    violations = details.workingViolations();
    history = catalogueService.history(id);
    listIds = details.lists().stream().map(ItemListRow::id).toArray(Long[]::new);
    shownNumber = editing == null ? null : editing.number();
    shown = editing;
  }

  /**
   * Reads the item again after an action beside the form (lists, suspension, an exception): the
   * form keeps what the user typed unless the version it edits has moved on (a new draft, a
   * submission), when it shows that version instead.
   */
  private void refresh() {
    ContentForm typed = form;
    String typedState = formState;
    reload();
    if (typed != null && typedState.equals(formState)) {
      form = typed;
    }
  }

  private static String state(VersionView view) {
    return view == null ? "" : view.number() + "/" + view.status();
  }

  // ------------------------------------------------------------------ maker

  /** Saves the draft; the rules it still breaks come back as the list above the tabs. */
  public void save() {
    if (!saveDraft()) {
      return;
    }
    if (violations.isEmpty()) {
      Texts.info("staff_catalogue_item.saved");
    } else {
      Texts.info("staff_catalogue_item.savedWithWarnings", violations.size());
    }
  }

  /** Saves what is on screen; false when refused (e.g. someone saved first), input kept. */
  private boolean saveDraft() {
    DraftSaved saved = Attempt.get(() -> catalogueService.saveDraft(id, version, form.toContent()));
    if (saved == null) {
      return false;
    }
    version = saved.version();
    violations = saved.warnings();
    details = catalogueService.details(id);
    history = catalogueService.history(id);
    return true;
  }

  /** Saves what is on screen, then hands the draft to review. */
  public void submit() {
    if (!saveDraft()) {
      return;
    }
    if (Attempt.run(() -> catalogueService.submitForReview(id, version))) {
      Texts.info("staff_catalogue_item.submitted");
      reload();
    }
  }

  public void startNewDraft() {
    act(() -> catalogueService.startNewDraft(id, version), "newDraftStarted");
  }

  public void placeOnLists() {
    if (listIds.length == 0) {
      Texts.error("catalogue.item.listRequired");
      return;
    }
    act(() -> catalogueService.placeOnLists(id, version, Set.of(listIds)), "listsSaved");
  }

  public void recordLimitException() {
    act(
        () -> catalogueService.recordLimitException(id, version, exceptionReason),
        "exceptionRecorded");
  }

  // ------------------------------------------------------------------ checker

  public void startSuspend() {
    suspendReason = null;
  }

  public void suspend() {
    act(() -> catalogueService.suspend(id, version, suspendReason), "suspended");
  }

  public void resume() {
    act(() -> catalogueService.resume(id, version), "resumed");
  }

  // ------------------------------------------------------------------ versions

  /** Shows the chosen version in the versions tab. */
  public void showVersion() {
    if (shownNumber != null) {
      shown = Attempt.get(() -> catalogueService.version(id, shownNumber));
    }
  }

  /** Every version number of the item, newest first. */
  public List<Integer> getVersionNumbers() {
    int last = Math.max(number(details.published()), number(details.working()));
    return IntStream.iterate(last, n -> n >= 1, n -> n - 1).boxed().toList();
  }

  /** What differs between the published version and the one in the works. */
  public List<String> getChanges() {
    if (details.working() == null || details.published() == null) {
      return List.of();
    }
    return ContentChanges.between(details.published().content(), details.working().content());
  }

  // ------------------------------------------------------------------ rows

  public void addBasis() {
    form.addBasis();
  }

  public void removeBasis(int index) {
    ContentForm.remove(form.getLegalBases(), index);
  }

  public void addMaterial() {
    form.addMaterial();
  }

  public void removeMaterial(int index) {
    ContentForm.remove(form.getMaterials(), index);
  }

  public void moveMaterial(int index, int delta) {
    ContentForm.move(form.getMaterials(), index, delta);
  }

  public void addStep() {
    form.addStep();
  }

  public void removeStep(int index) {
    ContentForm.remove(form.getSteps(), index);
  }

  public void moveStep(int index, int delta) {
    ContentForm.move(form.getSteps(), index, delta);
  }

  public void addFee() {
    form.addFee();
  }

  public void removeFee(int index) {
    ContentForm.remove(form.getFees(), index);
  }

  public void addFaq() {
    form.addFaq();
  }

  public void removeFaq(int index) {
    ContentForm.remove(form.getFaqs(), index);
  }

  // ------------------------------------------------------------------ state for the page

  /** The draft may be edited: there is one, it is not in review, and the caller may change it. */
  public boolean isEditable() {
    return details.manageable()
        && activeUser.can("CATALOGUE_EDIT")
        && details.working() != null
        && details.working().status() == VersionStatus.DRAFT;
  }

  public boolean isCanStartNewDraft() {
    return details.manageable()
        && activeUser.can("CATALOGUE_EDIT")
        && details.working() == null
        && details.published() != null
        && details.status() != VersionStatus.ENDED;
  }

  public boolean isCanEditLists() {
    return details.manageable()
        && activeUser.can("CATALOGUE_EDIT")
        && details.status() != VersionStatus.ENDED;
  }

  public boolean isCanSuspend() {
    return details.manageable()
        && activeUser.can("CATALOGUE_REVIEW")
        && details.status() == VersionStatus.PUBLISHED;
  }

  public boolean isCanResume() {
    return details.manageable()
        && activeUser.can("CATALOGUE_REVIEW")
        && details.status() == VersionStatus.SUSPENDED;
  }

  public boolean isCanRecordException() {
    return activeUser.can("ORG_MANAGE")
        && details.working() != null
        && details.working().status() == VersionStatus.DRAFT;
  }

  /** The version the tabs show: the one in the works, else the published one. */
  public VersionView getEditing() {
    return details.working() != null ? details.working() : details.published();
  }

  private void act(LongSupplier action, String messageKey) {
    if (Attempt.run(() -> action.getAsLong())) {
      Texts.info("staff_catalogue_item." + messageKey);
    }
    refresh();
  }

  private static List<String> texts(List<RuleViolation> violations) {
    List<String> texts = new ArrayList<>();
    for (RuleViolation violation : violations) {
      texts.add(Texts.text(violation.messageKey(), violation.arguments().toArray()));
    }
    return texts;
  }

  private static int number(VersionView view) {
    return view == null ? 0 : view.number();
  }

  // ------------------------------------------------------------------ choices

  public ItemType[] getTypes() {
    return ItemType.values();
  }

  public ServiceObject[] getServiceObjectChoices() {
    return ServiceObject.values();
  }

  public CaseKind[] getCaseKinds() {
    return CaseKind.values();
  }

  public OnlineLevel[] getOnlineLevels() {
    return OnlineLevel.values();
  }

  public OnlineDepth[] getOnlineDepths() {
    return OnlineDepth.values();
  }

  public DeliveryMode[] getDeliveryModeChoices() {
    return DeliveryMode.values();
  }

  public MaterialForm[] getMaterialForms() {
    return MaterialForm.values();
  }

  public MaterialNecessity[] getNecessities() {
    return MaterialNecessity.values();
  }

  public List<ItemListRow> getAllLists() {
    if (allLists == null) {
      allLists = catalogueService.lists();
    }
    return allLists;
  }

  // ------------------------------------------------------------------ accessors

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ItemDetails getDetails() {
    return details;
  }

  public ContentForm getForm() {
    return form;
  }

  /**
   * The broken rules in the user's language. Worded here, at rendering, rather than when loaded:
   * the page's view action runs before the view has its user's locale.
   */
  public List<String> getViolations() {
    return texts(violations);
  }

  public List<ChangeRow> getHistory() {
    return history;
  }

  public Long[] getListIds() {
    return listIds;
  }

  public void setListIds(Long[] listIds) {
    this.listIds = listIds == null ? new Long[0] : listIds;
  }

  public Integer getShownNumber() {
    return shownNumber;
  }

  public void setShownNumber(Integer shownNumber) {
    this.shownNumber = shownNumber;
  }

  public VersionView getShown() {
    return shown;
  }

  public String getSuspendReason() {
    return suspendReason;
  }

  public void setSuspendReason(String suspendReason) {
    this.suspendReason = suspendReason;
  }

  public String getExceptionReason() {
    return exceptionReason;
  }

  public void setExceptionReason(String exceptionReason) {
    this.exceptionReason = exceptionReason;
  }
}
