package gov.approval.catalogue.control;

import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.organisation.entity.RegionLevel;
import java.util.Map;

/**
 * The layout of the catalogue workbook, shared by export and import. Three sheets, each with a
 * header row naming its columns (import finds columns by these names, so their order may change):
 *
 * <ul>
 *   <li><b>事项</b> (items): one row per item, keyed by its implementation code ({@link ItemColumn});
 *   <li><b>材料</b> (materials): one row per material, in order, keyed by the item's implementation
 *       code ({@link MaterialColumn});
 *   <li><b>流程</b> (steps): one row per process step, in order, likewise ({@link StepColumn}).
 * </ul>
 *
 * Enumerated values are written as Chinese words (行政许可, 承诺件, 原件...); import also takes the values'
 * English names and, for item types, the two-digit national code. Sets (lists, service objects,
 * delivery modes) are separated by "、", commas or spaces. Legal bases, fees and FAQ are not in the
 * workbook: an imported version keeps those of the version it replaces.
 */
public final class CatalogueWorkbook {

  public static final String ITEMS = "事项";
  public static final String MATERIALS = "材料";
  public static final String STEPS = "流程";

  /** The column of every sheet that names the item a row belongs to. */
  public static final String CODE = "实施编码";

  /** Columns of the items sheet. */
  public enum ItemColumn {
    CODE(CatalogueWorkbook.CODE),
    BASIC_CODE("基本编码"),
    DEPARTMENT("部门编码"),
    LEVEL("层级"),
    LISTS("清单"),
    NAME("事项名称"),
    TYPE("事项类型"),
    KEYWORDS("关键词"),
    SERVICE_OBJECTS("服务对象"),
    CONDITIONS("受理条件"),
    CASE_KIND("办件类型"),
    STATUTORY_DAYS("法定时限"),
    PROMISED_DAYS("承诺时限"),
    CHARGED("是否收费"),
    ONLINE_LEVEL("网办程度"),
    ONLINE_DEPTH("网办深度"),
    VISITS("到现场次数"),
    VISIT_REASON("到现场理由"),
    DELIVERY("送达方式"),
    RESULT_NAME("结果名称"),
    RESULT_TYPE("结果类型"),
    CONSULTATION_PHONE("咨询电话"),
    COMPLAINT_PHONE("投诉电话");

    private final String header;

    ItemColumn(String header) {
      this.header = header;
    }

    public String header() {
      return header;
    }
  }

  /** Columns of the materials sheet. */
  public enum MaterialColumn {
    CODE(CatalogueWorkbook.CODE),
    NAME("材料名称"),
    FORM("材料形式"),
    COPIES("份数"),
    NECESSITY("必要性"),
    SOURCE("来源"),
    NOTES("备注");

    private final String header;

    MaterialColumn(String header) {
      this.header = header;
    }

    public String header() {
      return header;
    }
  }

  /** Columns of the steps sheet. */
  public enum StepColumn {
    CODE(CatalogueWorkbook.CODE),
    NAME("环节名称"),
    ROLE("办理角色"),
    LIMIT_DAYS("时限"),
    CRITERIA("审查标准"),
    RESULT("办理结果");

    private final String header;

    StepColumn(String header) {
      this.header = header;
    }

    public String header() {
      return header;
    }
  }

  static final Labels<ItemType> TYPES = itemTypes();

  static final Labels<RegionLevel> LEVELS =
      Labels.of(
          RegionLevel.class,
          Map.of(
              RegionLevel.CITY, "市级",
              RegionLevel.COUNTY, "县级",
              RegionLevel.TOWN, "乡镇级",
              RegionLevel.VILLAGE, "村级"));

  static final Labels<CaseKind> CASE_KINDS =
      Labels.of(
          CaseKind.class,
          Map.of(
              CaseKind.IMMEDIATE, "即办件",
              CaseKind.PROMISED, "承诺件",
              CaseKind.JOINT, "联办件",
              CaseKind.REPORTED, "上报件"));

  static final Labels<OnlineLevel> ONLINE_LEVELS =
      Labels.of(
          OnlineLevel.class,
          Map.of(
              OnlineLevel.FULL, "可网上办理",
              OnlineLevel.PARTIAL, "部分网上办理",
              OnlineLevel.NONE, "不能网上办理"));

  static final Labels<OnlineDepth> DEPTHS =
      Labels.of(
              OnlineDepth.class,
              Map.of(
                  OnlineDepth.I, "I",
                  OnlineDepth.II, "II",
                  OnlineDepth.III, "III",
                  OnlineDepth.IV, "IV"))
          .alias("一级", OnlineDepth.I)
          .alias("二级", OnlineDepth.II)
          .alias("三级", OnlineDepth.III)
          .alias("四级", OnlineDepth.IV);

  static final Labels<ServiceObject> OBJECTS =
      Labels.of(
          ServiceObject.class,
          Map.of(ServiceObject.INDIVIDUAL, "个人", ServiceObject.ENTERPRISE, "企业"));

  static final Labels<DeliveryMode> DELIVERY =
      Labels.of(
          DeliveryMode.class,
          Map.of(
              DeliveryMode.WINDOW, "窗口领取",
              DeliveryMode.POST, "邮寄送达",
              DeliveryMode.ONLINE, "网上送达"));

  static final Labels<MaterialForm> FORMS =
      Labels.of(
          MaterialForm.class,
          Map.of(
              MaterialForm.ORIGINAL, "原件",
              MaterialForm.COPY, "复印件",
              MaterialForm.ELECTRONIC, "电子件"));

  static final Labels<MaterialNecessity> NECESSITIES =
      Labels.of(
          MaterialNecessity.class,
          Map.of(
              MaterialNecessity.MANDATORY, "必要",
              MaterialNecessity.OPTIONAL, "非必要",
              MaterialNecessity.DEFERRABLE, "容缺"));

  static final String YES = "是";
  static final String NO = "否";

  private CatalogueWorkbook() {}

  private static Labels<ItemType> itemTypes() {
    Labels<ItemType> labels =
        Labels.of(
            ItemType.class,
            Map.ofEntries(
                Map.entry(ItemType.LICENSING, "行政许可"),
                Map.entry(ItemType.PENALTY, "行政处罚"),
                Map.entry(ItemType.COERCION, "行政强制"),
                Map.entry(ItemType.LEVY, "行政征收"),
                Map.entry(ItemType.BENEFIT, "行政给付"),
                Map.entry(ItemType.INSPECTION, "行政检查"),
                Map.entry(ItemType.CONFIRMATION, "行政确认"),
                Map.entry(ItemType.REWARD, "行政奖励"),
                Map.entry(ItemType.ADJUDICATION, "行政裁决"),
                Map.entry(ItemType.OTHER_POWER, "其他行政权力"),
                Map.entry(ItemType.PUBLIC_SERVICE, "公共服务")));
    for (ItemType type : ItemType.values()) {
      labels.alias(type.code(), type);
    }
    return labels;
  }
}
