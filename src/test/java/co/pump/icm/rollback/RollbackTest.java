package co.pump.icm.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.kind.ConfigurationComparer;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.testing.Inventory;
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
            Inventory readBefore = fixture.readTarget();
            Path journal = dir.resolve("journal.jsonl");
            ApplyResult imported = Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal);
            assertThat(imported.failures()).isEmpty();

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            // The user disabled in the source was not imported.
            assertThat(plan.plan().count(Category.USERS, ChangeKind.DELETE)).isEqualTo(39);
            assertThat(plan.plan().count(Category.GROUPS, ChangeKind.DELETE)).isEqualTo(8);
            assertThat(plan.plan().count(Category.PERMISSION_SETS, ChangeKind.DELETE)).isEqualTo(12);
            assertThat(plan.writes()).hasSize((int) imported.items().size());
            assertThat(plan.leftAlone()).isEmpty();

            ApplyResult result = Rollbacks.apply(fixture.target(), plan);
            assertThat(result.failures()).isEmpty();
            assertThat(Rollbacks.verify(fixture.target(), plan).back()).isTrue();
            Path after = Rollbacks.snapshotOf(fixture.target(), dir.resolve("after.json"));
            assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
            fixture.readTarget().assertSameAs(readBefore, "The target after the rollback");

            int writes = fixture.sandbox().calls().writes().size();
            RollbackPlan again = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(again.isEmpty()).isTrue();
            assertThat(again.alreadyBack()).isEqualTo(plan.checked());
            assertThat(fixture.sandbox().calls().writes()).hasSize(writes);
            assertThat(Files.readString(journal)).contains("\"type\":\"rollback-run\"")
                    .contains("\"type\":\"rollback-change\"").contains("\"type\":\"rollback-end\"");
        }
    }

    @Test
    void anImportWithFailedItemsIsRolledBackToo() throws Exception {
        try (var fixture = SandboxFixture.start(co.pump.icm.sandbox.data.DemoData.scenarioWithMissingPolicy(), 7,
                o -> o)) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path before = Rollbacks.snapshotOf(fixture.target(), dir.resolve("before.json"));
            Path journal = dir.resolve("journal.jsonl");
            ApplyResult imported = Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal);
            assertThat(imported.failures()).isNotEmpty();

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(plan.alreadyBack()).isEqualTo(imported.failures().size());
            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            Path after = Rollbacks.snapshotOf(fixture.target(), dir.resolve("after.json"));
            assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
        }
    }

    @Test
    void assignmentRequestsStillInProgressAreWaitedForBeforeTheTargetIsRead() {
        try (var fixture = SandboxFixture.start(co.pump.icm.sandbox.data.DemoData.scenario(), 3,
                o -> o.withAssignmentDelay(java.time.Duration.ofSeconds(3)))) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path journal = dir.resolve("journal.jsonl");
            // Two assignments are enough, and keep the import short with slow assignments.
            var keep = snapshot.assignments().stream()
                    .filter(a -> a.accountId().equals(co.pump.icm.sandbox.data.DemoData.PROD)).limit(2).toList();
            var others = snapshot.assignments().stream().filter(a -> !keep.contains(a))
                    .map(a -> co.pump.icm.plan.ChangeIds.assignment(a.key())).collect(java.util.stream.Collectors.toSet());
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults().withDeselected(others), journal);
            IdentityCenterConfig imported = Rollbacks.export(fixture.target());
            assertThat(imported.assignments()).hasSizeBetween(1, 2);
            var assignment = imported.assignments().get(0);
            String arn = TargetData.find(imported.permissionSets(), p -> p.name().equals(assignment.permissionSetName()))
                    .origin().id();
            var warnings = new java.util.ArrayList<String>();
            try (var clients = co.pump.icm.aws.AwsClients.open(fixture.target(), 8)) {
                // As a killed run leaves it: a deletion sent, not finished yet.
                clients.ssoAdmin().deleteAccountAssignment(r -> r.instanceArn(imported.source().instanceArn())
                        .targetId(assignment.accountId()).targetType("AWS_ACCOUNT").permissionSetArn(arn)
                        .principalType(assignment.principalType().name()).principalId(assignment.origin().id()));
                RollbackPlan plan = new RollbackSession(clients, new co.pump.icm.aws.AwsCallRunner(Rollbacks.FAST))
                        .plan(ImportJournal.read(journal), null, new co.pump.icm.aws.ExportListener() {
                            @Override
                            public void onProgress(co.pump.icm.aws.ExportProgress progress) {
                            }

                            @Override
                            public void onWarning(String warning) {
                                warnings.add(warning);
                            }
                        });
                assertThat(warnings).containsExactly("1 account assignment request is still in progress in the target "
                        + "(a run may have been stopped); waiting for AWS to finish before reading it.");
                assertThat(plan.plan().count(Category.ASSIGNMENTS, ChangeKind.UNCHANGED)).isEqualTo(1);
            }
        }
    }

    @Test
    void aJournalLeftByAKilledImportIsEnough() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path before = Rollbacks.snapshotOf(fixture.target(), dir.resolve("before.json"));
            Path journal = dir.resolve("journal.jsonl");
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal);
            // As if killed: no end line, half a line at the end, and the outcomes of the
            // assignments and some users never written (their started lines are there).
            List<String> kept = Files.readAllLines(journal).stream()
                    .filter(l -> !l.contains("\"type\":\"end\""))
                    .filter(l -> !l.contains("\"type\":\"change\"") || l.contains("\"status\":\"started\"")
                            || !(l.contains("\"category\":\"ASSIGNMENTS\"") || l.contains("\"changeId\":\"user:m")))
                    .toList();
            Files.write(journal, kept);
            Files.writeString(journal, "{\"type\":\"change\",\"runId\":\"", java.nio.file.StandardOpenOption.APPEND);

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(plan.notes()).containsExactly(
                    "The journal's last line is incomplete (the program was stopped while writing it); it is left out.",
                    "The import did not finish (it was stopped); " + plan.run().unfinishedChanges() + " changes were "
                            + "started without a recorded outcome, and the target was checked for each.");
            assertThat(plan.run().unfinishedChanges()).isGreaterThan(20);
            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            Path after = Rollbacks.snapshotOf(fixture.target(), dir.resolve("after.json"));
            assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
        }
    }

    @Test
    void whatAnEarlierRunImportedStaysExactlyAsItWas() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path journal = dir.resolve("journal.jsonl");
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults().withCategories(
                    EnumSet.of(Category.GROUPS, Category.PERMISSION_SETS)), journal);
            Path before = Rollbacks.snapshotOf(fixture.target(), dir.resolve("before.json"));
            assertThat(Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal).failures())
                    .isEmpty();

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(plan.plan().count(Category.GROUPS, ChangeKind.DELETE)).isZero();
            assertThat(plan.plan().count(Category.PERMISSION_SETS, ChangeKind.DELETE)).isZero();
            // The user disabled in the source was not imported.
            assertThat(plan.plan().count(Category.USERS, ChangeKind.DELETE)).isEqualTo(39);
            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            Path after = Rollbacks.snapshotOf(fixture.target(), dir.resolve("after.json"));
            assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
        }
    }

    @Test
    void rollingBackAnEarlierRunUnderALaterOneLeavesWhatTheLaterOneBuiltOnInConflict() {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path journal = dir.resolve("journal.jsonl");
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults().withCategories(
                    EnumSet.of(Category.GROUPS)), journal);
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal);
            String first = ImportJournal.read(journal).runs().get(0).runId();

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, first);
            assertThat(plan.writes()).isEmpty();
            Change<?> admins = plan.plan().change("group:Cloud Admins");
            assertThat(admins).isInstanceOf(Change.Conflict.class);
            assertThat(((Change.Conflict<?>) admins).reason()).startsWith("it has picked up members or access since "
                    + "the run (").contains("member daniel.reyes@larkspur.example")
                    .endsWith("deleting the group would remove them too. Remove them first, or keep the group");
        }
    }

    @Test
    void aTargetThatHeldItemsBeforeGetsThemBackAsTheyWereAndKeepsItsOwn() {
        try (var fixture = SandboxFixture.start(TargetData.scenario(), 5, o -> o)) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            IdentityCenterConfig before = Rollbacks.export(fixture.target());
            Path journal = dir.resolve("journal.jsonl");
            assertThat(Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal).failures())
                    .isEmpty();

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(plan.plan().count(ChangeKind.UPDATE)).isEqualTo(TargetData.UPDATES);
            assertThat(plan.plan().change("user:" + TargetData.DANIEL)).isNull();
            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            assertThat(Rollbacks.verify(fixture.target(), plan).back()).isTrue();

            IdentityCenterConfig after = Rollbacks.export(fixture.target());
            assertThat(ConfigurationComparer.compare(before, after, CompareOptions.migratedOnly()).hasDifferences())
                    .isFalse();
            // Pump's own items and the customer's pre-existing ones are the same items, untouched or put back.
            assertThat(after.users()).containsAll(before.users().stream()
                    .filter(u -> !u.userName().equals(TargetData.MAYA)).toList());
            assertThat(TargetData.find(after.users(), u -> u.userName().equals(TargetData.MAYA)).origin().id())
                    .isEqualTo(TargetData.find(before.users(), u -> u.userName().equals(TargetData.MAYA)).origin().id());
            assertThat(after.memberships()).containsExactlyInAnyOrderElementsOf(before.memberships());
            assertThat(after.assignments()).containsExactlyInAnyOrderElementsOf(before.assignments());
            assertThat(after.permissionSets().get(0).origin().id()).isEqualTo(before.permissionSets().get(0).origin().id());
        }
    }

    @Test
    void whatTheRunDeletedIsCreatedAgain() {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), dir.resolve("first.jsonl"));
            IdentityCenterConfig before = Rollbacks.export(fixture.target());
            Path journal = dir.resolve("second.jsonl");
            var deletes = Rollbacks.importInto(fixture.target(), without(snapshot, "emily.watson@larkspur.example",
                    "Finance", "Billing"), PlanOptions.defaults().withDeleteAbsent(true), journal);
            assertThat(deletes.failures()).isEmpty();
            assertThat(deletes.items()).hasSizeGreaterThan(10);

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            // What the run deleted is created again; the people Emily managed, whom the run left without
            // a manager, get her back (the new Emily's ID, once she exists).
            assertThat(plan.writes()).hasSize(deletes.items().size()).allMatch(c -> c instanceof Change.Create<?>
                    || c instanceof Change.Update<?> u && ((User) u.item()).manager().equals("emily.watson@larkspur.example")
                    && u.fields().stream().map(f -> f.path()).toList().equals(List.of("enterprise.manager")));
            assertThat(plan.writes()).filteredOn(c -> c instanceof Change.Update<?>).hasSize(9);
            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            assertThat(Rollbacks.verify(fixture.target(), plan).back()).isTrue();
            IdentityCenterConfig after = Rollbacks.export(fixture.target());
            assertThat(ConfigurationComparer.compare(before, after, CompareOptions.migratedOnly()).hasDifferences())
                    .isFalse();
        }
    }

    @Test
    void anItemEditedByHandAfterTheImportIsLeftAloneWithTheReason() {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path journal = dir.resolve("journal.jsonl");
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal);
            new TargetEdits(fixture.target()).setUserAttribute(TargetData.RACHEL, "displayName", "Rachel G.");

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            Change<?> rachel = plan.plan().change("user:" + TargetData.RACHEL);
            assertThat(rachel).isInstanceOf(Change.Skip.class);
            assertThat(((Change.Skip<?>) rachel).reason()).isEqualTo("changed since the run: displayName");
            assertThat(plan.leftAlone()).containsExactly(rachel);
            assertThat(RollbackText.render(plan)).contains("· " + TargetData.RACHEL
                    + " — skipped: changed since the run: displayName");

            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            RollbackVerification verification = Rollbacks.verify(fixture.target(), plan);
            assertThat(verification.notBack()).extracting(Change::id).containsExactly("user:" + TargetData.RACHEL);
            IdentityCenterConfig after = Rollbacks.export(fixture.target());
            assertThat(after.users()).singleElement().extracting(u -> u.displayName()).isEqualTo("Rachel G.");
            assertThat(after.memberships()).isEmpty();
        }
    }

    @Test
    void aUserWhoJoinedAGroupSinceTheRunIsAConflictAndKeepsTheMembership() {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path journal = dir.resolve("journal.jsonl");
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal);
            new TargetEdits(fixture.target()).addToGroup(TargetData.RACHEL, "Break Glass");

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            Change<?> rachel = plan.plan().change("user:" + TargetData.RACHEL);
            assertThat(rachel).isInstanceOf(Change.Conflict.class);
            assertThat(((Change.Conflict<?>) rachel).reason()).isEqualTo("it has picked up group memberships or access "
                    + "since the run (group Break Glass); deleting the user would remove them too. Remove them first, "
                    + "or keep the user");
            assertThat(plan.plan().change("group:Break Glass")).isInstanceOf(Change.Conflict.class);
            assertThat(plan.leftAlone()).hasSize(2);

            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            IdentityCenterConfig after = Rollbacks.export(fixture.target());
            assertThat(after.memberships()).containsExactly(new GroupMembership("Break Glass", TargetData.RACHEL,
                    after.memberships().get(0).origin()));
            assertThat(after.users()).hasSize(1);
            assertThat(after.groups()).hasSize(1);
            assertThat(Rollbacks.verify(fixture.target(), plan).notBack()).hasSize(2);
        }
    }

    @Test
    void aUserWhoStaysKeepsTheirManagersUpTheChain() {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path journal = dir.resolve("journal.jsonl");
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal);
            new TargetEdits(fixture.target()).setUserAttribute(TargetData.TOM, "title", "Staff Engineer");

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(plan.plan().change("user:" + TargetData.TOM)).isInstanceOf(Change.Skip.class);
            // Tom stays and names Daniel as his manager, who names Maya, who names George.
            String george = "george.harris@larkspur.example";
            assertThat(plan.leftAlone()).extracting(Change::id).containsExactlyInAnyOrder("user:" + TargetData.TOM,
                    "user:" + TargetData.DANIEL, "user:" + TargetData.MAYA, "user:" + george);
            assertThat(((Change.Conflict<?>) plan.plan().change("user:" + TargetData.DANIEL)).reason())
                    .isEqualTo("it is the manager of " + TargetData.TOM + ", who stays; deleting the user would leave "
                            + "a manager who does not exist. Give them another manager first, or keep the user");
            assertThat(((Change.Conflict<?>) plan.plan().change("user:" + george)).reason())
                    .startsWith("it is the manager of " + TargetData.MAYA + ", who stays;");

            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            IdentityCenterConfig after = Rollbacks.export(fixture.target());
            assertThat(after.users()).extracting(u -> u.userName() + " → " + u.manager()).containsExactlyInAnyOrder(
                    TargetData.TOM + " → " + TargetData.DANIEL, TargetData.DANIEL + " → " + TargetData.MAYA,
                    TargetData.MAYA + " → " + george, george + " → null");
        }
    }

    @Test
    void aPermissionSetAssignedSinceTheRunIsAConflict() {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path journal = dir.resolve("journal.jsonl");
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal);
            IdentityCenterConfig imported = Rollbacks.export(fixture.target());
            var billing = TargetData.find(imported.permissionSets(), p -> p.name().equals("Billing"));
            var maya = TargetData.find(imported.users(), u -> u.userName().equals(TargetData.MAYA));
            try (var clients = co.pump.icm.aws.AwsClients.open(fixture.target(), 4)) {
                new co.pump.icm.aws.InstanceWriter(clients, new co.pump.icm.aws.AwsCallRunner(Rollbacks.FAST),
                        imported.source().instanceArn(), imported.source().identityStoreId())
                        .createAssignment("777777777777", billing.origin().id(), co.pump.icm.model.PrincipalType.USER,
                                maya.origin().id(), "by hand");
            }

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(plan.plan().change("permission-set:Billing")).isInstanceOfSatisfying(Change.Conflict.class,
                    conflict -> assertThat(conflict.reason()).isEqualTo("it has been assigned since the run "
                            + "(777777777777 / Billing / USER " + TargetData.MAYA + "); AWS deletes a permission set "
                            + "only once it has no assignments. Remove them first, or keep the permission set"));
            assertThat(((Change.Conflict<?>) plan.plan().change("user:" + TargetData.MAYA)).reason())
                    .contains("(access to 777777777777 / Billing / USER " + TargetData.MAYA + ")");
            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            IdentityCenterConfig after = Rollbacks.export(fixture.target());
            assertThat(after.permissionSets()).extracting(p -> p.name()).containsExactly("Billing");
            assertThat(after.assignments()).hasSize(1);
        }
    }

    @Test
    void aChangeBetweenPlanningAndWritingIsCaughtRightBeforeTheWrite() {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path journal = dir.resolve("journal.jsonl");
            Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal);
            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            var edits = new TargetEdits(fixture.target());
            edits.setUserAttribute(TargetData.MAYA, "title", "CTO");
            edits.addToGroup(TargetData.DANIEL, "Break Glass");

            ApplyResult result = Rollbacks.apply(fixture.target(), plan);
            assertThat(result.failures()).extracting(ItemResult::changeId, ItemResult::outcome).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("user:" + TargetData.MAYA, Outcome.NOT_ATTEMPTED),
                    org.assertj.core.groups.Tuple.tuple("user:" + TargetData.DANIEL, Outcome.NOT_ATTEMPTED),
                    org.assertj.core.groups.Tuple.tuple("group:Break Glass", Outcome.NOT_ATTEMPTED));
            assertThat(reason(result, "user:" + TargetData.MAYA))
                    .isEqualTo("the user changed or was deleted since the rollback was planned");
            assertThat(reason(result, "user:" + TargetData.DANIEL)).isEqualTo("the user still has group Break Glass, "
                    + "which the rollback does not remove; deleting it would remove them too");
            IdentityCenterConfig after = Rollbacks.export(fixture.target());
            assertThat(after.users()).extracting(u -> u.userName())
                    .containsExactlyInAnyOrder(TargetData.MAYA, TargetData.DANIEL);
        }
    }

    private static String reason(ApplyResult result, String id) {
        return result.items().stream().filter(i -> i.changeId().equals(id)).findFirst().orElseThrow().reason();
    }

    /** The snapshot without one user, one group and one permission set, and what refers to them. */
    private static IdentityCenterConfig without(IdentityCenterConfig c, String user, String group, String set) {
        List<AccountAssignment> assignments = c.assignments().stream().filter(a -> !a.permissionSetName().equals(set)
                && !a.principalName().equals(user) && !a.principalName().equals(group)).toList();
        return new IdentityCenterConfig(c.source(), c.accounts(),
                // As an export of that organization would have it: nobody's manager is the user removed.
                c.users().stream().filter(u -> !u.userName().equals(user))
                        .map(u -> user.equals(u.manager()) ? u.withManager(null) : u).toList(),
                c.groups().stream().filter(g -> !g.displayName().equals(group)).toList(),
                c.memberships().stream().filter(m -> !m.userName().equals(user) && !m.groupName().equals(group)).toList(),
                c.permissionSets().stream().filter(p -> !p.name().equals(set)).toList(),
                assignments, c.accessControl(), c.applications());
    }
}
