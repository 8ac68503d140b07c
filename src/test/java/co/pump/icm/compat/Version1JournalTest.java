package co.pump.icm.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Category;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.report.JournalReader;
import co.pump.icm.rollback.ImportJournal;
import co.pump.icm.rollback.JournaledChange;
import co.pump.icm.rollback.JournaledStatus;

/** The journal icm 0.1.0 wrote for an import of the demo reads back whole, for the rollback and the report. */
class Version1JournalTest {

    @Test
    void theRollbackReadsEveryChangeWithItsRecords() {
        var journal = ImportJournal.read(V1Files.file("demo.journal.jsonl"));
        assertThat(journal.runs()).hasSize(1);
        var run = journal.run(null);
        assertThat(run.finished()).isTrue();
        assertThat(run.target().instanceArn()).isEqualTo("arn:aws:sso:::instance/ssoins-c0614a06a2179f2f");
        assertThat(run.changes()).hasSize(151).allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.CREATE);
            assertThat(change.status()).isEqualTo(JournaledStatus.SUCCEEDED);
            assertThat(change.after()).as(change.changeId()).isNotNull();
        });
        Map<Category, Long> byCategory = run.changes().stream()
                .collect(Collectors.groupingBy(JournaledChange::category, Collectors.counting()));
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(Map.of(Category.USERS, 40L, Category.GROUPS, 8L,
                Category.MEMBERSHIPS, 43L, Category.PERMISSION_SETS, 12L, Category.ASSIGNMENTS, 48L));
        var user = run.changes().stream().filter(c -> c.category() == Category.USERS).findFirst().orElseThrow();
        assertThat(user.after()).isInstanceOf(User.class);
        assertThat(user.ids()).containsKey("userId");
        var set = run.changes().stream().filter(c -> c.category() == Category.PERMISSION_SETS).findFirst().orElseThrow();
        assertThat(set.after()).isInstanceOf(PermissionSet.class);
        var assignment = run.changes().stream().filter(c -> c.category() == Category.ASSIGNMENTS).findFirst()
                .orElseThrow();
        assertThat(assignment.after()).isInstanceOf(AccountAssignment.class);
        assertThat(assignment.ids()).containsKeys("accountId", "permissionSetArn", "principalId");
    }

    @Test
    void theReportReadsThePlanAndEveryOutcome() {
        var run = JournalReader.run(V1Files.file("demo.journal.jsonl"), null);
        assertThat(run.finished()).isTrue();
        assertThat(run.items()).hasSize(151);
        assertThat(run.planned().get(Category.ASSIGNMENTS)).containsEntry(ChangeKind.CREATE, 48)
                .containsEntry(ChangeKind.SKIP, 12);
        assertThat(run.leftAlone()).hasSize(12);
        assertThat(run.options().categories()).containsExactlyInAnyOrder(Category.USERS, Category.GROUPS,
                Category.MEMBERSHIPS, Category.PERMISSION_SETS, Category.ASSIGNMENTS);
        // The option did not exist then: such a journal reads with the default (disabled users left out).
        assertThat(run.options().includeDisabledUsers()).isFalse();
    }
}
