package co.pump.icm.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.apply.Outcome;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.snapshot.SnapshotJson;
import co.pump.icm.verify.DriftCheck;

/**
 * An import starts while two accounts are still in the current organization; they join a little
 * later, and following gives their users access within one look of their arrival.
 */
class AccountFollowerTest {

    private static final Duration INTERVAL = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    @Test
    void accountsThatArriveAfterTheImportGetTheirAssignmentsWithinOneLook() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ofMillis(50))) {
            Plan plan = f.plan();
            AwaitedAccounts awaited = AwaitedAccounts.of(plan);
            assertThat(awaited.accounts()).extracting(AwaitedAccount::accountId)
                    .containsExactlyInAnyOrder(DemoData.SECURITY, DemoData.SANDBOX);
            assertThat(awaited.account(DemoData.SANDBOX).accountName()).isEqualTo("larkspur-sandbox");
            int expected = awaited.assignmentCount();
            assertThat(expected).isGreaterThan(4);

            String runId = f.importRun(plan);
            assertThat(f.assignmentsIn(DemoData.SANDBOX)).isZero();
            var join = f.joinAfter(Duration.ofSeconds(2));
            var arrivals = new CopyOnWriteArrayList<AccountTimeline>();
            FollowResult result = f.follower(plan, runId, INTERVAL, Duration.ofSeconds(60), new FollowListener() {
                @Override
                public void onArrival(AccountTimeline account) {
                    arrivals.add(account);
                }
            }).follow();

            assertThat(join.done()).isTrue();
            assertThat(result.end()).isEqualTo(FollowEnd.ALL_ARRIVED);
            assertThat(result.complete()).isTrue();
            assertThat(result.items()).hasSize(expected).allSatisfy(i -> assertThat(i.outcome()).isEqualTo(Outcome.SUCCEEDED));
            assertThat(arrivals).extracting(AccountTimeline::accountId).containsExactlyInAnyOrder(DemoData.SECURITY,
                    DemoData.SANDBOX);
            for (AccountTimeline t : result.accounts()) {
                assertThat(t.status()).isEqualTo(AccountTimeline.Status.ACCESS_GIVEN);
                assertThat(t.given()).isEqualTo(awaited.account(t.accountId()).assignments().size());
                assertThat(t.joinedAt()).isBetween(t.awaitedSince(), t.seenAt());
                // Seen at the first look after it joined (one interval, plus the look's own requests on a
                // busy machine), and its assignments made right after.
                assertThat(Duration.between(t.joinedAt(), t.seenAt())).isLessThanOrEqualTo(INTERVAL.plusSeconds(1));
                assertThat(Duration.between(t.seenAt(), t.accessAt())).isLessThan(Duration.ofSeconds(10));
                assertThat(f.assignmentsIn(t.accountId())).isEqualTo(t.given());
            }

            // The journal tells the same story, in the import's run.
            List<JsonNode> lines = lines(f.journal);
            assertThat(lines).allSatisfy(l -> assertThat(l.get("runId").asText()).isEqualTo(runId));
            assertThat(types(lines)).containsSubsequence("run", "end", "follow", "arrival", "change", "access", "follow-end");
            assertThat(lines.stream().filter(l -> l.get("type").asText().equals("change")
                    && l.get("changeId").asText().startsWith("assignment:" + DemoData.SANDBOX + "/")
                    && l.get("status").asText().equals("SUCCEEDED")).count())
                    .isEqualTo(awaited.account(DemoData.SANDBOX).assignments().size());
            JsonNode end = lines.get(lines.size() - 1);
            assertThat(end.get("type").asText()).isEqualTo("follow-end");
            assertThat(end.get("reason").asText()).isEqualTo("ALL_ARRIVED");
            assertThat(FollowHistory.read(f.journal).timelines(runId)).isEqualTo(result.accounts());

            // Verify finds nothing missing, and nothing is left for an import to do.
            DriftCheck check = DriftCheck.run(f.session, f.snapshot, PlanOptions.defaults(), ExportListener.NONE);
            assertThat(check.noDrift()).isTrue();
            assertThat(check.leftAlone()).noneSatisfy(i -> assertThat(i.detail()).contains("not in the new organization"));
            assertThat(f.plan().writes()).isEmpty();
        }
    }

    @Test
    void theTimeLimitStopsFollowingWithTheAccountsStillAwaited() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ZERO)) {
            Plan plan = f.plan();
            String runId = f.importRun(plan);
            long before = f.calls("ListAccounts");
            FollowResult result = f.follower(plan, runId, Duration.ofMillis(400), Duration.ofMillis(1500),
                    FollowListener.NONE).follow();
            assertThat(result.end()).isEqualTo(FollowEnd.TIME_LIMIT);
            assertThat(result.stillAwaited()).extracting(AccountTimeline::accountId)
                    .containsExactlyInAnyOrder(DemoData.SECURITY, DemoData.SANDBOX);
            assertThat(result.items()).isEmpty();
            // The organization has six accounts: one ListAccounts page per look costs less than asking
            // for each of the two awaited accounts. A look every 0.4 s for 1.5 s: never more than five
            // looks (one at the start, one per interval, one at the limit), however fast the machine.
            assertThat(f.calls("ListAccounts") - before).isBetween(2L, 5L);
            assertThat(f.calls("DescribeAccount")).isZero();
            assertThat(FollowHistory.read(f.journal).end(runId)).isEqualTo(FollowEnd.TIME_LIMIT);
        }
    }

    @Test
    void aSingleAwaitedAccountIsAskedForByItselfRatherThanListingTheOrganization() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ZERO)) {
            var options = PlanOptions.defaults().withAccountMap(co.pump.icm.plan.AccountMap.parse(
                    List.of(DemoData.SECURITY + "=skip")));
            Plan plan = f.session.plan(f.snapshot, options, ExportListener.NONE);
            assertThat(AwaitedAccounts.of(plan).accounts()).extracting(AwaitedAccount::accountId)
                    .containsExactly(DemoData.SANDBOX);
            String runId = f.importRun(plan);
            long lists = f.calls("ListAccounts");
            f.joinAfter(Duration.ofMillis(600));
            FollowResult result = f.follower(plan, runId, Duration.ofMillis(300), Duration.ofSeconds(30),
                    FollowListener.NONE).follow();
            assertThat(result.complete()).isTrue();
            assertThat(result.accounts()).extracting(AccountTimeline::accountId).containsExactly(DemoData.SANDBOX);
            assertThat(f.calls("DescribeAccount")).isBetween(2L, 5L);
            assertThat(f.calls("ListAccounts")).isEqualTo(lists);
            assertThat(f.assignmentsIn(DemoData.SECURITY)).as("not followed: the map skips it").isZero();
        }
    }

    @Test
    void whenDescribingAccountsIsDeniedTheOrganizationIsListedInstead() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ZERO)) {
            var options = PlanOptions.defaults().withAccountMap(co.pump.icm.plan.AccountMap.parse(
                    List.of(DemoData.SECURITY + "=skip")));
            Plan plan = f.session.plan(f.snapshot, options, ExportListener.NONE);
            String runId = f.importRun(plan);
            synchronized (f.sandbox.world()) {
                f.sandbox.world().policies.put(f.sandbox.seeded().target().accessKeyId(),
                        co.pump.icm.aws.signin.PermissionPolicy.IMPORT.actions());
            }
            f.joinAfter(Duration.ofMillis(600));
            FollowResult result = f.follower(plan, runId, Duration.ofMillis(300), Duration.ofSeconds(30),
                    FollowListener.NONE).follow();
            assertThat(result.complete()).isTrue();
            assertThat(f.calls("DescribeAccount")).as("tried once, denied").isEqualTo(1);
            assertThat(f.calls("ListAccounts")).isPositive();
        }
    }

    @Test
    void whenAwsRefusesToShowTheOrganizationFollowingStopsWithTheReason() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ZERO)) {
            Plan plan = f.plan();
            String runId = f.importRun(plan);
            synchronized (f.sandbox.world()) {
                f.sandbox.world().policies.put(f.sandbox.seeded().target().accessKeyId(),
                        java.util.Set.of("sso:ListInstances", "identitystore:ListUsers"));
            }
            FollowResult result = f.follower(plan, runId, Duration.ofMillis(300), Duration.ofSeconds(30),
                    FollowListener.NONE).follow();
            assertThat(result.end()).isEqualTo(FollowEnd.STOPPED_BY_AWS);
            assertThat(result.problem()).isEqualTo("AWS denied organizations:ListAccounts on the new organization. Add "
                    + "organizations:ListAccounts to the policy of the identity you signed in with (docs/permissions.md "
                    + "lists what the migrator needs).");
            assertThat(result.stillAwaited()).hasSize(2);
            JsonNode end = lines(f.journal).get(lines(f.journal).size() - 1);
            assertThat(end.get("reason").asText()).isEqualTo("STOPPED_BY_AWS");
            assertThat(end.get("problem").asText()).isEqualTo(result.problem());
        }
    }

    static List<JsonNode> lines(Path journal) throws Exception {
        var result = new java.util.ArrayList<JsonNode>();
        for (String line : Files.readAllLines(journal)) {
            result.add(SnapshotJson.mapper().readTree(line));
        }
        return result;
    }

    static List<String> types(List<JsonNode> lines) {
        return lines.stream().map(l -> l.get("type").asText()).toList();
    }
}
