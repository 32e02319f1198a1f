package gov.approval.web.staff.catalogue;

import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.FaqEntry;
import gov.approval.catalogue.entity.FeeItem;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.LegalBasis;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ProcessStep;
import gov.approval.catalogue.entity.ServiceObject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The item editor's form: an {@link ItemContent} taken apart into fields and row lists that inputs
 * can write to, and put together again on save. The content's embeddables are immutable values, so
 * every table of the editor (legal bases, materials, steps, fees, FAQ) edits rows of this form and
 * the save builds new values from them. Blank texts become null, so an untouched field stays empty
 * rather than an empty string the rules would count as filled in.
 */
public class ContentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String keywords;
  private ItemType type;
  private ServiceObject[] serviceObjects = new ServiceObject[0];
  private String conditions;
  private final List<BasisRow> legalBases = new ArrayList<>();
  private final List<MaterialRow> materials = new ArrayList<>();
  private final List<StepRow> steps = new ArrayList<>();
  private CaseKind caseKind = CaseKind.PROMISED;
  private Integer statutoryLimitDays;
  private Integer promisedLimitDays;
  private boolean charged;
  private boolean separateAcceptanceAndDecision = true;
  private final List<FeeRow> fees = new ArrayList<>();
  private OnlineLevel onlineLevel = OnlineLevel.NONE;
  private OnlineDepth onlineDepth;
  private Integer onSiteVisits;
  private String onSiteReason;
  private DeliveryMode[] deliveryModes = new DeliveryMode[0];
  private String resultName;
  private String resultType;
  private String consultationPhone;
  private String complaintPhone;
  private final List<FaqRow> faqs = new ArrayList<>();

  /** A form holding {@code content}, e.g. the draft as loaded. */
  public static ContentForm of(ItemContent content) {
    ContentForm form = new ContentForm();
    form.name = content.name();
    form.keywords = content.keywords();
    form.type = content.type();
    form.serviceObjects = sorted(content.serviceObjects(), ServiceObject.class);
    form.conditions = content.conditions();
    content.legalBases().forEach(b -> form.legalBases.add(BasisRow.of(b)));
    content.materials().forEach(m -> form.materials.add(MaterialRow.of(m)));
    content.steps().forEach(s -> form.steps.add(StepRow.of(s)));
    form.caseKind = content.caseKind();
    form.statutoryLimitDays = content.statutoryLimitDays();
    form.promisedLimitDays = content.promisedLimitDays();
    form.charged = content.charged();
    form.separateAcceptanceAndDecision = content.separateAcceptanceAndDecision();
    content.fees().forEach(f -> form.fees.add(FeeRow.of(f)));
    form.onlineLevel = content.onlineLevel();
    form.onlineDepth = content.onlineDepth();
    form.onSiteVisits = content.onSiteVisits();
    form.onSiteReason = content.onSiteReason();
    form.deliveryModes = sorted(content.deliveryModes(), DeliveryMode.class);
    form.resultName = content.resultName();
    form.resultType = content.resultType();
    form.consultationPhone = content.consultationPhone();
    form.complaintPhone = content.complaintPhone();
    content.faqs().forEach(q -> form.faqs.add(FaqRow.of(q)));
    return form;
  }

  /** The content the form holds now, for the boundary to validate and save. */
  public ItemContent toContent() {
    return new ItemContent(
        clean(name),
        clean(keywords),
        type,
        Set.of(serviceObjects),
        clean(conditions),
        rows(legalBases, BasisRow::toValue),
        rows(materials, MaterialRow::toValue),
        rows(steps, StepRow::toValue),
        caseKind,
        statutoryLimitDays,
        promisedLimitDays == null ? 0 : promisedLimitDays,
        charged,
        rows(fees, FeeRow::toValue),
        separateAcceptanceAndDecision,
        onlineLevel,
        onlineDepth,
        onSiteVisits == null ? 0 : onSiteVisits,
        clean(onSiteReason),
        Set.of(deliveryModes),
        clean(resultName),
        clean(resultType),
        clean(consultationPhone),
        clean(complaintPhone),
        rows(faqs, FaqRow::toValue));
  }

  // ------------------------------------------------------------------ rows

  public void addBasis() {
    legalBases.add(new BasisRow());
  }

  public void addMaterial() {
    MaterialRow row = new MaterialRow();
    row.setNecessity(MaterialNecessity.MANDATORY);
    row.setForm(MaterialForm.ORIGINAL);
    row.setCopies(1);
    materials.add(row);
  }

  public void addStep() {
    steps.add(new StepRow());
  }

  public void addFee() {
    fees.add(new FeeRow());
  }

  public void addFaq() {
    faqs.add(new FaqRow());
  }

  /** Removes row {@code index} of {@code rows}; an index off the list changes nothing. */
  public static void remove(List<?> rows, int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  /**
   * Moves row {@code index} one place up ({@code delta} -1) or down (+1); at either end it stays.
   */
  public static void move(List<?> rows, int index, int delta) {
    int target = index + delta;
    if (index >= 0 && index < rows.size() && target >= 0 && target < rows.size()) {
      Collections.swap(rows, index, target);
    }
  }

  private static <R, V> List<V> rows(List<R> rows, Function<R, V> value) {
    return rows.stream().filter(row -> !isEmptyRow(row)).map(value).toList();
  }

  /** A row the user added and left empty is dropped rather than saved as a blank value. */
  private static boolean isEmptyRow(Object row) {
    return row instanceof Row r && r.isEmpty();
  }

  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static <E extends Enum<E>> E[] sorted(Set<E> values, Class<E> type) {
    @SuppressWarnings("unchecked")
    E[] array = values.toArray((E[]) java.lang.reflect.Array.newInstance(type, values.size()));
    Arrays.sort(array);
    return array;
  }

  /** A table row: empty when none of its texts is filled in. */
  interface Row extends Serializable {
    boolean isEmpty();
  }

  private static boolean allBlank(String... texts) {
    return Arrays.stream(texts).allMatch(t -> clean(t) == null);
  }

  /** One legal basis being edited. */
  public static class BasisRow implements Row {
    private static final long serialVersionUID = 1L;
    private String law;
    private String article;
    private String text;

    static BasisRow of(LegalBasis basis) {
      BasisRow row = new BasisRow();
      row.law = basis.getLaw();
      row.article = basis.getArticle();
      row.text = basis.getText();
      return row;
    }

    LegalBasis toValue() {
      return new LegalBasis(clean(law), clean(article), clean(text));
    }

    @Override
    public boolean isEmpty() {
      return allBlank(law, article, text);
    }

    public String getLaw() {
      return law;
    }

    public void setLaw(String law) {
      this.law = law;
    }

    public String getArticle() {
      return article;
    }

    public void setArticle(String article) {
      this.article = article;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /** One material being edited. */
  public static class MaterialRow implements Row {
    private static final long serialVersionUID = 1L;
    private String name;
    private MaterialForm form;
    private Integer copies;
    private MaterialNecessity necessity;
    private String source;
    private String notes;

    static MaterialRow of(ItemMaterial material) {
      MaterialRow row = new MaterialRow();
      row.name = material.getName();
      row.form = material.getForm();
      row.copies = material.getCopies();
      row.necessity = material.getNecessity();
      row.source = material.getSource();
      row.notes = material.getNotes();
      return row;
    }

    ItemMaterial toValue() {
      return new ItemMaterial(
          clean(name), form, copies == null ? 0 : copies, necessity, clean(source), clean(notes));
    }

    @Override
    public boolean isEmpty() {
      return allBlank(name, source, notes);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public MaterialForm getForm() {
      return form;
    }

    public void setForm(MaterialForm form) {
      this.form = form;
    }

    public Integer getCopies() {
      return copies;
    }

    public void setCopies(Integer copies) {
      this.copies = copies;
    }

    public MaterialNecessity getNecessity() {
      return necessity;
    }

    public void setNecessity(MaterialNecessity necessity) {
      this.necessity = necessity;
    }

    public String getSource() {
      return source;
    }

    public void setSource(String source) {
      this.source = source;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }
  }

  /** One process step being edited. */
  public static class StepRow implements Row {
    private static final long serialVersionUID = 1L;
    private String name;
    private String role;
    private Integer limitDays;
    private String criteria;
    private String result;

    static StepRow of(ProcessStep step) {
      StepRow row = new StepRow();
      row.name = step.getName();
      row.role = step.getRole();
      row.limitDays = step.getLimitDays();
      row.criteria = step.getCriteria();
      row.result = step.getResult();
      return row;
    }

    ProcessStep toValue() {
      return new ProcessStep(clean(name), clean(role), limitDays, clean(criteria), clean(result));
    }

    @Override
    public boolean isEmpty() {
      return limitDays == null && allBlank(name, role, criteria, result);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public Integer getLimitDays() {
      return limitDays;
    }

    public void setLimitDays(Integer limitDays) {
      this.limitDays = limitDays;
    }

    public String getCriteria() {
      return criteria;
    }

    public void setCriteria(String criteria) {
      this.criteria = criteria;
    }

    public String getResult() {
      return result;
    }

    public void setResult(String result) {
      this.result = result;
    }
  }

  /** One fee being edited. */
  public static class FeeRow implements Row {
    private static final long serialVersionUID = 1L;
    private String name;
    private String standard;
    private String basis;
    private boolean waivable;

    static FeeRow of(FeeItem fee) {
      FeeRow row = new FeeRow();
      row.name = fee.getName();
      row.standard = fee.getStandard();
      row.basis = fee.getBasis();
      row.waivable = fee.isWaivable();
      return row;
    }

    FeeItem toValue() {
      return new FeeItem(clean(name), clean(standard), clean(basis), waivable);
    }

    @Override
    public boolean isEmpty() {
      return allBlank(name, standard, basis);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getStandard() {
      return standard;
    }

    public void setStandard(String standard) {
      this.standard = standard;
    }

    public String getBasis() {
      return basis;
    }

    public void setBasis(String basis) {
      this.basis = basis;
    }

    public boolean isWaivable() {
      return waivable;
    }

    public void setWaivable(boolean waivable) {
      this.waivable = waivable;
    }
  }

  /** One question and answer being edited. */
  public static class FaqRow implements Row {
    private static final long serialVersionUID = 1L;
    private String question;
    private String answer;

    static FaqRow of(FaqEntry faq) {
      FaqRow row = new FaqRow();
      row.question = faq.getQuestion();
      row.answer = faq.getAnswer();
      return row;
    }

    FaqEntry toValue() {
      return new FaqEntry(clean(question), clean(answer));
    }

    @Override
    public boolean isEmpty() {
      return allBlank(question, answer);
    }

    public String getQuestion() {
      return question;
    }

    public void setQuestion(String question) {
      this.question = question;
    }

    public String getAnswer() {
      return answer;
    }

    public void setAnswer(String answer) {
      this.answer = answer;
    }
  }

  // ------------------------------------------------------------------ fields

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public ItemType getType() {
    return type;
  }

  public void setType(ItemType type) {
    this.type = type;
  }

  public ServiceObject[] getServiceObjects() {
    return serviceObjects;
  }

  public void setServiceObjects(ServiceObject[] serviceObjects) {
    this.serviceObjects = serviceObjects == null ? new ServiceObject[0] : serviceObjects;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }

  public List<BasisRow> getLegalBases() {
    return legalBases;
  }

  public List<MaterialRow> getMaterials() {
    return materials;
  }

  public List<StepRow> getSteps() {
    return steps;
  }

  public CaseKind getCaseKind() {
    return caseKind;
  }

  public void setCaseKind(CaseKind caseKind) {
    this.caseKind = caseKind;
  }

  public Integer getStatutoryLimitDays() {
    return statutoryLimitDays;
  }

  public void setStatutoryLimitDays(Integer statutoryLimitDays) {
    this.statutoryLimitDays = statutoryLimitDays;
  }

  public Integer getPromisedLimitDays() {
    return promisedLimitDays;
  }

  public void setPromisedLimitDays(Integer promisedLimitDays) {
    this.promisedLimitDays = promisedLimitDays;
  }

  public boolean isSeparateAcceptanceAndDecision() {
    return separateAcceptanceAndDecision;
  }

  public void setSeparateAcceptanceAndDecision(boolean separate) {
    this.separateAcceptanceAndDecision = separate;
  }

  public boolean isCharged() {
    return charged;
  }

  public void setCharged(boolean charged) {
    this.charged = charged;
  }

  public List<FeeRow> getFees() {
    return fees;
  }

  public OnlineLevel getOnlineLevel() {
    return onlineLevel;
  }

  public void setOnlineLevel(OnlineLevel onlineLevel) {
    this.onlineLevel = onlineLevel;
  }

  public OnlineDepth getOnlineDepth() {
    return onlineDepth;
  }

  public void setOnlineDepth(OnlineDepth onlineDepth) {
    this.onlineDepth = onlineDepth;
  }

  public Integer getOnSiteVisits() {
    return onSiteVisits;
  }

  public void setOnSiteVisits(Integer onSiteVisits) {
    this.onSiteVisits = onSiteVisits;
  }

  public String getOnSiteReason() {
    return onSiteReason;
  }

  public void setOnSiteReason(String onSiteReason) {
    this.onSiteReason = onSiteReason;
  }

  public DeliveryMode[] getDeliveryModes() {
    return deliveryModes;
  }

  public void setDeliveryModes(DeliveryMode[] deliveryModes) {
    this.deliveryModes = deliveryModes == null ? new DeliveryMode[0] : deliveryModes;
  }

  public String getResultName() {
    return resultName;
  }

  public void setResultName(String resultName) {
    this.resultName = resultName;
  }

  public String getResultType() {
    return resultType;
  }

  public void setResultType(String resultType) {
    this.resultType = resultType;
  }

  public String getConsultationPhone() {
    return consultationPhone;
  }

  public void setConsultationPhone(String consultationPhone) {
    this.consultationPhone = consultationPhone;
  }

  public String getComplaintPhone() {
    return complaintPhone;
  }

  public void setComplaintPhone(String complaintPhone) {
    this.complaintPhone = complaintPhone;
  }

  public List<FaqRow> getFaqs() {
    return faqs;
  }
}
