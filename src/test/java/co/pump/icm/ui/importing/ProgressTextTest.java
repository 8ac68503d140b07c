package co.pump.icm.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import co.pump.icm.compare.Category;
import org.junit.jupiter.api.Test;

/** The import's progress in words. */
class ProgressTextTest {

    @Test
    void overallProgressSaysHowManyOfHowManyAndTheTimeLeft() {
        assertThat(ProgressText.overall(1240, 5300, 240)).isEqualTo("1,240 of 5,300 · about 4 min left");
        assertThat(ProgressText.overall(0, 416, -1)).isEqualTo("0 of 416 · working out the time left");
        assertThat(ProgressText.overall(416, 416, 0)).isEqualTo("416 of 416");
    }

    @Test
    void timeLeftIsRoundedTheWayAPersonSaysIt() {
        assertThat(ProgressText.timeLeft(0)).isEqualTo("less than a minute left");
        assertThat(ProgressText.timeLeft(59)).isEqualTo("less than a minute left");
        assertThat(ProgressText.timeLeft(60)).isEqualTo("about 1 min left");
        assertThat(ProgressText.timeLeft(89)).isEqualTo("about 1 min left");
        assertThat(ProgressText.timeLeft(90)).isEqualTo("about 2 min left");
        assertThat(ProgressText.timeLeft(89 * 60)).isEqualTo("about 89 min left");
        assertThat(ProgressText.timeLeft(130 * 60)).isEqualTo("about 2 h 10 min left");
    }

    @Test
    void theRateIsInRequestsASecond() {
        assertThat(ProgressText.rate(0)).isEmpty();
        assertThat(ProgressText.rate(0.4)).isEqualTo("less than 1 request a second");
        assertThat(ProgressText.rate(1.2)).isEqualTo("about 1 request a second");
        assertThat(ProgressText.rate(19.4)).isEqualTo("about 19 requests a second");
    }

    @Test
    void throttlingIsSaidCalmlyAndOnlyWhenItHappened() {
        assertThat(ProgressText.throttled(0)).isEmpty();
        assertThat(ProgressText.throttled(1)).isEqualTo("AWS asked us to slow down once; that is normal and handled.");
        assertThat(ProgressText.throttled(12)).isEqualTo("AWS asked us to slow down 12 times; that is normal and handled.");
        assertThat(ProgressText.throttled(1500)).startsWith("AWS asked us to slow down 1,500 times");
    }

    @Test
    void aCategoryRowSaysHowItEnded() {
        assertThat(CategoryProgress.running(Category.USERS, 40, 12).text()).isEqualTo("12 of 40");
        assertThat(CategoryProgress.running(Category.USERS, 40, 12).fraction()).isEqualTo(0.3);
        assertThat(new CategoryProgress(Category.USERS, 40, 40, 0, 0, true).text()).isEqualTo("✓ 40 of 40 made");
        assertThat(new CategoryProgress(Category.ASSIGNMENTS, 58, 58, 2, 44, true).text())
                .isEqualTo("12 of 58 made · ✗ 2 failed · 44 not done");
        assertThat(new CategoryProgress(Category.ASSIGNMENTS, 58, 58, 2, 44, true).fraction()).isEqualTo(12 / 58.0);
    }
}
