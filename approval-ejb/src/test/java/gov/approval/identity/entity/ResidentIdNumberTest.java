package gov.approval.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.identity.boundary.CitizenRegistration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resident ID number a citizen types when registering: which numbers the portal accepts, and
 * the message it shows for the others.
 */
class ResidentIdNumberTest {

  private static ValidatorFactory chineseValidation;
  private static ValidatorFactory englishValidation;

  @BeforeAll
  static void startValidation() {
    chineseValidation = validationIn(Locale.SIMPLIFIED_CHINESE);
    englishValidation = validationIn(Locale.ENGLISH);
  }

  @AfterAll
  static void stopValidation() {
    chineseValidation.close();
    englishValidation.close();
  }

  private static ValidatorFactory validationIn(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(locale)
        .buildValidatorFactory();
  }

  /**
   * ISO 7064 MOD 11-2 written from its definition (weights 2^(17-i) mod 11, check = (12 - sum mod
   * 11) mod 11, 10 written as X), independent of the lookup table in production code.
   */
  private static char expectedCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = (1 << (17 - i)) % 11;
      sum += (first17.charAt(i) - '0') * weight;
    }
    int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  private static String withCheck(String first17) {
    return first17 + expectedCheck(first17);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002X", // the example of GB 11643-1999, ending in X
        "61050219900307123X",
        "610521198501010012",
        "440304200002293215", // born on a leap day
        "610502190001011232" // the earliest year accepted
      })
  void acceptsNumbersWithExistingBirthDateAndMatchingCheckCharacter(String number) {
    assertThat(ResidentIdNumber.isValid(number)).isTrue();
  }

  @Test
  void checkCharacterFollowsIso7064ForEveryPossibleRemainder() {
    Set<Character> seen = new HashSet<>();
    for (int sequence = 0; sequence < 1000; sequence++) {
      String first17 = "61050219900307" + String.format("%03d", sequence);
      char expected = expectedCheck(first17);
      assertThat(ResidentIdNumber.checkCharacter(first17)).as(first17).isEqualTo(expected);
      assertThat(ResidentIdNumber.isValid(first17 + expected)).as(first17).isTrue();
      seen.add(expected);
    }
    assertThat(seen)
        .containsExactlyInAnyOrder('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
  }

  @Test
  void lowerCaseXIsAcceptedAndStoredAsCapital() {
    String typed = " 11010519491231002x ";

    String stored = ResidentIdNumber.normalise(typed);

    assertThat(stored).isEqualTo("11010519491231002X");
    assertThat(ResidentIdNumber.isValid(stored)).isTrue();
    assertThat(ResidentIdNumber.isValid("11010519491231002x")).isTrue();
  }

  @Test
  void normaliseKeepsNull() {
    assertThat(ResidentIdNumber.normalise(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105194912310021", // X expected
        "11010519491231002Y",
        "610521198501010013", // 2 expected
        "61052119850101001X"
      })
  void refusesWrongCheckCharacter(String number) {
    assertThat(ResidentIdNumber.isValid(number)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "610502199002301232", // 30 February, check character right
        "610502190102291237", // 29 February in a common year
        "610502199013011230", // month 13
        "610502199001001238", // day 0
        "610502189912311238" // before 1900
      })
  void refusesBirthDatesThatDoNotExist(String number) {
    assertThat(number.charAt(17)).isEqualTo(expectedCheck(number.substring(0, 17)));
    assertThat(ResidentIdNumber.isValid(number)).isFalse();
  }

  @Test
  void refusesBirthDateInTheFuture() {
    String nextYear =
        LocalDate.now().plusYears(1).format(DateTimeFormatter.BASIC_ISO_DATE); // yyyyMMdd
    String number = withCheck("610502" + nextYear + "123");

    assertThat(ResidentIdNumber.isValid(number)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "11010519491231002", // 17 characters
        "11010519491231002X0", // 19 characters
        "110105194912310", // the old 15-digit form
        "1101051949123100XX",
        "A1010519491231002X",
        "11010519491231002X ",
        "110105１９49123100２X", // full-width digits
        "11010519491231-02X"
      })
  void refusesWrongLengthAndCharacters(String number) {
    assertThat(ResidentIdNumber.isValid(number)).isFalse();
  }

  @Test
  void registrationWithInvalidNumberShowsTheChineseMessage() {
    Validator validator = chineseValidation.getValidator();

    Set<ConstraintViolation<CitizenRegistration>> violations =
        validator.validate(registration("610502199002301232"));

    assertThat(violations)
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.getPropertyPath()).hasToString("residentIdNumber");
              assertThat(violation.getMessageTemplate()).isEqualTo("{account.residentId.invalid}");
              assertThat(violation.getMessage()).isEqualTo("身份证号码不正确，请核对出生日期和最后一位校验码。");
            });
  }

  @Test
  void registrationWithInvalidNumberShowsTheEnglishMessageInEnglish() {
    Validator validator = englishValidation.getValidator();

    Set<ConstraintViolation<CitizenRegistration>> violations =
        validator.validate(registration("110105194912310021"));

    assertThat(violations)
        .extracting(ConstraintViolation::getMessage)
        .containsExactly(
            "The resident ID number is not valid: check the birth date and the last (check)"
                + " character.");
  }

  @Test
  void registrationWithValidNumberPasses() {
    Validator validator = chineseValidation.getValidator();

    assertThat(validator.validate(registration("11010519491231002x"))).isEmpty();
  }

  @Test
  void missingNumberIsReportedAsRequiredNotAsInvalid() {
    Validator validator = chineseValidation.getValidator();

    assertThat(validator.validate(registration(null)))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("请填写身份证号码。");
  }

  private static CitizenRegistration registration(String residentIdNumber) {
    return new CitizenRegistration(
        "张三", "13912345678", "zhang@example.cn", residentIdNumber, "secret123");
  }
}
