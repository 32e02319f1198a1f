package gov.approval.web.staff.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.catalogue.entity.CaseKind;
import gov.approval.catalogue.entity.DeliveryMode;
import gov.approval.catalogue.entity.FeeItem;
import gov.approval.catalogue.entity.ItemContent;
import gov.approval.catalogue.entity.ItemMaterial;
import gov.approval.catalogue.entity.ItemType;
import gov.approval.catalogue.entity.MaterialForm;
import gov.approval.catalogue.entity.MaterialNecessity;
import gov.approval.catalogue.entity.OnlineDepth;
import gov.approval.catalogue.entity.OnlineLevel;
import gov.approval.catalogue.entity.ServiceObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentFormTest {

  private static final ItemMaterial APPLICATION =
      new ItemMaterial("申请书", MaterialForm.ORIGINAL, 1, MaterialNecessity.MANDATORY, "申请人", null);
  private static final ItemMaterial LICENCE =
      new ItemMaterial("营业执照", MaterialForm.COPY, 1, MaterialNecessity.DEFERRABLE, null, "加盖公章");

  private static ItemContent licence() {
    return ItemContent.builder()
        .name("食品经营许可")
        .keywords("食品 餐饮")
        .type(ItemType.LICENSING)
        .serviceObjects(ServiceObject.ENTERPRISE, ServiceObject.INDIVIDUAL)
        .conditions("有与经营相适应的场所")
        .legalBasis("《中华人民共和国食品安全法》", "第三十五条", "从事食品经营，应当依法取得许可。")
        .material(APPLICATION)
        .material(LICENCE)
        .step("受理", "窗口人员", 1)
        .step("审查", "审查人员", 5)
        .step("决定", "首席代表", 2)
        .step("办结", "窗口人员", 2)
        .limits(CaseKind.PROMISED, 20, 10)
        .charged(true)
        .fee(new FeeItem("工本费", "10元/件", "陕价费发〔2020〕1号", true))
        .online(OnlineLevel.FULL, OnlineDepth.IV)
        .visits(0, null)
        .delivery(DeliveryMode.POST, DeliveryMode.WINDOW)
        .result("食品经营许可证", "证照")
        .phones("0913-12345", "0913-12315")
        .faq("需要几个工作日？", "承诺10个工作日。")
        .build();
  }

  @Test
  void aFormGivesBackTheContentItWasMadeOf() {
    ItemContent content = licence();

    assertThat(ContentForm.of(content).toContent()).isEqualTo(content);
  }

  @Test
  void editedFieldsAndRowsReachTheContent() {
    ContentForm form = ContentForm.of(licence());
    form.setConditions("  新的申请条件  ");
    form.getMaterials().get(0).setName("食品经营许可申请书");
    form.getMaterials().get(1).setNecessity(MaterialNecessity.OPTIONAL);
    form.setStatutoryLimitDays(null);
    form.setPromisedLimitDays(null);

    ItemContent content = form.toContent();

    assertThat(content.conditions()).isEqualTo("新的申请条件");
    assertThat(content.materials().get(0).getName()).isEqualTo("食品经营许可申请书");
    assertThat(content.materials().get(1).getNecessity()).isEqualTo(MaterialNecessity.OPTIONAL);
    assertThat(content.statutoryLimitDays()).isNull();
    assertThat(content.promisedLimitDays()).isZero();
  }

  @Test
  void rowsLeftBlankAreDroppedAndBlankTextsBecomeNull() {
    ContentForm form = ContentForm.of(licence());
    form.addMaterial();
    form.addStep();
    form.addFee();
    form.addFaq();
    form.addBasis();
    form.setKeywords("   ");

    ItemContent content = form.toContent();

    assertThat(content).isEqualTo(licence().toBuilder().keywords(null).build());
  }

  @Test
  void aNewMaterialStartsAsOneMandatoryOriginal() {
    ContentForm form = ContentForm.of(licence());
    form.addMaterial();
    ContentForm.MaterialRow row = form.getMaterials().get(2);
    row.setName("法定代表人身份证明");

    ItemMaterial added = form.toContent().materials().get(2);

    assertThat(added)
        .isEqualTo(
            new ItemMaterial(
                "法定代表人身份证明", MaterialForm.ORIGINAL, 1, MaterialNecessity.MANDATORY, null, null));
  }

  @Test
  void materialsMoveUpAndDownAndStayAtTheEnds() {
    ContentForm form = ContentForm.of(licence());

    ContentForm.move(form.getMaterials(), 1, -1);
    assertThat(form.toContent().materials()).containsExactly(LICENCE, APPLICATION);

    ContentForm.move(form.getMaterials(), 0, -1);
    ContentForm.move(form.getMaterials(), 1, 1);
    assertThat(form.toContent().materials()).containsExactly(LICENCE, APPLICATION);
  }

  @Test
  void removingARowOffTheListChangesNothing() {
    List<String> rows = new ArrayList<>(List.of("a", "b"));

    ContentForm.remove(rows, 5);
    ContentForm.remove(rows, -1);
    assertThat(rows).containsExactly("a", "b");

    ContentForm.remove(rows, 0);
    assertThat(rows).containsExactly("b");
  }

  @Test
  void stepsKeepTheirOrderAfterAMove() {
    ContentForm form = ContentForm.of(licence());

    form.getSteps().get(3).setLimitDays(1);
    ContentForm.move(form.getSteps(), 3, -1);

    assertThat(form.toContent().steps())
        .extracting(step -> step.getName() + step.getLimitDays())
        .containsExactly("受理1", "审查5", "办结1", "决定2");
  }

  @Test
  void serviceObjectsAndDeliveryModesAreShownInTheirDeclaredOrder() {
    ContentForm form = ContentForm.of(licence());

    assertThat(form.getServiceObjects())
        .containsExactly(ServiceObject.INDIVIDUAL, ServiceObject.ENTERPRISE);
    assertThat(form.getDeliveryModes()).containsExactly(DeliveryMode.WINDOW, DeliveryMode.POST);
  }
}
