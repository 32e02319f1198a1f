package gov.approval.it.support;

import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;

/**
 * Item content for the system tests: what a test changes, it changes through {@code toBuilder()}.
 */
public final class TestItems {

  private TestItems() {}

  /** A licensing item (a project approval) that breaks no catalogue rule. */
  public static ItemContent licence(String name) {
    return ItemContent.builder()
        .name(name)
        .type(ItemType.LICENSING)
        .serviceObjects(ServiceObject.ENTERPRISE)
        .conditions("符合国家产业政策和行业准入标准。")
        .legalBasis("《企业投资项目核准和备案管理条例》", "第三条", "对关系国家安全的项目，实行核准管理。")
        .material(
            new ItemMaterial(
                "项目申请报告", MaterialForm.ORIGINAL, 1, MaterialNecessity.MANDATORY, "申请人自备", null))
        .material(
            new ItemMaterial(
                "城乡规划选址意见", MaterialForm.COPY, 1, MaterialNecessity.DEFERRABLE, "规划部门核发", null))
        .step("受理", "窗口人员", 1)
        .step("审查", "审查人员", 5)
        .step("决定", "首席代表", 3)
        .step("办结", "窗口人员", 1)
        .limits(CaseKind.PROMISED, 20, 10)
        .free()
        .online(OnlineLevel.PARTIAL, OnlineDepth.III)
        .visits(1, "提交纸质项目申请报告")
        .delivery(DeliveryMode.WINDOW)
        .result("项目核准批复", "批文")
        .phones("0913-2123456", "0913-12345")
        .faq("可以网上申请吗？", "可以网上申请，纸质报告到窗口提交一次。")
        .build();
  }
}
