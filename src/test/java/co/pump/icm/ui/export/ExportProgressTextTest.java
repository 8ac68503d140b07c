package co.pump.icm.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import co.pump.icm.aws.ExportProgress;
import co.pump.icm.model.Account;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;
import org.junit.jupiter.api.Test;

/** The export's progress in words, and the suggested file name. */
class ExportProgressTextTest {

    private static ExportProgress reading(int groups, int groupsDone, int sets, int setsTotal, long throttled) {
        return new ExportProgress(ExportProgress.Phase.READING, 1240, groups, 3000, groupsDone, sets, setsTotal, 60,
                152, throttled, 0);
    }

    @Test
    void categoriesFillInWithWhatIsKnown() {
        assertThat(ExportProgressText.categories(reading(80, 40, 7, 12, 0))).containsExactly(
                new CategoryCount("Users", "1,240", CategoryCount.State.READING),
                new CategoryCount("Groups", "80", CategoryCount.State.READING),
                new CategoryCount("Group memberships", "3,000  (40 of 80 groups)", CategoryCount.State.READING),
                new CategoryCount("Permission sets", "7 of 12", CategoryCount.State.READING),
                new CategoryCount("Account assignments", "60", CategoryCount.State.READING),
                new CategoryCount("Access control attributes", "—", CategoryCount.State.READING),
                new CategoryCount("Trusted token issuers", "—", CategoryCount.State.READING),
                new CategoryCount("Applications", "—", CategoryCount.State.READING),
                new CategoryCount("Application access scopes", "—", CategoryCount.State.READING),
                new CategoryCount("Application assignments", "—", CategoryCount.State.READING));
        assertThat(ExportProgressText.categories(reading(80, 40, 7, 12, 0))).extracting(CategoryCount::mark)
                .containsOnly("…");
        assertThat(ExportProgressText.none()).extracting(CategoryCount::mark).containsOnly("");
    }

    @Test
    void theFractionAndTimeLeftAreCalm() {
        assertThat(ExportProgressText.fraction(reading(80, 40, 7, 12, 0))).isEqualTo(47.0 / 92);
        assertThat(ExportProgressText.fraction(reading(0, 0, 0, 0, 0))).isEqualTo(-1);
        assertThat(ExportProgressText.fraction(reading(80, 80, 12, 12, 0))).as("every part read, the export not done")
                .isEqualTo(0.95);
        assertThat(ExportProgressText.timeLeft(0.5, Duration.ofMinutes(4))).isEqualTo("about 4 min left");
        assertThat(ExportProgressText.timeLeft(0.9, Duration.ofSeconds(30))).isEqualTo("less than a minute left");
        assertThat(ExportProgressText.timeLeft(0.01, Duration.ofMinutes(1))).as("too early to tell").isEmpty();
        assertThat(ExportProgressText.line(reading(80, 40, 7, 12, 0), Duration.ofSeconds(1)))
                .isEqualTo("4,387 items read · 152 requests to AWS");
    }

    @Test
    void throttlingIsSaidInPlainWords() {
        assertThat(ExportProgressText.throttling(0, 0)).isEmpty();
        assertThat(ExportProgressText.throttling(1, 0)).isEqualTo("AWS asked us to slow down once; that is normal and handled.");
        assertThat(ExportProgressText.throttling(12, 2)).isEqualTo("AWS asked us to slow down 12 times; that is normal "
                + "and handled. 2 requests were sent again after a brief hiccup.");
    }

    @Test
    void theSuggestedNameUsesTheInstanceOrAccountName() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        var source = new SourceInfo("111111111111", "o-acme1234", "111111111111", "us-east-1", null, null, "Acme Corp", null);
        assertThat(SnapshotFileName.suggested(config(source, List.of()), day))
                .isEqualTo("acme-corp-identity-center-2026-11-27.json");
        var unnamed = new SourceInfo("111111111111", "o-acme1234", "111111111111", "us-east-1", null, null, null, null);
        assertThat(SnapshotFileName.suggested(config(unnamed, List.of(new Account("111111111111", "acme-management",
                null, "ACTIVE"))), day)).isEqualTo("acme-management-identity-center-2026-11-27.json");
        assertThat(SnapshotFileName.suggested(config(unnamed, List.of()), day))
                .isEqualTo("o-acme1234-identity-center-2026-11-27.json");
        assertThat(SnapshotFileName.suggested(IdentityCenterConfig.empty(null), day))
                .isEqualTo("aws-identity-center-2026-11-27.json");
    }

    private static IdentityCenterConfig config(SourceInfo source, List<Account> accounts) {
        return new IdentityCenterConfig(source, accounts, List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of());
    }
}
