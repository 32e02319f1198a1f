package gov.approval.catalogue.entity;

import static gov.approval.catalogue.entity.CatalogueFixture.foodLicence;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What no draft may hold, checked by Bean Validation with texts from ValidationMessages; everything
 * else an editor may leave unfinished until the rules block publication.
 */
class ItemContentValidationTest {

  private static ValidatorFactory chinese;
  private static ValidatorFactory english;

  @BeforeAll
  static void start() {
    chinese = factory(Locale.SIMPLIFIED_CHINESE);
    english = factory(Locale.ENGLISH);
  }

  @AfterAll
  static void stop() {
    chinese.close();
    english.close();
  }

  private static ValidatorFactory factory(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(locale)
        .buildValidatorFactory();
  }

  private static List<String> messages(ValidatorFactory factory, ItemContent content) {
    Set<ConstraintViolation<ItemContent>> violations = factory.getValidator().validate(content);
    return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).toList();
  }

  @Test
  void theFixtureContentIsValid() {
    assertThat(messages(chinese, foodLicence().build())).isEmpty();
  }

  @Test
  void anUnfinishedDraftIsValidAsLongAsItHasANameAndAType() {
    ItemContent sketch = ItemContent.builder().name("取水许可").type(ItemType.LICENSING).build();

    assertThat(messages(chinese, sketch)).isEmpty();
  }

  @Test
  void nameAndTypeAreRequiredInTheUsersLanguage() {
    ItemContent nameless = foodLicence().name(" ").type(null).build();

    assertThat(messages(chinese, nameless))
        .containsExactlyInAnyOrder("name: 请填写事项名称。", "type: 请选择事项类型。");
    assertThat(messages(english, nameless))
        .containsExactlyInAnyOrder(
            "name: Please enter the item's name.", "type: Please choose the item type.");
  }

  @Test
  void entriesOfTheListsAreValidatedToo() {
    ItemContent content = foodLicence().faq("", "答案").step(" ", null, -1).build();

    assertThat(messages(chinese, content))
        .containsExactlyInAnyOrder(
            "faqs[1].question: 请填写常见问题。", "steps[4].name: 请填写环节名称。", "steps[4].limitDays: 最小不能小于0");
  }

  @Test
  void textsLongerThanTheirColumnsAreRefused() {
    ItemContent content = foodLicence().name("许".repeat(ItemVersion.NAME_LENGTH + 1)).build();

    assertThat(messages(english, content))
        .singleElement()
        .asString()
        .startsWith("name: size must be");
  }
}
