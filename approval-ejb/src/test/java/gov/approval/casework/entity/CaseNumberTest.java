package gov.approval.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseNumberTest {

  @Test
  void regionDayAndSequence() {
    String prefix = CaseNumber.prefix("610502000000", LocalDate.of(2026, 11, 29));
    assertThat(CaseNumber.format(prefix, 42)).isEqualTo("61050220261129000042");
    assertThat(CaseNumber.isWellFormed("61050220261129000042")).isTrue();
    assertThat(CaseNumber.isWellFormed("6105022026112900004")).isFalse();
    assertThatThrownBy(() -> CaseNumber.format(prefix, 1_000_000))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void checkCodesAvoidLookAlikes() {
    for (int i = 0; i < 200; i++) {
      assertThat(CaseNumber.newCheckCode()).matches("[2-9A-HJKMNP-Z]{6}");
    }
  }

  @Test
  void creditCodesAreChecked() {
    String first17 = "91610500MA6Y12345";
    String valid = first17 + CreditCode.checkCharacter(first17);
    assertThat(CreditCode.isValid(valid)).isTrue();
    assertThat(CreditCode.isValid(first17 + "I")).isFalse();
    assertThat(CreditCode.isValid("123")).isFalse();
  }
}
