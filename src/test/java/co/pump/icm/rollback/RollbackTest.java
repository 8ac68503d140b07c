package co.pump.icm.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.compare.Category;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import then roll back, through the engine, against the demo sandbox over HTTP. */
class RollbackTest {

    @TempDir
    Path dir;

    @Test
    void theDemoImportRolledBackLeavesTheTargetByteForByteAsBeforeAndASecondRollbackWritesNothing() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path before = Rollbacks.snapshotOf(fixture.target(), dir.resolve("before.json"));
            Path journal = dir.resolve("journal.jsonl");
            ApplyResult imported = Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal);
            assertThat(imported.failures()).isEmpty();

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(plan.plan().count(Category.USERS, ChangeKind.DELETE)).isEqualTo(40);
            assertThat(plan.plan().count(Category.GROUPS, ChangeKind.DELETE)).isEqualTo(8);
            assertThat(plan.plan().count(Category.PERMISSION_SETS, ChangeKind.DELETE)).isEqualTo(12);
            assertThat(plan.writes()).hasSize((int) imported.items().size());
            assertThat(plan.leftAlone()).isEmpty();

            ApplyResult result = Rollbacks.apply(fixture.target(), plan);
            assertThat(result.failures()).isEmpty();
            assertThat(Rollbacks.verify(fixture.target(), plan).back()).isTrue();
            Path after = Rollbacks.snapshotOf(fixture.target(), dir.resolve("after.json"));
            assertThat(Files.readString(after)).isEqualTo(Files.readString(before));

            int writes = fixture.sandbox().calls().writes().size();
            RollbackPlan again = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(again.isEmpty()).isTrue();
            assertThat(again.alreadyBack()).isEqualTo(plan.checked());
            assertThat(fixture.sandbox().calls().writes()).hasSize(writes);
            assertThat(Files.readString(journal)).contains("\"type\":\"rollback-run\"")
                    .contains("\"type\":\"rollback-change\"").contains("\"type\":\"rollback-end\"");
        }
    }
}
