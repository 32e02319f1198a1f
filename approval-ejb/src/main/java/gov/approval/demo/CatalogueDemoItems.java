package gov.approval.demo;

import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.FaqEntry;
import gov.approval.catalogue.entity.FeeItem;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemList;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.LegalBasis;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ProcessStep;
import gov.approval.catalogue.entity.ReformOutcome;
import gov.approval.catalogue.entity.ServiceObject;
import gov.approval.organisation.entity.RegionLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo catalogue of Weinan as pure values: about 190 items of the 28 city departments and four
 * counties, and the two reform rounds that change some of them. Nothing here touches an entity
 * manager, so a unit test builds exactly what the loader loads.
 *
 * <p>Each item is one row of a compact table: department, item type, a template ({@link Kind}) that
 * supplies the usual materials, conditions and service object, an online mode ({@link Online}) that
 * supplies online level, depth, visits and delivery, the statutory and promised limits (promised 0
 * makes an immediate item, 即办件), the result, the legal bases, and the few materials that set the
 * item apart. Steps, FAQ, phones, lists and codes are derived by fixed rules, so the whole table is
 * deterministic.
 *
 * <p>Basic codes: the type's national code, then a main item number of five digits (the owning city
 * department's position in the demo organisation, two digits, and the item's position in that
 * department, three digits), then {@code 000}. County departments implement basic items of the
 * city's directory and reuse their basic codes.
 */
public final class CatalogueDemoItems {

  /** One item to create, submit and publish. */
  public record ItemSpec(
      String basicCode,
      String departmentCode,
      RegionLevel level,
      Set<String> listCodes,
      ItemContent content,
      boolean reviewedByHallAdmin,
      Instant draftedAt) {

    /** The item's identity in the demo table: department and basic code. */
    public String key() {
      return CatalogueDemoItems.key(departmentCode, basicCode);
    }
  }

  /** One decision of a reform round. */
  public record DecisionSpec(
      String itemKey,
      ReformOutcome outcome,
      RegionLevel targetLevel,
      String targetDepartmentCode,
      String note) {}

  /** A reform round with its decisions, applied at {@code appliedAt} and the seconds after. */
  public record RoundSpec(
      String name,
      LocalDate decidedOn,
      String documentNumber,
      Instant appliedAt,
      List<DecisionSpec> decisions) {}

  /** The user name of the hall management office's administrator, who reviews and runs reforms. */
  public static final String HALL_ADMIN = "halladmin";

  /** The city departments in the demo organisation's order; their position numbers basic codes. */
  static final List<String> CITY_DEPARTMENT_CODES =
      DemoData.CITY_DEPARTMENTS.stream().map(department -> department[0]).toList();

  /** Counties whose halls implement a few basic items: division code and name. */
  static final List<String[]> COUNTIES =
      List.of(
          new String[] {"610502", "临渭区"},
          new String[] {"610503", "华州区"},
          new String[] {"610528", "富平县"},
          new String[] {"610581", "韩城市"});

  private static final Instant FIRST_DRAFT = Instant.parse("2015-01-05T01:30:00Z");

  public static String key(String departmentCode, String basicCode) {
    return departmentCode + ":" + basicCode;
  }

  public static String chiefOf(String departmentCode) {
    return departmentCode.toLowerCase() + ".chief";
  }

  public static String headOf(String departmentCode) {
    return departmentCode.toLowerCase() + ".head";
  }

  private CatalogueDemoItems() {}

  // ================================================================== templates

  /** What kind of item a row is: decides the usual materials, conditions and service object. */
  enum Kind {
    /** A licence for a running enterprise or organisation. */
    FIRM,
    /** Setting up a school, hospital, association...: founders' documents. */
    ESTABLISH,
    /** A construction or investment project. */
    PROJECT,
    /** A licence or qualification of a natural person. */
    PERSON,
    /** Registration of a market entity. */
    REGISTER,
    /** A service or benefit for a natural person. */
    CITIZEN,
    /** A service for an enterprise (tax, social insurance, certificates). */
    COMPANY,
    /** A filing (备案): the authority records, it does not decide. */
    FILING
  }

  /** How much can be done online, and what that means for visits and delivery. */
  enum Online {
    /** 全程网办: depth IV, no visit, result online or by post. */
    FULL_IV,
    /** Online, one visit to collect the paper certificate. */
    FULL_III,
    /** Online application, one visit to verify originals (or for the site check). */
    PARTIAL_III,
    /** Forms online, paper application at the window. */
    PARTIAL_II,
    /** Only at the window, in person. */
    NONE_I
  }

  private static final Kind FIRM = Kind.FIRM;
  private static final Kind ESTABLISH = Kind.ESTABLISH;
  private static final Kind PROJECT = Kind.PROJECT;
  private static final Kind PERSON = Kind.PERSON;
  private static final Kind REGISTER = Kind.REGISTER;
  private static final Kind CITIZEN = Kind.CITIZEN;
  private static final Kind COMPANY = Kind.COMPANY;
  private static final Kind FILING = Kind.FILING;
  private static final Online W4 = Online.FULL_IV;
  private static final Online W3F = Online.FULL_III;
  private static final Online W3 = Online.PARTIAL_III;
  private static final Online W2 = Online.PARTIAL_II;
  private static final Online W1 = Online.NONE_I;
  private static final ItemType LIC = ItemType.LICENSING;
  private static final ItemType SVC = ItemType.PUBLIC_SERVICE;
  private static final ItemType CONF = ItemType.CONFIRMATION;
  private static final ItemType BEN = ItemType.BENEFIT;
  private static final ItemType OTHER = ItemType.OTHER_POWER;

  // ================================================================== laws

  private static final String XKF = "《中华人民共和国行政许可法》";
  private static final String BAOLIU = "《国务院对确需保留的行政审批项目设定行政许可的决定》";
  private static final String TOUZI = "《国务院关于投资体制改革的决定》（国发〔2004〕20号）";
  private static final String HEZHUN = "《政府核准投资项目管理办法》";
  private static final String MINBAN = "《中华人民共和国民办教育促进法》";
  private static final String HUKOU = "《中华人民共和国户口登记条例》";
  private static final String WEIHUA = "《危险化学品安全管理条例》";
  private static final String YANHUA = "《烟花爆竹安全管理条例》";
  private static final String DAOJIAO = "《中华人民共和国道路交通安全法》";
  private static final String SHEBAO = "《中华人民共和国社会保险法》";
  private static final String LAODONG = "《中华人民共和国劳动法》";
  private static final String JIUYE = "《中华人民共和国就业促进法》";
  private static final String TUDI = "《中华人民共和国土地管理法》";
  private static final String BUDONGCHAN = "《不动产登记暂行条例》";
  private static final String HUANBAO = "《中华人民共和国环境保护法》";
  private static final String HUANPING = "《中华人民共和国环境影响评价法》";
  private static final String JIANZHU = "《中华人民共和国建筑法》";
  private static final String GUIHUA = "《中华人民共和国城乡规划法》";
  private static final String YUNSHU = "《中华人民共和国道路运输条例》";
  private static final String GONGLU = "《中华人民共和国公路法》";
  private static final String SHUIFA = "《中华人民共和国水法》";
  private static final String HEDAO = "《中华人民共和国河道管理条例》";
  private static final String ZHONGZI = "《中华人民共和国种子法》";
  private static final String SENLIN = "《中华人民共和国森林法》";
  private static final String CHUBAN = "《出版管理条例》";
  private static final String YILIAO = "《医疗机构管理条例》";
  private static final String GETI = "《个体工商户条例》";
  private static final String GONGSI = "《中华人民共和国公司登记管理条例》";
  private static final String TEZHONG = "《中华人民共和国特种设备安全法》";
  private static final String JILIANG = "《中华人民共和国计量法》";
  private static final String SHIPIN = "《中华人民共和国食品安全法》";
  private static final String YAOPIN = "《中华人民共和国药品管理法》";
  private static final String QIXIE = "《医疗器械监督管理条例》";
  private static final String ANQUAN = "《中华人民共和国安全生产法》";
  private static final String ZHENGGUAN = "《中华人民共和国税收征收管理法》";
  private static final String FAPIAO = "《中华人民共和国发票管理办法》";
  private static final String JIAGE = "《中华人民共和国价格法》";
  private static final String RENFANG = "《中华人民共和国人民防空法》";

  // ================================================================== the table

  private static List<Row> cityRows() {
    List<Row> rows = new ArrayList<>();

    // 发展和改革委员会
    rows.add(
        lic("FGW", PROJECT, W3, "企业投资项目核准", 20, 10, "项目核准批复")
            .kw("投资 核准 项目")
            .law(
                XKF,
                "第十二条",
                "直接涉及国家安全、公共安全、经济宏观调控、生态环境保护以及直接关系人身健康、生命财产安全等特定活动，需要按照法定条件予以批准的事项，可以设定行政许可。")
            .law(TOUZI, "第二条", "对于企业不使用政府投资建设的项目，一律不再实行审批制，区别不同情况实行核准制和登记备案制。")
            .needs("项目申请报告", "城乡规划行政主管部门出具的选址意见书", "国土资源行政主管部门出具的用地预审意见"));
    rows.add(
        lic("FGW", PROJECT, W3, "外商投资项目核准", 20, 10, "外商投资项目核准批复")
            .kw("外资 核准")
            .law("《外商投资项目核准和备案管理办法》", "第四条", null)
            .law(TOUZI, "第二条", null)
            .needs("项目申请报告", "投资各方的营业执照或身份证明", "银行出具的融资意向书"));
    rows.add(
        row(OTHER, "FGW", FILING, W4, "企业投资项目备案", null, 0, "项目备案确认书")
            .kw("投资 备案 登记")
            .law(TOUZI, "第二条", null)
            .needs("项目基本情况说明"));
    rows.add(
        row(OTHER, "FGW", PROJECT, W3, "固定资产投资项目节能审查", 20, 10, "节能审查意见")
            .kw("节能 能评")
            .law(
                "《中华人民共和国节约能源法》",
                "第十五条",
                "国家实行固定资产投资项目节能评估和审查制度。不符合强制性节能标准的项目，依法负责项目审批或者核准的机关不得批准或者核准建设；建设单位不得开工建设；已经建成的，不得投入生产、使用。")
            .needs("节能评估报告书（表）"));
    rows.add(
        row(OTHER, "FGW", PROJECT, W2, "政府投资项目可行性研究报告审批", 20, 10, "可行性研究报告批复")
            .kw("政府投资 可研")
            .law(TOUZI, "第三条", null)
            .needs("项目可行性研究报告", "项目建议书批复文件"));
    rows.add(
        lic("FGW", FIRM, W2, "工程咨询单位资格认定", 20, 10, "工程咨询单位资格证书")
            .kw("工程咨询 资格")
            .law(BAOLIU, "第二十一项", null)
            .needs("专业技术人员职称证书及劳动合同", "近三年完成的工程咨询业绩"));

    // 教育局
    rows.add(
        lic("JYJ", ESTABLISH, W2, "民办学校设立", 60, 30, "民办学校办学许可证")
            .kw("民办学校 办学许可 培训学校")
            .cond(
                "举办者为具有法人资格的社会组织或具有政治权利和完全民事行为能力的公民；有规范的名称、章程和组织机构；有合格的教师和管理人员；有与办学规模相适应的校舍、设施设备和办学经费；符合设置标准。")
            .law(MINBAN, "第十二条", "举办实施学历教育、学前教育、自学考试助学及其他文化教育的民办学校，由县级以上人民政府教育行政部门按照国家规定的权限审批。")
            .law(MINBAN, "第十七条", "申请正式设立民办学校的，审批机关应当自受理之日起三个月以内以书面形式作出是否批准的决定，并送达申请人。")
            .needs("资产来源、资金数额及有效证明文件", "校长、教师、财会人员的资格证明文件"));
    rows.add(
        lic("JYJ", FIRM, W2, "民办学校变更审批", 20, 10, "准予变更决定书")
            .kw("民办学校 变更")
            .law(MINBAN, "第五十四条", null)
            .needs("学校理事会（董事会）同意变更的决议"));
    rows.add(
        lic("JYJ", PERSON, W3, "教师资格认定", 30, 15, "教师资格证书")
            .kw("教师资格证 认定")
            .law("《中华人民共和国教师法》", "第十三条", "中小学教师资格由县级以上地方人民政府教育行政部门认定。")
            .law("《教师资格条例》", "第十三条", null)
            .needs("学历证书", "普通话水平测试等级证书", "县级以上医院出具的体检合格证明"));
    rows.add(
        lic("JYJ", FIRM, W2, "校车使用许可", 20, 10, "校车标牌")
            .kw("校车")
            .law("《校车安全管理条例》", "第十四条", "使用校车应当依照本条例的规定取得许可。")
            .needs("拟使用校车的机动车行驶证", "校车驾驶人的校车驾驶资格证明", "校车安全管理制度"));
    rows.add(
        row(SVC, "JYJ", CITIZEN, W4, "普通高中学生学籍转接", null, 5, "学籍转接确认单")
            .kw("学籍 转学")
            .law("《中华人民共和国教育法》", "第二十九条", null)
            .needs("转出学校同意转出证明"));
    rows.add(
        row(BEN, "JYJ", CITIZEN, W3, "家庭经济困难学生资助", null, 10, "学生资助审批表")
            .kw("助学金 资助")
            .law("《中华人民共和国教育法》", "第三十八条", "国家、社会对符合入学条件、家庭经济困难的儿童、少年、青年，提供各种形式的资助。")
            .needs("家庭经济困难情况证明", "学生证"));

    // 科学技术局
    rows.add(
        row(ItemType.REWARD, "KJJ", COMPANY, W2, "渭南市科学技术奖评审", null, 30, "科学技术奖证书")
            .kw("科技奖 奖励")
            .law("《国家科学技术奖励条例》", "第二条", null)
            .needs("科学技术奖推荐书", "成果应用证明"));
    rows.add(
        row(OTHER, "KJJ", COMPANY, W4, "高新技术企业认定推荐", null, 10, "推荐意见")
            .kw("高新技术企业 高企")
            .law("《高新技术企业认定管理办法》", "第九条", null)
            .needs("知识产权相关材料", "经具有资质的中介机构鉴证的研究开发费用专项审计报告"));
    rows.add(
        row(CONF, "KJJ", COMPANY, W3F, "技术合同认定登记", null, 3, "技术合同登记证明")
            .kw("技术合同 登记")
            .law("《中华人民共和国合同法》", "第三百二十二条", null)
            .law("《技术合同认定登记管理办法》", "第三条", null)
            .needs("技术合同文本"));
    rows.add(
        row(SVC, "KJJ", COMPANY, W4, "科技成果登记", null, 5, "科技成果登记证书")
            .kw("科技成果")
            .law("《科技成果登记办法》", "第三条", null)
            .needs("成果评价证明或知识产权证明"));

    // 工业和信息化局
    rows.add(
        row(OTHER, "GXJ", FILING, W4, "工业企业技术改造投资项目备案", null, 0, "技术改造项目备案确认书")
            .kw("技改 备案")
            .law(TOUZI, "第二条", null)
            .needs("技术改造项目基本情况说明"));
    rows.add(
        row(ItemType.LEVY, "GXJ", COMPANY, W2, "新型墙体材料专项基金征收", null, 3, "专项基金缴款凭证")
            .kw("墙改基金 新型墙体材料")
            .law("《新型墙体材料专项基金征收使用管理办法》（财综〔2007〕77号）", "第四条", null)
            .needs("建设工程规划许可证", "建筑面积证明")
            .fee("新型墙体材料专项基金", "按建筑面积每平方米不超过10元预缴", "《新型墙体材料专项基金征收使用管理办法》（财综〔2007〕77号）", false));
    rows.add(
        lic("GXJ", PROJECT, W2, "电力设施保护区内施工作业许可", 20, 10, "电力设施保护区施工作业许可决定书")
            .kw("电力设施 保护区 施工")
            .law("《电力设施保护条例》", "第十七条", null)
            .needs("施工作业方案", "电力设施产权单位的意见"));
    rows.add(
        row(OTHER, "GXJ", COMPANY, W3, "企业技术中心认定推荐", null, 20, "推荐意见")
            .kw("企业技术中心")
            .law("《企业技术中心认定管理办法》", "第十条", null)
            .needs("企业技术中心评价材料"));

    // 公安局
    rows.add(
        lic("GAJ", CITIZEN, W3, "户口迁移审批", 20, 5, "准予迁入证明")
            .kw("户口 迁移 落户 准迁证")
            .objects(ServiceObject.INDIVIDUAL)
            .cond("在本市有合法稳定住所、稳定就业或投靠直系亲属等符合本市户口迁移政策的情形。")
            .law(HUKOU, "第十条", "公民迁出本户口管辖区，由本人或者户主在迁出前向户口登记机关申报迁出登记，领取迁移证件，注销户口。")
            .law(HUKOU, "第十三条", null)
            .needs("居民户口簿", "合法稳定住所证明", "亲属关系证明")
            .why("本人到派出所户籍窗口核验身份并领取准迁证"));
    rows.add(
        row(SVC, "GAJ", CITIZEN, W1, "居民身份证换领、补领", 60, 20, "居民身份证")
            .kw("身份证 换证 补证")
            .law("《中华人民共和国居民身份证法》", "第十一条", "居民身份证有效期满、公民姓名变更或者证件严重损坏不能辨认的，应当换领新证；居民身份证丢失的，应当申请补领。")
            .needs("居民户口簿")
            .why("本人到场采集人像和指纹信息")
            .fee("居民身份证工本费", "20元/证", "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）", true));
    rows.add(
        row(SVC, "GAJ", CITIZEN, W1, "出生登记", null, 0, "居民户口簿（出生登记页）")
            .kw("新生儿 上户口 出生")
            .law(HUKOU, "第七条", "婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。")
            .needs("出生医学证明", "父母双方居民户口簿", "父母结婚证"));
    rows.add(
        lic("GAJ", FIRM, W3, "旅馆业特种行业许可证核发", 20, 10, "特种行业许可证")
            .site()
            .kw("旅馆 宾馆 特行")
            .law("《旅馆业治安管理办法》", "第四条", "申请开办旅馆，应经主管部门审查批准，经当地公安机关签署意见，向工商行政管理部门申请登记，领取营业执照后，方准开业。")
            .law(BAOLIU, "第二十九项", null)
            .needs("旅馆平面示意图", "治安保卫组织和安全管理制度"));
    rows.add(
        lic("GAJ", FIRM, W3, "印章刻制业特种行业许可证核发", 20, 10, "特种行业许可证")
            .site()
            .kw("刻章 印章 特行")
            .law(BAOLIU, "第三十七项", null)
            .needs("刻制设备清单", "从业人员名单及身份证明"));
    rows.add(
        lic("GAJ", FIRM, W2, "剧毒化学品购买许可证核发", 3, 1, "剧毒化学品购买许可证")
            .kw("剧毒化学品 购买")
            .law(WEIHUA, "第三十九条", null)
            .law(WEIHUA, "第四十条", "县级人民政府公安机关应当自收到前条规定的材料之日起3日内，作出批准或者不予批准的决定。")
            .needs("剧毒化学品购买用途说明", "经办人身份证明"));
    rows.add(
        lic("GAJ", FIRM, W2, "大型群众性活动安全许可", 7, 3, "大型群众性活动安全许可决定书")
            .site()
            .kw("大型活动 演唱会 安全许可")
            .law("《大型群众性活动安全管理条例》", "第十一条", null)
            .needs("大型群众性活动安全工作方案", "场所管理者同意提供活动场所的证明"));
    rows.add(
        lic("GAJ", FIRM, W2, "焰火燃放许可", 20, 10, "焰火燃放许可证")
            .site()
            .kw("烟花 焰火 燃放")
            .law(YANHUA, "第三十二条", null)
            .needs("焰火燃放作业方案", "燃放作业单位资质证明"));
    rows.add(
        row(SVC, "GAJ", CITIZEN, W1, "机动车驾驶证补领、换领", null, 0, "机动车驾驶证")
            .kw("驾照 驾驶证 补证")
            .law(DAOJIAO, "第十九条", null)
            .needs("县级以上医疗机构出具的身体条件证明")
            .why("本人到车管所窗口核验身份并采集照片")
            .fee(
                "机动车驾驶证工本费",
                "10元/证",
                "《国家发展改革委 财政部关于公安交警部门有关收费标准及有关问题的通知》（发改价格〔2004〕2831号）",
                false));
    rows.add(
        lic("GAJ", CITIZEN, W1, "机动车注册登记", 2, 1, "机动车登记证书、号牌、行驶证")
            .kw("上牌 车辆登记")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(DAOJIAO, "第八条", "国家对机动车实行登记制度。机动车经公安机关交通管理部门登记后，方可上道路行驶。")
            .needs("机动车来历证明", "机动车整车出厂合格证明或进口凭证", "机动车交通事故责任强制保险凭证")
            .why("查验机动车")
            .fee(
                "机动车号牌工本费",
                "汽车100元/副",
                "《国家发展改革委 财政部关于加强和规范机动车牌证工本费等收费标准管理有关问题的通知》（发改价格〔2004〕2831号）",
                false)
            .fee(
                "机动车行驶证工本费",
                "10元/证",
                "《国家发展改革委 财政部关于加强和规范机动车牌证工本费等收费标准管理有关问题的通知》（发改价格〔2004〕2831号）",
                false));

    // 民政局
    rows.add(
        lic("MZJ", ESTABLISH, W2, "社会团体成立登记", 30, 15, "社会团体法人登记证书")
            .kw("社团 协会 学会")
            .law("《社会团体登记管理条例》", "第三条", "成立社会团体，应当经其业务主管单位审查同意，并依照本条例的规定进行登记。")
            .needs("业务主管单位的批准文件", "章程草案", "验资报告"));
    rows.add(
        lic("MZJ", ESTABLISH, W2, "民办非企业单位成立登记", 60, 30, "民办非企业单位登记证书")
            .kw("民非 社会组织")
            .law("《民办非企业单位登记管理暂行条例》", "第三条", "成立民办非企业单位，应当经其业务主管单位审查同意，并依照本条例的规定登记。")
            .needs("业务主管单位的批准文件", "章程草案", "验资报告"));
    rows.add(
        row(CONF, "MZJ", CITIZEN, W1, "内地居民结婚登记", null, 0, "结婚证")
            .kw("结婚 领证 婚姻")
            .law(
                "《婚姻登记条例》",
                "第七条",
                "婚姻登记机关应当对结婚登记当事人出具的证件、证明材料进行审查并询问相关情况。对当事人符合结婚条件的，应当当场予以登记，发给结婚证。")
            .law("《中华人民共和国婚姻法》", "第八条", null)
            .needs("居民户口簿", "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明", "近期半身免冠合影照片")
            .why("男女双方必须共同亲自到婚姻登记机关办理"));
    rows.add(
        row(BEN, "MZJ", CITIZEN, W1, "最低生活保障审批", null, 20, "最低生活保障证")
            .kw("低保 救助")
            .law("《社会救助暂行办法》", "第十一条", null)
            .needs("居民户口簿", "家庭收入和财产状况证明")
            .why("入户调查后本人签字确认"));
    rows.add(
        lic("MZJ", FIRM, W3, "养老机构设立许可", 20, 10, "养老机构设立许可证")
            .site()
            .kw("养老院 敬老院")
            .law("《中华人民共和国老年人权益保障法》", "第四十三条", "设立养老机构，应当向县级以上人民政府民政部门申请行政许可；经许可的，依法办理相应的登记。")
            .law("《养老机构设立许可办法》", "第十五条", null)
            .needs("服务场所的自有产权证明或租房合同", "消防安全检查合格意见"));
    rows.add(
        row(BEN, "MZJ", CITIZEN, W2, "临时救助", null, 10, "临时救助审批表")
            .kw("临时救助 救急")
            .law(
                "《社会救助暂行办法》",
                "第四十七条",
                "国家对因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭，或者因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障家庭，以及遭遇其他特殊困难的家庭，给予临时救助。")
            .needs("困难情况证明"));

    // 司法局
    rows.add(
        lic("SFJ", PERSON, W2, "律师执业许可初审", 20, 10, "律师执业证书")
            .reported()
            .kw("律师 执业证")
            .law("《中华人民共和国律师法》", "第六条", null)
            .needs("法律职业资格证书", "律师协会出具的申请人实习考核合格的材料"));
    rows.add(
        row(SVC, "SFJ", CITIZEN, W3F, "法律援助申请", null, 3, "给予法律援助决定书")
            .kw("法援 法律援助 免费律师")
            .law("《法律援助条例》", "第十八条", null)
            .needs("经济困难证明", "与所申请法律援助事项有关的案件材料"));
    rows.add(
        row(OTHER, "SFJ", ESTABLISH, W2, "司法鉴定机构设立审核", 20, 10, "审核意见")
            .reported()
            .kw("司法鉴定 鉴定机构")
            .law("《全国人民代表大会常务委员会关于司法鉴定管理问题的决定》", "第五条", null)
            .needs("鉴定人的执业资格证明", "仪器设备清单"));
    rows.add(
        row(SVC, "SFJ", CITIZEN, W1, "人民调解申请受理", null, 3, "人民调解协议书")
            .kw("调解 纠纷")
            .law("《中华人民共和国人民调解法》", "第十七条", "当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。当事人一方明确拒绝调解的，不得调解。")
            .why("当事人到场参加调解"));

    // 财政局
    rows.add(
        lic("CZJ", PERSON, W3, "会计从业资格证书核发", 20, 5, "会计从业资格证书")
            .kw("会计证")
            .law("《中华人民共和国会计法》", "第三十八条", "从事会计工作的人员，必须取得会计从业资格证书。")
            .needs("会计从业资格考试合格证明"));
    rows.add(
        lic("CZJ", FIRM, W3, "代理记账机构审批", 20, 10, "代理记账许可证书")
            .kw("代理记账 会计服务")
            .law("《中华人民共和国会计法》", "第三十六条", null)
            .law("《代理记账管理办法》", "第三条", null)
            .needs("专职从业人员的会计从业资格证书", "代理记账业务内部规范"));
    rows.add(
        row(ItemType.ADJUDICATION, "CZJ", COMPANY, W2, "政府采购供应商投诉处理", 30, 15, "投诉处理决定书")
            .kw("政府采购 投诉")
            .law(
                "《中华人民共和国政府采购法》",
                "第五十六条",
                "政府采购监督管理部门应当在收到投诉后三十个工作日内，对投诉事项作出处理决定，并以书面形式通知投诉人和与投诉事项有关的当事人。")
            .needs("投诉书", "质疑函及采购人答复"));
    rows.add(
        row(SVC, "CZJ", COMPANY, W3F, "财政票据领购", null, 1, "财政票据")
            .kw("财政票据 收据")
            .law("《财政票据管理办法》", "第十九条", null)
            .needs("财政票据领购证"));

    // 人力资源和社会保障局
    rows.add(
        row(SVC, "RSJ", CITIZEN, W4, "城乡居民养老保险参保登记", null, 0, "参保登记信息")
            .kw("养老保险 参保 城乡居民")
            .law(SHEBAO, "第二十二条", null)
            .law("《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）", "第四条", null)
            .needs("居民户口簿"));
    rows.add(
        row(BEN, "RSJ", CITIZEN, W3, "城乡居民养老保险待遇领取", null, 5, "养老金待遇核定表")
            .kw("养老金 领取")
            .law(SHEBAO, "第二十一条", null)
            .needs("居民户口簿", "社会保障卡"));
    rows.add(
        row(BEN, "RSJ", CITIZEN, W3F, "失业保险金申领", null, 5, "失业保险金核定通知")
            .kw("失业金 失业保险")
            .law(
                SHEBAO,
                "第四十五条",
                "失业人员符合下列条件的，从失业保险基金中领取失业保险金：（一）失业前用人单位和本人已经缴纳失业保险费满一年的；（二）非因本人意愿中断就业的；（三）已经进行失业登记，并有求职要求的。")
            .law("《失业保险条例》", "第十六条", null)
            .needs("终止或解除劳动合同的证明"));
    rows.add(
        row(SVC, "RSJ", CITIZEN, W4, "就业失业登记", null, 0, "就业创业证")
            .kw("就业登记 失业登记 就业创业证")
            .law(JIUYE, "第十条", null)
            .law("《就业服务与就业管理规定》", "第六十一条", null));
    rows.add(
        lic("RSJ", FIRM, W3, "劳务派遣经营许可", 20, 10, "劳务派遣经营许可证")
            .kw("劳务派遣")
            .law(
                "《中华人民共和国劳动合同法》",
                "第五十七条",
                "经营劳务派遣业务，应当向劳动行政部门依法申请行政许可；经许可的，依法办理相应的公司登记。未经许可，任何单位和个人不得经营劳务派遣业务。")
            .law("《劳务派遣行政许可实施办法》", "第十一条", null)
            .needs("注册资本不少于人民币二百万元的证明", "劳务派遣管理制度"));
    rows.add(
        lic("RSJ", FIRM, W3, "人力资源服务许可", 20, 10, "人力资源服务许可证")
            .kw("职业中介 人才中介")
            .law(JIUYE, "第四十条", null)
            .needs("专职工作人员的职业资格证明", "服务场所使用证明"));
    rows.add(
        lic("RSJ", ESTABLISH, W2, "民办职业培训学校设立", 60, 30, "民办学校办学许可证")
            .kw("职业培训 技工培训")
            .law(MINBAN, "第十二条", null)
            .needs("培训专业设置及教学计划", "教师资格证明"));
    rows.add(
        lic("RSJ", FIRM, W4, "企业实行不定时工作制和综合计算工时工作制审批", 20, 10, "准予实行特殊工时制度决定书")
            .kw("特殊工时 不定时 综合工时")
            .law(LAODONG, "第三十九条", "企业因生产特点不能实行本法第三十六条、第三十八条规定的，经劳动行政部门批准，可以实行其他工作和休息办法。")
            .needs("实行特殊工时制度的岗位及人员名单", "工会或职工代表的意见"));
    rows.add(
        row(CONF, "RSJ", CITIZEN, W3, "工伤认定", 60, 30, "认定工伤决定书")
            .kw("工伤")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(
                "《工伤保险条例》",
                "第二十条",
                "社会保险行政部门应当自受理工伤认定申请之日起60日内作出工伤认定的决定，并书面通知申请工伤认定的职工或者其近亲属和该职工所在单位。")
            .law("《工伤保险条例》", "第十七条", null)
            .needs("劳动合同或存在劳动关系的证明", "医疗诊断证明书"));

    // 国土资源局
    rows.add(
        row(CONF, "GTJ", CITIZEN, W3, "国有建设用地使用权及房屋所有权首次登记", 30, 15, "不动产权证书")
            .kw("不动产 房产证 首次登记")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(BUDONGCHAN, "第二十条", "不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外。")
            .law("《中华人民共和国物权法》", "第九条", null)
            .needs("土地权属来源材料", "房屋已竣工的材料", "房地产调查或者测绘报告")
            .fee("不动产登记费（住宅类）", "80元/件", "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", true)
            .fee(
                "不动产登记费（非住宅类）",
                "550元/件",
                "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）",
                true));
    rows.add(
        row(CONF, "GTJ", CITIZEN, W3, "不动产抵押权登记", 30, 5, "不动产登记证明")
            .kw("抵押 不动产")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(BUDONGCHAN, "第五条", null)
            .law("《中华人民共和国物权法》", "第一百八十七条", null)
            .needs("不动产权属证书", "主债权合同", "抵押合同")
            .fee(
                "不动产登记费（抵押权登记）",
                "80元/件",
                "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）",
                true));
    rows.add(
        lic("GTJ", PROJECT, W2, "建设项目用地预审", 20, 10, "建设项目用地预审意见")
            .kw("用地预审")
            .law(
                TUDI,
                "第五十二条",
                "建设项目可行性研究论证时，土地行政主管部门可以根据土地利用总体规划、土地利用年度计划和建设用地标准，对建设用地有关事项进行审查，并提出意见。")
            .needs("项目建设依据", "建设项目用地预审标准分幅土地利用现状图"));
    rows.add(
        lic("GTJ", FIRM, W2, "采矿权新立登记", 40, 20, "采矿许可证")
            .kw("采矿 矿产")
            .law("《中华人民共和国矿产资源法》", "第三条", null)
            .law("《矿产资源开采登记管理办法》", "第六条", null)
            .needs("矿区范围图", "矿产资源开发利用方案", "环境影响评价报告"));
    rows.add(
        lic("GTJ", PROJECT, W2, "国有建设用地使用权划拨审批", 20, 10, "国有建设用地划拨决定书")
            .kw("划拨 建设用地")
            .law(TUDI, "第五十四条", null)
            .needs("建设用地规划许可证", "建设项目批准文件"));
    rows.add(
        lic("GTJ", PROJECT, W2, "临时用地审批", 20, 10, "临时用地批准书")
            .kw("临时用地")
            .law(TUDI, "第五十七条", "建设项目施工和地质勘查需要临时使用国有土地或者农民集体所有的土地的，由县级以上人民政府土地行政主管部门批准。")
            .needs("临时使用土地合同", "土地复垦方案"));

    // 环境保护局
    rows.add(
        lic("HBJ", FIRM, W3, "排污许可", 20, 10, "排污许可证")
            .site()
            .kw("排污 排污证")
            .law(
                HUANBAO,
                "第四十五条",
                "国家依照法律规定实行排污许可管理制度。实行排污许可管理的企业事业单位和其他生产经营者应当按照排污许可证的要求排放污染物；未取得排污许可证的，不得排放污染物。")
            .law("《中华人民共和国大气污染防治法》", "第十九条", null)
            .needs("环境影响评价文件批复", "污染物排放监测报告", "污染防治设施运行管理制度"));
    rows.add(
        lic("HBJ", PROJECT, W3, "建设项目环境影响报告书审批", 60, 30, "环境影响报告书批复")
            .kw("环评 报告书")
            .law(HUANPING, "第二十二条", "审批部门应当自收到环境影响报告书之日起六十日内，收到环境影响报告表之日起三十日内，分别作出审批决定并书面通知建设单位。")
            .needs("环境影响报告书", "公众参与说明"));
    rows.add(
        lic("HBJ", PROJECT, W3, "建设项目环境影响报告表审批", 30, 15, "环境影响报告表批复")
            .kw("环评 报告表")
            .law(HUANPING, "第二十二条", null)
            .needs("环境影响报告表"));
    rows.add(
        row(OTHER, "HBJ", FILING, W4, "建设项目环境影响登记表备案", null, 0, "备案回执")
            .kw("环评 登记表")
            .law(HUANPING, "第十六条", null));
    rows.add(
        lic("HBJ", FIRM, W3, "危险废物经营许可（收集）", 20, 10, "危险废物经营许可证")
            .site()
            .kw("危废 危险废物")
            .law(
                "《中华人民共和国固体废物污染环境防治法》",
                "第五十七条",
                "从事收集、贮存、处置危险废物经营活动的单位，必须向县级以上人民政府环境保护行政主管部门申请领取经营许可证。")
            .law("《危险废物经营许可证管理办法》", "第十一条", null)
            .needs("危险废物收集设施和运输工具证明", "事故应急救援措施"));
    rows.add(
        lic("HBJ", FIRM, W2, "辐射安全许可证核发", 20, 10, "辐射安全许可证")
            .site()
            .kw("辐射 射线装置")
            .law("《放射性同位素与射线装置安全和防护条例》", "第五条", null)
            .needs("辐射安全和防护管理制度", "辐射工作人员培训合格证明"));
    rows.add(
        row(OTHER, "HBJ", PROJECT, W2, "建设项目竣工环境保护验收", 30, 15, "竣工环境保护验收意见")
            .site()
            .kw("环保验收 竣工验收")
            .law("《建设项目环境保护管理条例》", "第二十条", null)
            .needs("竣工环境保护验收监测报告"));

    // 住房和城乡建设局
    rows.add(
        lic("ZJJ", PROJECT, W3, "建筑工程施工许可证核发", 15, 7, "建筑工程施工许可证")
            .kw("施工许可 开工 建筑")
            .cond(
                "已经办理建筑工程用地批准手续；已经取得建设工程规划许可证；施工场地已经基本具备施工条件；已经确定建筑施工企业；有满足施工需要的资金安排、施工图纸及技术资料；有保证工程质量和安全的具体措施。")
            .law(
                JIANZHU,
                "第七条",
                "建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证；但是，国务院建设行政主管部门确定的限额以下的小型工程除外。")
            .law(
                "《建筑工程施工许可管理办法》",
                "第二条",
                "在中华人民共和国境内从事各类房屋建筑及其附属设施的建造、装修装饰和与其配套的线路、管道、设备的安装，以及城镇市政基础设施工程的施工，建设单位在开工前应当依照本办法的规定，向工程所在地的县级以上地方人民政府住房城乡建设主管部门申请领取施工许可证。")
            .needs("建设工程规划许可证", "中标通知书及施工合同", "施工图设计文件审查合格书", "建设资金已经落实承诺书"));
    rows.add(
        lic("ZJJ", PROJECT, W3, "商品房预售许可", 10, 5, "商品房预售许可证")
            .site()
            .kw("预售证 商品房")
            .law("《中华人民共和国城市房地产管理法》", "第四十五条", null)
            .law("《城市商品房预售管理办法》", "第七条", null)
            .needs("建设工程规划许可证", "建筑工程施工许可证", "工程施工进度证明", "商品房预售方案"));
    rows.add(
        lic("ZJJ", FIRM, W4, "建筑业企业资质核准（三级）", 20, 10, "建筑业企业资质证书")
            .kw("建筑资质 施工资质")
            .law(
                JIANZHU,
                "第十三条",
                "从事建筑活动的建筑施工企业、勘察单位、设计单位和工程监理单位，按照其拥有的注册资本、专业技术人员、技术装备和已完成的建筑工程业绩等资质条件，划分为不同的资质等级，经资质审查合格，取得相应等级的资质证书后，方可在其资质等级许可的范围内从事建筑活动。")
            .needs("企业主要人员证明材料", "技术装备证明"));
    rows.add(
        lic("ZJJ", FIRM, W3, "房地产开发企业资质核定（三、四级）", 20, 10, "房地产开发企业资质证书")
            .kw("房地产开发 资质")
            .law("《城市房地产开发经营管理条例》", "第九条", null)
            .needs("专业管理人员职称证书及劳动合同", "验资证明"));
    rows.add(
        lic("ZJJ", FIRM, W2, "城市建筑垃圾处置核准", 20, 10, "城市建筑垃圾处置核准证")
            .site()
            .kw("建筑垃圾 渣土")
            .law(BAOLIU, "第一百零一项", null)
            .needs("建筑垃圾处置方案", "运输车辆行驶证"));
    rows.add(
        lic("ZJJ", PROJECT, W2, "建设项目选址意见书核发", 20, 10, "建设项目选址意见书")
            .kw("选址 规划")
            .law(
                GUIHUA,
                "第三十六条",
                "按照国家规定需要有关部门批准或者核准的建设项目，以划拨方式提供国有土地使用权的，建设单位在报送有关部门批准或者核准前，应当向城乡规划主管部门申请核发选址意见书。")
            .needs("项目建议书或前期工作文件", "拟选址位置地形图"));
    rows.add(
        lic("ZJJ", FIRM, W3, "燃气经营许可", 20, 10, "燃气经营许可证")
            .site()
            .kw("燃气 天然气 液化气")
            .law(
                "《城镇燃气管理条例》",
                "第十五条",
                "国家对燃气经营实行许可证制度。从事燃气经营活动的企业，应当具备下列条件：（一）符合燃气发展规划要求；（二）有符合国家标准的燃气气源和燃气设施；（三）有固定的经营场所、完善的安全管理制度和健全的经营方案；（四）企业的主要负责人、安全生产管理人员以及运行、维护和抢修人员经专业培训并考核合格；（五）法律、法规规定的其他条件。")
            .needs("燃气设施竣工验收合格证明", "安全管理制度", "从业人员培训考核合格证明"));
    rows.add(
        lic("ZJJ", FIRM, W3, "城镇污水排入排水管网许可", 20, 10, "城镇污水排入排水管网许可证")
            .kw("排水许可 污水")
            .law("《城镇排水与污水处理条例》", "第二十一条", null)
            .needs("排水户内部排水管网平面图", "排水水质检测报告"));
    rows.add(
        row(SVC, "ZJJ", CITIZEN, W2, "公共租赁住房资格审核", null, 15, "公共租赁住房资格确认通知书")
            .kw("公租房 保障房")
            .law("《公共租赁住房管理办法》", "第七条", null)
            .needs("居民户口簿", "家庭收入情况证明", "住房情况证明"));

    // 规划局
    rows.add(
        lic("GHJ", PROJECT, W3, "建设用地规划许可证核发", 20, 10, "建设用地规划许可证")
            .kw("用地规划 规划许可")
            .law(GUIHUA, "第三十七条", null)
            .law(GUIHUA, "第三十八条", null)
            .needs("建设项目批准、核准或备案文件", "国有土地使用权出让合同", "建设用地红线图"));
    rows.add(
        lic("GHJ", PROJECT, W3, "建设工程规划许可证核发", 20, 10, "建设工程规划许可证")
            .kw("工程规划 规划许可")
            .law(
                GUIHUA,
                "第四十条",
                "在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。")
            .needs("建设用地规划许可证", "使用土地的有关证明文件", "建设工程设计方案"));
    rows.add(
        lic("GHJ", PROJECT, W2, "乡村建设规划许可证核发", 20, 10, "乡村建设规划许可证")
            .kw("乡村规划 农村建房")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(
                GUIHUA,
                "第四十一条",
                "在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设的，建设单位或者个人应当向乡、镇人民政府提出申请，由乡、镇人民政府报城市、县人民政府城乡规划主管部门核发乡村建设规划许可证。")
            .needs("村民委员会意见", "建设工程设计方案"));
    rows.add(
        row(OTHER, "GHJ", PROJECT, W3, "建设工程规划条件核实", 15, 7, "建设工程规划核实合格证明")
            .site()
            .kw("规划核实 规划验收")
            .law(
                GUIHUA,
                "第四十五条",
                "县级以上地方人民政府城乡规划主管部门按照国务院规定对建设工程是否符合规划条件予以核实。未经核实或者经核实不符合规划条件的，建设单位不得组织竣工验收。")
            .needs("建设工程规划许可证", "竣工测量报告"));
    rows.add(
        row(OTHER, "GHJ", PROJECT, W2, "国有土地使用权出让规划条件出具", 20, 10, "规划条件通知书")
            .kw("规划条件 出让")
            .law(GUIHUA, "第三十八条", null)
            .needs("地块位置图"));

    // 交通运输局
    rows.add(
        lic("JTJ", FIRM, W3, "道路旅客运输经营许可", 20, 10, "道路运输经营许可证")
            .kw("客运 道路运输")
            .law(YUNSHU, "第十条", null)
            .law(
                YUNSHU,
                "第八条",
                "申请从事客运经营的，应当具备下列条件：（一）有与其经营业务相适应并经检测合格的车辆；（二）有符合本条例第九条规定条件的驾驶人员；（三）有健全的安全生产管理制度。")
            .needs("拟投入车辆承诺书", "驾驶人员从业资格证", "安全生产管理制度文本"));
    rows.add(
        lic("JTJ", FIRM, W3, "道路货物运输经营许可", 20, 10, "道路运输经营许可证")
            .kw("货运 道路运输")
            .law(YUNSHU, "第二十四条", null)
            .needs("车辆行驶证", "驾驶人员从业资格证"));
    rows.add(
        lic("JTJ", FIRM, W3, "机动车驾驶员培训许可", 15, 7, "道路运输经营许可证")
            .site()
            .kw("驾校 驾驶培训")
            .law(YUNSHU, "第三十九条", null)
            .needs("教练场地使用证明", "教练员资格证明", "教学车辆证明"));
    rows.add(
        lic("JTJ", FIRM, W3, "机动车维修经营许可", 15, 7, "道路运输经营许可证")
            .site()
            .kw("汽修 维修")
            .law(YUNSHU, "第三十七条", null)
            .needs("维修设备设施清单", "技术人员资格证明"));
    rows.add(
        lic("JTJ", PERSON, W3F, "道路运输从业人员从业资格证核发", 10, 5, "道路运输从业人员从业资格证")
            .kw("从业资格证 客运驾驶员 货运驾驶员")
            .law(YUNSHU, "第九条", null)
            .needs("机动车驾驶证", "从业资格考试合格证明"));
    rows.add(
        lic("JTJ", FIRM, W4, "公路超限运输许可", 5, 2, "超限运输车辆通行证")
            .kw("超限 大件运输")
            .law(GONGLU, "第五十条", null)
            .law("《公路安全保护条例》", "第三十五条", null)
            .needs("车辆行驶证", "货物基本情况说明", "运输方案"));
    rows.add(
        lic("JTJ", FIRM, W2, "出租汽车经营许可", 20, 10, "道路运输经营许可证")
            .kw("出租车 网约车")
            .law(BAOLIU, "第一百一十二项", null)
            .needs("车辆停放场所证明", "经营管理制度"));
    rows.add(
        lic("JTJ", PROJECT, W2, "涉路施工许可", 20, 10, "涉路施工许可决定书")
            .site()
            .kw("占用公路 挖掘公路")
            .law(GONGLU, "第四十四条", null)
            .law("《公路安全保护条例》", "第二十七条", null)
            .needs("施工方案", "保障公路、公路附属设施质量和安全的技术评价报告"));

    // 水务局
    rows.add(
        lic("SLJ", PROJECT, W3, "取水许可", 45, 20, "取水许可证")
            .site()
            .kw("取水 水资源")
            .law(SHUIFA, "第七条", "国家对水资源依法实行取水许可制度和有偿使用制度。但是，农村集体经济组织及其成员使用本集体经济组织的水塘、水库中的水的除外。")
            .law("《取水许可和水资源费征收管理条例》", "第二条", null)
            .needs("建设项目水资源论证报告书", "与第三者利害关系的相关说明"));
    rows.add(
        row(ItemType.LEVY, "SLJ", COMPANY, W3F, "水资源费征收", null, 3, "水资源费缴款通知书")
            .kw("水资源费")
            .law(SHUIFA, "第四十八条", null)
            .law("《取水许可和水资源费征收管理条例》", "第二十八条", null)
            .needs("取水许可证", "取水计量记录")
            .fee("水资源费", "按陕西省核定的征收标准和实际取水量计征", "《取水许可和水资源费征收管理条例》第二十八条", false));
    rows.add(
        lic("SLJ", PROJECT, W2, "生产建设项目水土保持方案审批", 20, 10, "水土保持方案批复")
            .kw("水保 水土保持")
            .law("《中华人民共和国水土保持法》", "第二十五条", null)
            .needs("水土保持方案报告书"));
    rows.add(
        lic("SLJ", PROJECT, W2, "河道管理范围内建设项目工程建设方案审批", 20, 10, "河道管理范围内建设项目审查意见")
            .kw("河道 涉河建设")
            .law(SHUIFA, "第三十八条", null)
            .law(HEDAO, "第十一条", null)
            .needs("建设项目防洪评价报告"));
    rows.add(
        lic("SLJ", PROJECT, W2, "水工程建设规划同意书审核", 20, 10, "水工程建设规划同意书")
            .kw("水工程 规划同意书")
            .law(SHUIFA, "第十九条", null)
            .needs("水工程建设规划同意书论证报告"));
    rows.add(
        lic("SLJ", FIRM, W2, "河道采砂许可", 20, 10, "河道采砂许可证")
            .site()
            .kw("采砂 河砂")
            .law(HEDAO, "第二十五条", null)
            .needs("采砂作业方案", "采砂船舶或机具证明"));

    // 农业局
    rows.add(
        lic("NYJ", FIRM, W3, "农作物种子经营许可", 20, 10, "农作物种子生产经营许可证")
            .site()
            .kw("种子 经营许可")
            .law(ZHONGZI, "第三十一条", null)
            .needs("种子检验、仓储设施证明", "种子检验人员资格证明"));
    rows.add(
        lic("NYJ", FIRM, W3, "兽药经营许可", 30, 15, "兽药经营许可证")
            .site()
            .kw("兽药")
            .law("《兽药管理条例》", "第二十二条", null)
            .needs("质量管理人员资格证明", "营业场所和仓库证明"));
    rows.add(
        lic("NYJ", FIRM, W3, "动物防疫条件合格证核发", 20, 10, "动物防疫条件合格证")
            .site()
            .kw("动物防疫 养殖场")
            .law("《中华人民共和国动物防疫法》", "第二十条", null)
            .needs("场所地理位置图及平面布局图", "动物防疫制度"));
    rows.add(
        lic("NYJ", PERSON, W2, "拖拉机和联合收割机驾驶证核发", 20, 5, "拖拉机和联合收割机驾驶证")
            .kw("农机驾驶证 拖拉机")
            .law("《农业机械安全监督管理条例》", "第二十二条", null)
            .needs("县级以上医疗机构出具的身体条件证明", "考试合格证明"));
    rows.add(
        row(BEN, "NYJ", CITIZEN, W2, "农机购置补贴", null, 10, "农机购置补贴确认书")
            .kw("农机补贴")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(
                "《中华人民共和国农业机械化促进法》",
                "第二十七条",
                "中央财政、省级财政应当分别安排专项资金，对农民和农业生产经营组织购买国家支持推广的先进适用的农业机械给予补贴。")
            .needs("购机发票", "农机具合格证"));
    rows.add(
        lic("NYJ", FIRM, W3, "生鲜乳收购站许可", 20, 10, "生鲜乳收购许可证")
            .site()
            .kw("生鲜乳 奶站")
            .law("《乳品质量安全监督管理条例》", "第二十条", null)
            .needs("冷却、冷藏设施证明", "检测设备清单"));

    // 林业局
    rows.add(
        lic("LYJ", CITIZEN, W2, "林木采伐许可证核发", 20, 10, "林木采伐许可证")
            .site()
            .kw("采伐 林木")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(SENLIN, "第三十二条", "采伐林木必须申请采伐许可证，按许可证的规定进行采伐；农村居民采伐自留地和房前屋后个人所有的零星林木除外。")
            .needs("林木权属证明", "采伐作业设计"));
    rows.add(
        lic("LYJ", PROJECT, W2, "使用林地审核", 20, 10, "使用林地审核同意书")
            .site()
            .kw("占用林地 征收林地")
            .law(SENLIN, "第十八条", null)
            .needs("使用林地可行性报告", "林地权属证明"));
    rows.add(
        lic("LYJ", CITIZEN, W3F, "木材运输证核发", 20, 0, "木材运输证")
            .kw("木材运输")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(SENLIN, "第三十七条", "从林区运出木材，必须持有林业主管部门发给的运输证件，国家统一调拨的木材除外。")
            .needs("林木采伐许可证或木材合法来源证明"));
    rows.add(
        lic("LYJ", FIRM, W3, "林木种子生产经营许可", 20, 10, "林木种子生产经营许可证")
            .site()
            .kw("林木种子 苗木")
            .law(ZHONGZI, "第三十一条", null)
            .needs("种子检验人员资格证明", "生产经营场所证明"));
    rows.add(
        lic("LYJ", FIRM, W2, "植物检疫证书核发", 20, 3, "植物检疫证书")
            .kw("检疫 苗木调运")
            .law("《植物检疫条例》", "第七条", null)
            .needs("产地检疫合格证明"));

    // 商务局
    rows.add(
        row(OTHER, "SWJ", FILING, W4, "对外贸易经营者备案登记", null, 0, "对外贸易经营者备案登记表")
            .kw("外贸 进出口 备案")
            .law("《中华人民共和国对外贸易法》", "第九条", "从事货物进出口或者技术进出口的对外贸易经营者，应当向国务院对外贸易主管部门或者其委托的机构办理备案登记。")
            .needs("进出口经营场所使用证明"));
    rows.add(
        lic("SWJ", ESTABLISH, W2, "外商投资企业设立及变更审批", 20, 10, "外商投资企业批准证书")
            .kw("外资 外企 合资")
            .law("《中华人民共和国中外合资经营企业法》", "第三条", null)
            .needs("合同、章程", "投资者资信证明", "名称预先核准通知书"));
    rows.add(
        row(OTHER, "SWJ", FIRM, W2, "成品油零售经营资格审核", 20, 10, "成品油零售经营批准证书")
            .site()
            .reported()
            .kw("加油站 成品油")
            .law(BAOLIU, "第一百八十四项", null)
            .needs("加油站规划确认文件", "消防验收合格文件", "危险化学品经营许可证"));
    rows.add(
        row(OTHER, "SWJ", FILING, W4, "酒类流通备案登记", null, 0, "酒类流通备案登记表")
            .kw("酒类 白酒 备案")
            .law("《酒类流通管理办法》", "第六条", null));
    rows.add(
        row(OTHER, "SWJ", FILING, W4, "单用途商业预付卡备案", null, 0, "备案回执")
            .kw("预付卡 购物卡")
            .law("《单用途商业预付卡管理办法（试行）》", "第七条", null)
            .needs("预付卡章程或协议样本"));
    rows.add(
        row(OTHER, "SWJ", FILING, W4, "再生资源回收经营者备案", null, 0, "备案回执")
            .kw("废品回收 再生资源")
            .law("《再生资源回收管理办法》", "第七条", null));

    // 文化广电新闻出版局
    rows.add(
        lic("WGJ", FIRM, W3, "出版物零售单位设立审批", 20, 10, "出版物经营许可证")
            .kw("书店 出版物 图书零售")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(
                CHUBAN,
                "第三十七条",
                "从事出版物零售业务的单位和个体工商户，应当向所在地县级人民政府出版行政主管部门提出申请，经审核许可，取得《出版物经营许可证》，方可从事出版物零售业务。")
            .law("《出版物市场管理规定》", "第九条", null)
            .needs("经营场所的使用证明"));
    rows.add(
        lic("WGJ", FIRM, W3, "娱乐场所经营许可", 20, 10, "娱乐经营许可证")
            .site()
            .kw("KTV 歌舞厅 游艺")
            .law("《娱乐场所管理条例》", "第九条", null)
            .needs("投资人、法定代表人、主要负责人的身份证明及无犯罪记录声明", "消防安全检查合格证明"));
    rows.add(
        lic("WGJ", FIRM, W3, "互联网上网服务营业场所经营单位设立审批", 20, 10, "网络文化经营许可证")
            .site()
            .kw("网吧 上网服务")
            .law("《互联网上网服务营业场所管理条例》", "第十条", null)
            .needs("营业场所产权证明或租赁合同", "网络安全技术措施说明"));
    rows.add(
        lic("WGJ", FIRM, W4, "营业性演出审批", 3, 1, "营业性演出准予许可决定书")
            .kw("演出 演唱会")
            .law(
                "《营业性演出管理条例》",
                "第十三条",
                "举办营业性演出，应当向演出所在地县级人民政府文化主管部门提出申请。县级人民政府文化主管部门应当自受理申请之日起3日内作出决定。")
            .needs("演出节目内容材料", "演员的身份证明", "与演出场所的合作协议"));
    rows.add(
        lic("WGJ", FIRM, W2, "卫星电视广播地面接收设施安装许可", 20, 10, "卫星地面接收设施安装许可证")
            .kw("卫星电视 锅")
            .law("《卫星电视广播地面接收设施管理规定》", "第八条", null)
            .needs("接收设施安装位置和用途说明"));
    rows.add(
        lic("WGJ", FIRM, W3, "包装装潢印刷品印刷企业设立审批", 60, 30, "印刷经营许可证")
            .site()
            .kw("印刷厂 包装印刷")
            .law("《印刷业管理条例》", "第十一条", null)
            .needs("生产设备清单", "生产经营场所证明"));
    rows.add(
        lic("WGJ", PROJECT, W2, "文物保护单位建设控制地带内建设工程设计方案审核", 20, 10, "审核意见书")
            .kw("文物保护 建设控制地带")
            .law("《中华人民共和国文物保护法》", "第十八条", null)
            .needs("建设工程设计方案", "文物影响评估报告"));

    // 卫生和计划生育委员会
    rows.add(
        lic("WJW", FIRM, W3, "医疗机构执业登记", 45, 20, "医疗机构执业许可证")
            .site()
            .kw("诊所 医院 执业许可")
            .law(YILIAO, "第十五条", "医疗机构执业，必须进行登记，领取《医疗机构执业许可证》。")
            .law(YILIAO, "第二十条", null)
            .needs("设置医疗机构批准书", "医疗机构用房产权证明或使用证明", "卫生技术人员名录及其有关资格证书、执业证书复印件", "规章制度"));
    rows.add(
        lic("WJW", ESTABLISH, W2, "医疗机构设置审批", 30, 15, "设置医疗机构批准书")
            .kw("设置医院 医疗机构")
            .law(YILIAO, "第九条", "单位或者个人设置医疗机构，必须经县级以上地方人民政府卫生行政部门审查批准，并取得设置医疗机构批准书。")
            .needs("设置可行性研究报告", "选址报告和建筑设计平面图"));
    rows.add(
        lic("WJW", FIRM, W3, "公共场所卫生许可", 20, 10, "公共场所卫生许可证")
            .site()
            .kw("卫生许可 美容美发 宾馆 浴室")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law("《公共场所卫生管理条例》", "第八条", "除公园、体育场（馆）、公共交通工具外的公共场所，经营单位应当及时向卫生行政部门申请办理“卫生许可证”。")
            .needs("公共场所地址方位示意图、平面图和卫生设施平面布局图", "公共场所卫生检测或者评价报告", "从业人员健康合格证明"));
    rows.add(
        lic("WJW", PERSON, W3F, "医师执业注册", 30, 10, "医师执业证书")
            .kw("医师 执业证")
            .law("《中华人民共和国执业医师法》", "第十三条", null)
            .needs("医师资格证书", "拟执业机构的聘用证明", "六个月内的健康体检证明"));
    rows.add(
        lic("WJW", PERSON, W3F, "护士执业注册", 20, 10, "护士执业证书")
            .kw("护士 执业证")
            .law("《护士条例》", "第八条", null)
            .needs("护士执业资格考试成绩合格证明", "拟执业机构的聘用证明", "健康体检证明"));
    rows.add(
        lic("WJW", FIRM, W2, "母婴保健技术服务执业许可", 20, 10, "母婴保健技术服务执业许可证")
            .site()
            .kw("母婴保健 产前")
            .law("《中华人民共和国母婴保健法》", "第三十二条", null)
            .needs("医疗机构执业许可证", "专业技术人员资格证明"));
    rows.add(
        row(SVC, "WJW", CITIZEN, W4, "生育服务登记", null, 0, "生育服务登记证明")
            .kw("生育登记 二孩 准生证")
            .law("《中华人民共和国人口与计划生育法》", "第十八条", null)
            .needs("夫妻双方居民户口簿", "结婚证"));
    rows.add(
        lic("WJW", FIRM, W2, "放射诊疗许可", 20, 10, "放射诊疗许可证")
            .site()
            .kw("放射 X光")
            .law("《放射诊疗管理规定》", "第十一条", null)
            .needs("放射诊疗建设项目竣工验收合格证明", "放射诊疗设备清单"));
    rows.add(
        lic("WJW", FIRM, W3, "饮用水供水单位卫生许可", 20, 10, "卫生许可证")
            .site()
            .kw("供水 饮用水")
            .law("《中华人民共和国传染病防治法》", "第二十九条", null)
            .needs("水质检验报告", "从业人员健康合格证明"));

    // 工商行政管理局
    rows.add(
        lic("GSJ", REGISTER, W3F, "个体工商户设立登记", 15, 0, "营业执照")
            .kw("个体户 营业执照 开店")
            .objects(ServiceObject.INDIVIDUAL)
            .cond("有经营能力的公民；经营场所合法；经营范围不属于法律、行政法规禁止的项目。")
            .law(GETI, "第八条", "申请登记为个体工商户，应当向经营场所所在地登记机关申请注册登记。")
            .law(
                GETI,
                "第九条",
                "登记机关对申请材料依法审查后，按照下列规定办理：申请材料齐全、符合法定形式的，当场予以登记；申请材料不齐全或者不符合法定形式要求的，当场告知申请人需要补正的全部内容。"));
    rows.add(
        lic("GSJ", REGISTER, W3F, "有限责任公司设立登记", 15, 3, "营业执照")
            .kw("公司注册 营业执照 三证合一")
            .objects(ServiceObject.ENTERPRISE)
            .law(
                "《中华人民共和国公司法》",
                "第六条",
                "设立公司，应当依法向公司登记机关申请设立登记。符合本法规定的设立条件的，由公司登记机关分别登记为有限责任公司或者股份有限公司。")
            .law(GONGSI, "第五十四条", null)
            .needs("公司章程", "股东的主体资格证明或者自然人身份证件", "名称预先核准通知书"));
    rows.add(
        lic("GSJ", REGISTER, W3F, "公司变更登记", 15, 3, "营业执照")
            .kw("变更 法人变更 地址变更")
            .objects(ServiceObject.ENTERPRISE)
            .law(GONGSI, "第二十六条", null)
            .needs("公司作出变更决议或者决定", "修改后的公司章程"));
    rows.add(
        lic("GSJ", REGISTER, W3F, "公司注销登记", 15, 3, "准予注销登记通知书")
            .kw("注销")
            .objects(ServiceObject.ENTERPRISE)
            .law(GONGSI, "第四十二条", null)
            .needs("清算报告", "税务部门出具的清税证明"));
    rows.add(
        lic("GSJ", REGISTER, W3F, "农民专业合作社设立登记", 20, 3, "营业执照")
            .kw("合作社")
            .objects(ServiceObject.ENTERPRISE)
            .law("《中华人民共和国农民专业合作社法》", "第十三条", null)
            .needs("合作社章程", "成员名册及成员身份证明"));
    rows.add(
        lic("GSJ", REGISTER, W4, "企业名称预先核准", 10, 0, "企业名称预先核准通知书")
            .kw("核名 企业名称")
            .objects(ServiceObject.ENTERPRISE)
            .law(GONGSI, "第十七条", "设立公司应当申请名称预先核准。")
            .law("《企业名称登记管理规定》", "第三条", null));
    rows.add(
        lic("GSJ", FIRM, W3, "广告发布登记", 20, 10, "广告发布登记证")
            .kw("广告")
            .law("《中华人民共和国广告法》", "第二十九条", null)
            .needs("广告审查人员名单及培训证明", "广告业务管理制度"));
    rows.add(
        row(CONF, "GSJ", COMPANY, W3F, "动产抵押登记", null, 0, "动产抵押登记书")
            .kw("动产抵押")
            .objects(ServiceObject.ENTERPRISE, ServiceObject.INDIVIDUAL)
            .law("《中华人民共和国物权法》", "第一百八十九条", null)
            .needs("抵押合同"));
    rows.add(
        row(SVC, "GSJ", COMPANY, W4, "企业年度报告公示", null, 0, "年度报告公示信息")
            .kw("年报 信用公示")
            .law(
                "《企业信息公示暂行条例》",
                "第八条",
                "企业应当于每年1月1日至6月30日，通过企业信用信息公示系统向工商行政管理部门报送上一年度年度报告，并向社会公示。"));

    // 质量技术监督局
    rows.add(
        lic("ZLJ", FIRM, W3, "特种设备使用登记", 15, 5, "特种设备使用登记证")
            .kw("电梯 锅炉 压力容器")
            .law(
                TEZHONG,
                "第三十三条",
                "特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。")
            .needs("特种设备产品合格证", "监督检验证明", "特种设备安全管理人员证书"));
    rows.add(
        lic("ZLJ", PERSON, W3, "特种设备作业人员资格认定", 20, 10, "特种设备作业人员证")
            .kw("特种设备作业 上岗证")
            .law(TEZHONG, "第十四条", "特种设备安全管理人员、检测人员和作业人员应当按照国家有关规定取得相应资格，方可从事相关工作。")
            .needs("学历证明", "考试合格证明", "体检报告"));
    rows.add(
        lic("ZLJ", FIRM, W3, "计量标准器具核准", 20, 10, "计量标准考核证书")
            .site()
            .kw("计量标准 计量")
            .law(JILIANG, "第六条", null)
            .needs("计量标准技术报告", "计量标准器及配套设备的检定证书"));
    rows.add(
        row(CONF, "ZLJ", COMPANY, W3F, "组织机构代码证书核发", null, 1, "组织机构代码证")
            .kw("组织机构代码")
            .law("《组织机构代码管理办法》", "第六条", null)
            .needs("法人登记证书或批准成立文件"));
    rows.add(
        lic("ZLJ", FIRM, W2, "制造、修理计量器具许可证核发", 20, 10, "制造（修理）计量器具许可证")
            .site()
            .kw("计量器具 制造")
            .law(JILIANG, "第十二条", null)
            .needs("生产设施和检验条件证明"));

    // 食品药品监督管理局
    rows.add(
        lic("SYJ", FIRM, W3, "食品经营许可", 20, 10, "食品经营许可证")
            .site()
            .kw("餐饮 食品销售 饭店")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .cond("具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所；具有相应的设备或者设施；有专职或者兼职的食品安全管理人员和保证食品安全的规章制度。")
            .law(SHIPIN, "第三十五条", "国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。")
            .law("《食品经营许可管理办法》", "第二条", null)
            .needs("与食品经营相适应的主要设备设施布局、操作流程等文件", "食品安全自查、从业人员健康管理等保证食品安全的规章制度"));
    rows.add(
        lic("SYJ", FIRM, W3, "食品生产许可", 20, 10, "食品生产许可证")
            .site()
            .kw("食品厂 SC证")
            .law(SHIPIN, "第三十五条", null)
            .law("《食品生产许可管理办法》", "第二条", null)
            .needs("食品生产主要设备、设施清单", "工艺设备布局图和食品生产工艺流程图"));
    rows.add(
        lic("SYJ", FIRM, W3, "药品零售企业许可", 30, 15, "药品经营许可证")
            .site()
            .kw("药店 药品零售")
            .law(YAOPIN, "第十四条", "开办药品零售企业，须经企业所在地县级以上地方药品监督管理部门批准并发给《药品经营许可证》。")
            .needs("执业药师资格证书", "营业场所及仓库平面布置图"));
    rows.add(
        row(OTHER, "SYJ", FILING, W4, "第二类医疗器械经营备案", null, 0, "第二类医疗器械经营备案凭证")
            .kw("医疗器械 备案")
            .law(QIXIE, "第三十条", null)
            .needs("质量管理制度目录"));
    rows.add(
        lic("SYJ", FIRM, W3, "第三类医疗器械经营许可", 30, 15, "医疗器械经营许可证")
            .site()
            .kw("医疗器械 经营许可")
            .law(QIXIE, "第三十一条", null)
            .needs("经营场所、库房地址的地理位置图、平面图", "质量管理人员资格证明"));
    rows.add(
        lic("SYJ", FIRM, W2, "药品经营质量管理规范认证（零售）", 30, 15, "药品GSP证书")
            .site()
            .kw("GSP 认证")
            .law(YAOPIN, "第十六条", null)
            .needs("药品经营质量管理文件目录", "企业实施GSP情况的自查报告"));

    // 安全生产监督管理局
    rows.add(
        lic("AJJ", FIRM, W3, "危险化学品经营许可", 30, 15, "危险化学品经营许可证")
            .site()
            .kw("危化品 经营许可")
            .law(WEIHUA, "第三十三条", "国家对危险化学品经营（包括仓储经营）实行许可制度。未经许可，任何单位和个人不得经营危险化学品。")
            .law(WEIHUA, "第三十五条", null)
            .needs("经营场所产权证明", "安全生产管理制度和岗位操作规程", "事故应急预案"));
    rows.add(
        lic("AJJ", FIRM, W3, "烟花爆竹经营（零售）许可", 20, 10, "烟花爆竹经营（零售）许可证")
            .site()
            .kw("烟花爆竹 零售")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(YANHUA, "第十九条", null)
            .needs("零售经营场所证明", "经营负责人安全培训合格证明"));
    rows.add(
        lic("AJJ", FIRM, W2, "非煤矿山企业安全生产许可", 45, 20, "安全生产许可证")
            .site()
            .kw("安全生产许可 非煤矿山")
            .law(
                "《安全生产许可证条例》",
                "第二条",
                "国家对矿山企业、建筑施工企业和危险化学品、烟花爆竹、民用爆炸物品生产企业实行安全生产许可制度。企业未取得安全生产许可证的，不得从事生产活动。")
            .law("《安全生产许可证条例》", "第七条", null)
            .needs("安全生产规章制度和操作规程", "安全评价报告", "主要负责人和安全管理人员考核合格证明"));
    rows.add(
        lic("AJJ", PROJECT, W2, "危险化学品建设项目安全条件审查", 45, 20, "安全条件审查意见书")
            .kw("安全条件 建设项目")
            .law(ANQUAN, "第三十条", null)
            .law(WEIHUA, "第十二条", null)
            .needs("建设项目安全评价报告"));
    rows.add(
        lic("AJJ", PERSON, W3F, "特种作业操作证核发", 20, 10, "特种作业操作证")
            .kw("电工证 焊工证 特种作业")
            .law(ANQUAN, "第二十七条", "生产经营单位的特种作业人员必须按照国家有关规定经专门的安全作业培训，取得相应资格，方可上岗作业。")
            .needs("学历证明", "考试合格证明", "体检证明"));

    // 国家税务局
    rows.add(
        row(CONF, "GSWJ", COMPANY, W3F, "税务登记", null, 0, "税务登记证件")
            .kw("税务登记 办税")
            .objects(ServiceObject.ENTERPRISE, ServiceObject.INDIVIDUAL)
            .law(
                ZHENGGUAN,
                "第十五条",
                "企业，企业在外地设立的分支机构和从事生产、经营的场所，个体工商户和从事生产、经营的事业单位，自领取营业执照之日起三十日内，持有关证件，向税务机关申报办理税务登记。税务机关应当于收到申报的当日办理登记并发给税务登记证件。"));
    rows.add(
        row(SVC, "GSWJ", COMPANY, W4, "发票领购", null, 0, "发票")
            .kw("领发票 发票领用")
            .objects(ServiceObject.ENTERPRISE, ServiceObject.INDIVIDUAL)
            .law(
                FAPIAO,
                "第十五条",
                "需要领购发票的单位和个人，应当持税务登记证件、经办人身份证明、按照国务院税务主管部门规定式样制作的发票专用章的印模，向主管税务机关办理发票领购手续。")
            .needs("发票领购簿"));
    rows.add(
        lic("GSWJ", COMPANY, W4, "增值税专用发票最高开票限额审批", 20, 5, "准予税务行政许可决定书")
            .kw("专票 限额")
            .law(BAOLIU, "第二百三十六项", null)
            .needs("上一年度增值税销售额情况说明"));
    rows.add(
        row(SVC, "GSWJ", COMPANY, W4, "增值税纳税申报", null, 0, "申报回执")
            .kw("纳税申报 增值税")
            .objects(ServiceObject.ENTERPRISE, ServiceObject.INDIVIDUAL)
            .law(ZHENGGUAN, "第二十五条", "纳税人必须依照法律、行政法规规定或者税务机关依照法律、行政法规的规定确定的申报期限、申报内容如实办理纳税申报。"));
    rows.add(
        row(OTHER, "GSWJ", FILING, W4, "税收减免备案", null, 0, "备案回执")
            .kw("减免税 优惠")
            .law(ZHENGGUAN, "第三十三条", null)
            .needs("减免税相关证明材料"));
    rows.add(
        lic("GSWJ", COMPANY, W4, "对纳税人延期申报的核准", 20, 5, "准予延期申报核准通知书")
            .kw("延期申报")
            .law(ZHENGGUAN, "第二十七条", "纳税人、扣缴义务人不能按期办理纳税申报或者报送代扣代缴、代收代缴税款报告表的，经税务机关核准，可以延期申报。")
            .needs("不能按期申报的情况说明"));

    // 地方税务局
    rows.add(
        row(CONF, "DSJ", COMPANY, W3F, "税务登记", null, 0, "税务登记证件")
            .kw("税务登记 地税")
            .objects(ServiceObject.ENTERPRISE, ServiceObject.INDIVIDUAL)
            .law(ZHENGGUAN, "第十五条", null));
    rows.add(
        row(SVC, "DSJ", CITIZEN, W4, "个人所得税自行纳税申报", null, 0, "申报回执")
            .kw("个税 个人所得税")
            .law("《中华人民共和国个人所得税法》", "第八条", null));
    rows.add(
        row(SVC, "DSJ", CITIZEN, W2, "代开普通发票", null, 0, "普通发票")
            .kw("代开发票")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law(
                FAPIAO,
                "第十六条",
                "需要临时使用发票的单位和个人，可以凭购销商品、提供或者接受服务以及从事其他经营活动的书面证明、经办人身份证明，直接向经营地税务机关申请代开发票。")
            .needs("购销合同或其他书面证明"));
    rows.add(
        lic("DSJ", COMPANY, W4, "对纳税人延期申报的核准", 20, 5, "准予延期申报核准通知书")
            .kw("延期申报 地税")
            .law(ZHENGGUAN, "第二十七条", null)
            .needs("不能按期申报的情况说明"));
    rows.add(
        row(SVC, "DSJ", CITIZEN, W2, "契税纳税申报", null, 0, "契税完税凭证")
            .kw("契税 买房交税")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law("《中华人民共和国契税暂行条例》", "第九条", null)
            .needs("房屋买卖合同", "房屋交易价格证明"));
    rows.add(
        row(SVC, "DSJ", CITIZEN, W4, "税收完税证明开具", null, 0, "税收完税证明")
            .kw("完税证明")
            .objects(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE)
            .law("《税收票证管理办法》", "第十九条", null));

    // 物价局
    rows.add(
        lic("WJJ", FIRM, W2, "价格评估机构资质认定", 20, 10, "价格评估机构资质证")
            .kw("价格评估")
            .law(BAOLIU, "第一百三十三项", null)
            .needs("价格评估专业人员资格证明"));
    rows.add(
        lic("WJJ", FIRM, W2, "收费许可证核发", 20, 10, "收费许可证")
            .kw("收费许可")
            .law("《收费许可证管理办法》", "第六条", null)
            .needs("收费项目和标准的批准文件"));
    rows.add(
        row(OTHER, "WJJ", COMPANY, W2, "涉案财物价格认定", null, 7, "价格认定结论书")
            .kw("价格认定 涉案财物")
            .law("《价格认定规定》", "第二条", null)
            .needs("价格认定协助书", "标的物的有关资料"));
    rows.add(
        row(ItemType.INSPECTION, "WJJ", COMPANY, W2, "定价成本监审", null, 30, "成本监审报告")
            .site()
            .kw("成本监审")
            .law(JIAGE, "第二十二条", "政府价格主管部门和其他有关部门制定政府指导价、政府定价，应当开展价格、成本调查，听取消费者、经营者和有关方面的意见。")
            .needs("近三年财务会计报告", "成本核算资料"));
    rows.add(
        row(SVC, "WJJ", CITIZEN, W4, "价格举报处理", 60, 20, "举报处理答复")
            .kw("价格举报 12358")
            .law("《价格违法行为举报处理规定》", "第十三条", null)
            .needs("举报事项及证据材料"));

    // 人民防空办公室
    rows.add(
        lic("RFB", PROJECT, W3, "结合民用建筑修建防空地下室审批", 20, 10, "防空地下室建设审批意见书")
            .kw("人防 防空地下室")
            .law(RENFANG, "第二十二条", "城市新建民用建筑，按照国家有关规定修建战时可用于防空的地下室。")
            .needs("建设工程规划许可证", "防空地下室施工图"));
    rows.add(
        lic("RFB", PROJECT, W2, "防空地下室易地建设审批", 20, 10, "防空地下室易地建设审批意见书")
            .kw("人防 易地建设")
            .law(RENFANG, "第二十二条", null)
            .law("《陕西省实施〈中华人民共和国人民防空法〉办法》", "第十八条", null)
            .needs("不宜修建防空地下室的情况说明", "建设工程规划许可证")
            .fee(
                "防空地下室易地建设费",
                "按陕西省物价、财政部门核定的标准，依应建防空地下室面积计收",
                "《中华人民共和国人民防空法》第二十二条；《陕西省实施〈中华人民共和国人民防空法〉办法》",
                false));
    rows.add(
        row(OTHER, "RFB", FILING, W2, "人民防空工程竣工验收备案", 15, 5, "竣工验收备案证明")
            .kw("人防验收 备案")
            .law(RENFANG, "第二十二条", null)
            .needs("人防工程竣工验收报告"));
    rows.add(
        lic("RFB", PROJECT, W2, "拆除人民防空工程审批", 20, 10, "拆除人民防空工程批准书")
            .site()
            .kw("拆除人防")
            .law(
                RENFANG,
                "第二十八条",
                "任何组织或者个人不得擅自拆除本法第二十一条规定的人民防空工程；确需拆除的，必须报经人民防空主管部门批准，并由拆除单位负责补建或者补偿。")
            .needs("拆除方案", "补建或补偿方案"));

    return rows;
  }

  /** The basic items each county implements: the city department that owns it, and its name. */
  private static final List<String[]> COUNTY_ITEMS =
      List.of(
          new String[] {"SC", "GSJ", "个体工商户设立登记"},
          new String[] {"SC", "SYJ", "食品经营许可"},
          new String[] {"RS", "RSJ", "城乡居民养老保险参保登记"},
          new String[] {"FG", "FGW", "企业投资项目备案"});

  // ================================================================== reform rounds

  /** Round 1: what it cancels, delegates to the counties and transfers (city dept, item name). */
  private static final List<String[]> ROUND_1 =
      List.of(
          new String[] {"CANCEL", "WJJ", "价格评估机构资质认定", "国务院已取消该行政许可"},
          new String[] {"CANCEL", "WJJ", "收费许可证核发", "取消收费许可证制度，改为收费公示"},
          new String[] {"DELEGATE", "WGJ", "出版物零售单位设立审批", "依《出版管理条例》由县级出版行政主管部门审批"},
          new String[] {"DELEGATE", "GHJ", "乡村建设规划许可证核发", "下放县级城乡规划主管部门"},
          new String[] {"DELEGATE", "LYJ", "林木采伐许可证核发", "下放县级林业主管部门"},
          new String[] {"DELEGATE", "NYJ", "农作物种子经营许可", "下放县级农业主管部门"},
          new String[] {"DELEGATE", "JTJ", "道路货物运输经营许可", "普通货运经营许可下放县级道路运输管理机构"},
          new String[] {"TRANSFER", "ZJJ", "建设项目选址意见书核发", "GHJ", "选址意见书由城乡规划主管部门核发"});

  private static final List<String[]> ROUND_2 =
      List.of(
          new String[] {"CANCEL", "ZLJ", "组织机构代码证书核发", "实行“三证合一、一照一码”登记制度改革"},
          new String[] {"CANCEL", "JTJ", "机动车维修经营许可", "改为备案管理"},
          new String[] {"CANCEL", "FGW", "工程咨询单位资格认定", "取消资格认定，实行行业自律管理"},
          new String[] {"CANCEL", "CZJ", "会计从业资格证书核发", "取消会计从业资格认定"},
          new String[] {"DELEGATE", "WJW", "公共场所卫生许可", "下放县级卫生计生行政部门"},
          new String[] {"DELEGATE", "AJJ", "烟花爆竹经营（零售）许可", "依《烟花爆竹安全管理条例》由县级安全生产监督管理部门审批"},
          new String[] {"DELEGATE", "SLJ", "河道采砂许可", "下放县级水行政主管部门"},
          new String[] {"DELEGATE", "GTJ", "临时用地审批", "下放县级国土资源主管部门"});

  // ================================================================== building

  /** Every demo item, in load order: the city's, then the counties'. */
  public static List<ItemSpec> items() {
    List<Row> rows = cityRows();
    List<ItemSpec> specs = new ArrayList<>();
    Map<String, Integer> perDepartment = new LinkedHashMap<>();
    Map<String, String> basicCodeByName = new LinkedHashMap<>();
    for (Row row : rows) {
      int department = CITY_DEPARTMENT_CODES.indexOf(row.department) + 1;
      if (department == 0) {
        throw new IllegalStateException("not a city department: " + row.department);
      }
      int position = perDepartment.merge(row.department, 1, Integer::sum);
      String basicCode = row.type.code() + String.format("%02d%03d", department, position) + "000";
      basicCodeByName.put(row.department + row.name, basicCode);
      int n = specs.size();
      specs.add(
          new ItemSpec(
              basicCode,
              row.department,
              RegionLevel.CITY,
              lists(row),
              row.content(cityPhones(department)),
              position % 5 == 0,
              draftedAt(n)));
    }
    for (int c = 0; c < COUNTIES.size(); c++) {
      String[] county = COUNTIES.get(c);
      for (String[] item : COUNTY_ITEMS) {
        Row city =
            rows.stream()
                .filter(r -> r.department.equals(item[1]) && r.name.equals(item[2]))
                .findFirst()
                .orElseThrow();
        String department = county[0] + item[0];
        int j = "FGSCRS".indexOf(item[0]) / 2 + 1;
        String[] phones = {
          String.format("0913-46%02d%d10", c + 1, j), String.format("0913-46%02d%d12", c + 1, j)
        };
        specs.add(
            new ItemSpec(
                basicCodeByName.get(item[1] + item[2]),
                department,
                RegionLevel.COUNTY,
                lists(city),
                city.content(phones),
                true,
                draftedAt(specs.size())));
      }
    }
    return List.copyOf(specs);
  }

  /** The two reform rounds, given the items they decide on. */
  public static List<RoundSpec> rounds(List<ItemSpec> items) {
    Set<String> ended = new HashSet<>();
    RoundSpec first =
        round(
            "2015年第一批取消和下放行政审批项目",
            LocalDate.of(2015, 4, 20),
            "渭政发〔2015〕12号",
            Instant.parse("2015-04-27T02:00:00Z"),
            ROUND_1,
            items,
            ended);
    RoundSpec second =
        round(
            "2016年第二批取消和下放行政审批项目",
            LocalDate.of(2016, 3, 18),
            "渭政发〔2016〕8号",
            Instant.parse("2016-03-25T02:00:00Z"),
            ROUND_2,
            items,
            ended);
    return List.of(first, second);
  }

  /**
   * A round that decides the listed city items and keeps every other living item of the city
   * departments. {@code ended} collects the items cancelled so far.
   */
  private static RoundSpec round(
      String name,
      LocalDate decidedOn,
      String documentNumber,
      Instant appliedAt,
      List<String[]> table,
      List<ItemSpec> items,
      Set<String> ended) {
    List<DecisionSpec> decisions = new ArrayList<>();
    Set<String> decided = new HashSet<>();
    for (String[] d : table) {
      ReformOutcome outcome = ReformOutcome.valueOf(d[0]);
      ItemSpec item =
          items.stream()
              .filter(i -> i.departmentCode().equals(d[1]) && i.content().name().equals(d[2]))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no demo item " + d[1] + " " + d[2]));
      String note = outcome == ReformOutcome.TRANSFER ? d[4] : d[3];
      decisions.add(
          new DecisionSpec(
              item.key(),
              outcome,
              outcome == ReformOutcome.DELEGATE ? RegionLevel.COUNTY : null,
              outcome == ReformOutcome.TRANSFER ? d[3] : null,
              note));
      decided.add(item.key());
      if (outcome == ReformOutcome.CANCEL) {
        ended.add(item.key());
      }
    }
    for (ItemSpec item : items) {
      if (CITY_DEPARTMENT_CODES.contains(item.departmentCode())
          && !decided.contains(item.key())
          && !ended.contains(item.key())) {
        decisions.add(new DecisionSpec(item.key(), ReformOutcome.KEEP, null, null, "保留"));
      }
    }
    return new RoundSpec(name, decidedOn, documentNumber, appliedAt, List.copyOf(decisions));
  }

  /** Ten items a day from 5 January 2015, twenty minutes apart. */
  private static Instant draftedAt(int n) {
    return FIRST_DRAFT.plusSeconds((n / 10) * 86_400L + (n % 10) * 1_200L);
  }

  private static String[] cityPhones(int department) {
    return new String[] {
      String.format("0913-2933%03d", 100 + department),
      String.format("0913-2936%03d", 100 + department)
    };
  }

  /**
   * Licensing items stand on the approval list; every power on the power and responsibility lists;
   * public services on theirs; whatever can be applied for online on the online service list.
   */
  private static Set<String> lists(Row row) {
    Set<String> lists = new LinkedHashSet<>();
    if (row.type == ItemType.LICENSING) {
      lists.add(ItemList.APPROVAL);
    }
    if (row.type == ItemType.PUBLIC_SERVICE) {
      lists.add(ItemList.PUBLIC_SERVICE);
    } else {
      lists.add(ItemList.POWER);
      lists.add(ItemList.RESPONSIBILITY);
    }
    if (row.online != Online.NONE_I && row.online != Online.PARTIAL_II) {
      lists.add(ItemList.ONLINE_SERVICE);
    }
    return Set.copyOf(lists);
  }

  private static Row lic(
      String department,
      Kind kind,
      Online online,
      String name,
      Integer statutory,
      int promised,
      String result) {
    return new Row(LIC, department, kind, online, name, statutory, promised, result);
  }

  private static Row row(
      ItemType type,
      String department,
      Kind kind,
      Online online,
      String name,
      Integer statutory,
      int promised,
      String result) {
    return new Row(type, department, kind, online, name, statutory, promised, result);
  }

  /** One row of the table, with the few settings that differ from its template. */
  private static final class Row {
    final ItemType type;
    final String department;
    final Kind kind;
    final Online online;
    final String name;
    final Integer statutory;
    final int promised;
    final String result;
    String keywords;
    String conditions;
    Set<ServiceObject> objects;
    final List<LegalBasis> laws = new ArrayList<>();
    final List<String> needs = new ArrayList<>();
    final List<FeeItem> fees = new ArrayList<>();
    boolean site;
    boolean reported;
    String visitReason;

    Row(
        ItemType type,
        String department,
        Kind kind,
        Online online,
        String name,
        Integer statutory,
        int promised,
        String result) {
      this.type = type;
      this.department = department;
      this.kind = kind;
      this.online = online;
      this.name = name;
      this.statutory = statutory;
      this.promised = promised;
      this.result = result;
    }

    Row kw(String keywords) {
      this.keywords = keywords;
      return this;
    }

    Row cond(String conditions) {
      this.conditions = conditions;
      return this;
    }

    Row objects(ServiceObject... objects) {
      this.objects = Set.of(objects);
      return this;
    }

    Row law(String law, String article, String text) {
      laws.add(new LegalBasis(law, article, text));
      return this;
    }

    /** The materials that set this item apart: mandatory, a copy each, from the applicant. */
    Row needs(String... materials) {
      needs.addAll(List.of(materials));
      return this;
    }

    Row fee(String name, String standard, String basis, boolean waivable) {
      fees.add(new FeeItem(name, standard, basis, waivable));
      return this;
    }

    /** Officials inspect the premises or the site before deciding. */
    Row site() {
      site = true;
      return this;
    }

    /** Decided at a higher level after this department's review (上报件). */
    Row reported() {
      reported = true;
      return this;
    }

    /** Why the applicant comes to the hall, instead of the online mode's usual reason. */
    Row why(String reason) {
      visitReason = reason;
      return this;
    }

    ItemContent content(String[] phones) {
      ItemContent.Builder b =
          ItemContent.builder()
              .name(name)
              .keywords(keywords)
              .type(type)
              .conditions(conditions != null ? conditions : defaultConditions())
              .legalBases(laws)
              .materials(materials())
              .steps(steps())
              .limits(caseKind(), statutory, promised)
              .charged(!fees.isEmpty())
              .fees(fees)
              .result(result, resultType())
              .phones(phones[0], phones[1])
              .faqs(faqs());
      Set<ServiceObject> served = objects != null ? objects : defaultObjects();
      b.serviceObjects(served.toArray(ServiceObject[]::new));
      switch (online) {
        case FULL_IV ->
            b.online(OnlineLevel.FULL, OnlineDepth.IV)
                .visits(0, null)
                .delivery(DeliveryMode.ONLINE, DeliveryMode.POST);
        case FULL_III ->
            b.online(OnlineLevel.FULL, OnlineDepth.III)
                .visits(1, reason("领取纸质结果时核验申请材料原件"))
                .delivery(DeliveryMode.WINDOW, DeliveryMode.POST, DeliveryMode.ONLINE);
        case PARTIAL_III ->
            b.online(OnlineLevel.PARTIAL, OnlineDepth.III)
                .visits(1, reason(site ? "网上预审通过后到窗口核验原件，并配合现场核查" : "网上预审通过后到窗口核验原件并领取结果"))
                .delivery(DeliveryMode.WINDOW, DeliveryMode.POST);
        case PARTIAL_II ->
            b.online(OnlineLevel.PARTIAL, OnlineDepth.II)
                .visits(1, reason("网上下载表格，到窗口提交纸质申请材料并核验原件"))
                .delivery(DeliveryMode.WINDOW, DeliveryMode.POST);
        case NONE_I ->
            b.online(OnlineLevel.NONE, OnlineDepth.I)
                .visits(1, reason("需申请人本人到窗口办理"))
                .delivery(DeliveryMode.WINDOW);
      }
      return b.build();
    }

    private String reason(String usual) {
      return visitReason != null ? visitReason : usual;
    }

    private CaseKind caseKind() {
      if (promised == 0) {
        return CaseKind.IMMEDIATE;
      }
      return reported ? CaseKind.REPORTED : CaseKind.PROMISED;
    }

    private Set<ServiceObject> defaultObjects() {
      return switch (kind) {
        case PERSON, CITIZEN -> Set.of(ServiceObject.INDIVIDUAL);
        case REGISTER -> Set.of(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE);
        default -> Set.of(ServiceObject.ENTERPRISE);
      };
    }

    private String resultType() {
      if (result.endsWith("证") || result.endsWith("证书") || result.endsWith("执照")) {
        return "证照";
      }
      if (result.contains("决定") || result.contains("批复") || result.contains("批准")) {
        return "批文";
      }
      return switch (kind) {
        case FILING -> "备案凭证";
        case CITIZEN, COMPANY -> "证明文件";
        default -> "其他";
      };
    }

    private String firstLaw() {
      return laws.isEmpty() ? "法律法规" : laws.get(0).getLaw();
    }

    private String defaultConditions() {
      return switch (kind) {
        case FIRM ->
            "申请人为依法设立的企业或其他组织；具有与申请事项相适应的场所、设施设备和专业人员；有健全的管理制度；符合" + firstLaw() + "规定的其他条件。";
        case ESTABLISH -> "举办者具备法定资格；有规范的名称、章程和组织机构；有与业务相适应的场所、资金和人员；符合" + firstLaw() + "规定的设立条件。";
        case PROJECT -> "项目符合国家产业政策、土地利用总体规划和城乡规划；已依法办理项目审批、核准或备案手续；申请材料齐全、符合法定形式。";
        case PERSON -> "申请人具有完全民事行为能力；具备规定的学历、专业能力或考试考核合格证明；身体条件符合要求；无法律法规禁止的情形。";
        case REGISTER -> "申请人具有相应的民事行为能力；有固定的经营场所；经营范围不属于法律、行政法规禁止的项目；申请材料齐全、符合法定形式。";
        case CITIZEN -> "申请人符合" + firstLaw() + "规定的条件，提供真实有效的身份证明和相关材料。";
        case COMPANY -> "申请人为依法登记的企业、个体工商户或其他组织，提交的材料真实、完整、有效。";
        case FILING -> "申请人为依法登记的企业或其他组织，在规定期限内如实填报备案信息。";
      };
    }

    private List<ItemMaterial> materials() {
      List<ItemMaterial> list = new ArrayList<>();
      String form = kind == Kind.FILING ? name + "表" : name + "申请表";
      list.add(mandatory(form, MaterialForm.ORIGINAL, 1, "申请人自备", "可在网上下载空白表格和填写样本"));
      switch (kind) {
        case FIRM, PROJECT, COMPANY, FILING -> {
          list.add(mandatory("营业执照或法人登记证书", MaterialForm.COPY, 1, "登记机关核发", "已共享的免于提交"));
          list.add(mandatory("法定代表人（负责人）身份证明", MaterialForm.COPY, 1, "公安机关核发", "核验原件"));
        }
        case ESTABLISH -> {
          list.add(mandatory("举办者（发起人）资格证明", MaterialForm.COPY, 1, "申请人自备", "核验原件"));
          list.add(mandatory("拟任负责人身份证明及简历", MaterialForm.COPY, 1, "申请人自备", null));
          list.add(mandatory("住所（场所）使用证明", MaterialForm.COPY, 1, "申请人自备", null));
        }
        case PERSON -> {
          list.add(mandatory("居民身份证", MaterialForm.COPY, 1, "公安机关核发", "核验原件"));
          list.add(mandatory("近期一寸免冠彩色照片", MaterialForm.ORIGINAL, 2, "申请人自备", null));
        }
        case REGISTER -> {
          list.add(mandatory("经营者或法定代表人身份证明", MaterialForm.COPY, 1, "公安机关核发", "核验原件"));
          list.add(
              mandatory("经营场所（住所）使用证明", MaterialForm.COPY, 1, "申请人自备", "自有房屋提交产权证明，租赁房屋提交租赁协议"));
        }
        case CITIZEN -> list.add(mandatory("居民身份证", MaterialForm.COPY, 1, "公安机关核发", "核验原件"));
      }
      for (int i = 0; i < needs.size(); i++) {
        // The last of several particular materials may follow later under 容缺 for items decided
        // over days: the main ones are complete.
        boolean deferrable = needs.size() > 1 && i == needs.size() - 1 && promised >= 5;
        list.add(
            new ItemMaterial(
                needs.get(i),
                MaterialForm.COPY,
                1,
                deferrable ? MaterialNecessity.DEFERRABLE : MaterialNecessity.MANDATORY,
                "申请人自备",
                deferrable ? "可容缺受理，承诺办结时限内补交" : "核验原件"));
      }
      if (kind != Kind.PERSON) {
        list.add(
            new ItemMaterial(
                "授权委托书及受托人身份证明",
                MaterialForm.ORIGINAL,
                1,
                MaterialNecessity.OPTIONAL,
                "申请人自备",
                "委托他人代办时提交"));
      }
      return list;
    }

    private static ItemMaterial mandatory(
        String name, MaterialForm form, int copies, String source, String notes) {
      return new ItemMaterial(name, form, copies, MaterialNecessity.MANDATORY, source, notes);
    }

    /**
     * Licensing items go through 受理 → 审查 (→ 现场核查) → 决定 → 办结 → 送达; other items through 受理 → 审核 (→
     * 现场核查) → 办结. The step limits add up to the promised limit; immediate items do every step on
     * the spot (0 days).
     */
    private List<ProcessStep> steps() {
      int p = promised;
      List<ProcessStep> steps = new ArrayList<>();
      if (type == ItemType.LICENSING) {
        int accept = p >= 4 ? 1 : 0;
        int decide = p >= 2 ? 1 : 0;
        int complete = p >= 6 ? 1 : 0;
        int deliver = p >= 8 ? 1 : 0;
        int rest = p - accept - decide - complete - deliver;
        int inspect = site && rest >= 2 ? rest / 2 : 0;
        steps.add(step("受理", "窗口受理人员", accept, "申请材料齐全、符合法定形式", "受理通知书或一次性补正告知书"));
        steps.add(step("审查", "审查人员", rest - inspect, "对申请材料的实质内容进行审查", "审查意见"));
        if (site) {
          steps.add(step("现场核查", "核查人员（两人以上）", inspect, "核查场所、设施与申请材料是否一致", "现场核查记录"));
        }
        String decision = reported ? "上报省级机关决定" : "准予或不予许可决定书";
        steps.add(step("决定", "首席代表", decide, "依法作出准予或不予许可的决定", decision));
        steps.add(step("办结", "窗口人员", complete, "制作并核对许可证件", result));
        steps.add(step("送达", "窗口人员", deliver, "窗口领取、邮寄或网上送达", "送达回证"));
      } else {
        int accept = p >= 3 ? 1 : 0;
        int complete = p >= 2 ? 1 : 0;
        int rest = p - accept - complete;
        int inspect = site && rest >= 2 ? rest / 2 : 0;
        steps.add(step("受理", "窗口受理人员", accept, "申请材料齐全、符合法定形式", "受理回执"));
        steps.add(step("审核", "审核人员", rest - inspect, "审核申请材料及有关情况", "审核意见"));
        if (site) {
          steps.add(step("现场核查", "核查人员（两人以上）", inspect, "实地核查有关情况", "现场核查记录"));
        }
        steps.add(step("办结", "窗口人员", complete, "出具办理结果并告知申请人", result));
      }
      return steps;
    }

    private static ProcessStep step(
        String name, String role, int days, String criteria, String result) {
      return new ProcessStep(name, role, days, criteria, result);
    }

    private List<FaqEntry> faqs() {
      List<FaqEntry> faqs = new ArrayList<>();
      faqs.add(
          new FaqEntry(
              "办理" + name + "需要到现场几次？",
              switch (online) {
                case FULL_IV -> "不需要到现场。本事项全程网上办理，结果通过网上或邮寄送达。";
                case FULL_III, PARTIAL_III, PARTIAL_II ->
                    "最多一次：" + reason("到窗口核验申请材料原件") + "。结果可选择邮寄送达。";
                case NONE_I -> "一次：" + reason("需申请人本人到窗口办理") + "。";
              }));
      faqs.add(
          new FaqEntry(
              name + "多长时间办结？",
              (promised == 0 ? "即办件，材料齐全、符合法定形式的当场办结。" : "承诺" + promised + "个工作日内办结。")
                  + (statutory == null ? "" : "法定办结时限为" + statutory + "个工作日。")
                  + (site ? "现场核查、专家评审等特别程序所需时间不计入办结时限。" : "")));
      if (needs.size() > 1 && promised >= 5) {
        faqs.add(
            new FaqEntry(
                "材料暂时不齐全可以先受理吗？",
                "主要材料齐全、标注“可容缺”的材料暂缺的，可以容缺受理：申请人签署承诺书，在承诺办结时限内补交。其他材料不齐全的，窗口一次性告知需要补正的全部内容。"));
      }
      if (!fees.isEmpty()) {
        faqs.add(
            new FaqEntry(
                "办理" + name + "收费吗？",
                "收费。"
                    + fees.get(0).getName()
                    + "："
                    + fees.get(0).getStandard()
                    + "，依据"
                    + fees.get(0).getBasis()
                    + "。"));
      } else if (type == ItemType.LICENSING) {
        faqs.add(new FaqEntry("办理" + name + "收费吗？", "不收费。"));
      }
      return faqs;
    }
  }
}
