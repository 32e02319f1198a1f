package gov.approval.evaluation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a window visit's kiosk code is drawn: six digits, drawn again while a live visit holds it.
 */
class KioskCodeDrawTest {

  @Test
  void aCodeHeldByALiveVisitIsDrawnAgain() {
    Iterator<Integer> draws = List.of(42, 123456, 7).iterator();
    Set<String> live = Set.of("000042", "123456");
    List<String> tried = new ArrayList<>();

    String code =
        RatingService.firstFree(
                draws::next,
                c -> {
                  tried.add(c);
                  return !live.contains(c);
                },
                RatingService.CODE_DRAWS)
            .orElseThrow();

    assertThat(code).isEqualTo("000007");
    assertThat(tried).containsExactly("000042", "123456", "000007");
  }

  @Test
  void drawingGivesUpAfterItsAttempts() {
    int[] calls = {0};
    assertThat(RatingService.firstFree(() -> 999999, c -> ++calls[0] < 0, RatingService.CODE_DRAWS))
        .isEmpty();
    assertThat(calls[0]).isEqualTo(RatingService.CODE_DRAWS);
  }
}
