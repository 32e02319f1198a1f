package gov.approval.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The page of a list a table asks for, and the search text it filters with. */
class PageRequestTest {

  @Test
  void keepsSensibleValues() {
    PageRequest request = new PageRequest(40, 20, "name", false, "渭南");

    assertThat(request.first()).isEqualTo(40);
    assertThat(request.size()).isEqualTo(20);
    assertThat(request.sort()).isEqualTo("name");
    assertThat(request.ascending()).isFalse();
    assertThat(request.search()).isEqualTo("渭南");
  }

  @Test
  void negativeOffsetStartsAtTheTop() {
    assertThat(PageRequest.of(-10, 20).first()).isZero();
  }

  @Test
  void sizeIsAtLeastOneRow() {
    assertThat(PageRequest.of(0, 0).size()).isEqualTo(1);
    assertThat(PageRequest.of(0, -5).size()).isEqualTo(1);
  }

  @Test
  void sizeIsAtMostTwoHundredRows() {
    assertThat(PageRequest.of(0, 200).size()).isEqualTo(200);
    assertThat(PageRequest.of(0, 201).size()).isEqualTo(PageRequest.MAX_SIZE).isEqualTo(200);
    assertThat(PageRequest.of(0, Integer.MAX_VALUE).size()).isEqualTo(200);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void blankSearchMeansNoFilter(String search) {
    PageRequest request = new PageRequest(0, 20, null, true, search);

    assertThat(request.search()).isNull();
    assertThat(request.searchPattern()).isNull();
  }

  @Test
  void searchIsStripped() {
    assertThat(new PageRequest(0, 20, null, true, "  临渭区 ").search()).isEqualTo("临渭区");
  }

  @Test
  void searchPatternIsLowerCaseAndMatchesAnywhere() {
    assertThat(new PageRequest(0, 20, null, true, " SCJG ").searchPattern()).isEqualTo("%scjg%");
  }

  @Test
  void wildcardsTypedByTheUserAreMatchedLiterally() {
    PageRequest request = new PageRequest(0, 20, null, true, "50%_a\\b");

    assertThat(request.searchPattern()).isEqualTo("%50\\%\\_a\\\\b%");
  }

  @Test
  void backslashIsEscapedOnlyOnce() {
    assertThat(new PageRequest(0, 20, null, true, "\\%").searchPattern()).isEqualTo("%\\\\\\%%");
  }
}
