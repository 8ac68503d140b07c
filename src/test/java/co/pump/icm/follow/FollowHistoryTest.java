package co.pump.icm.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the story of following back from a journal, across runs into the same instance only. */
class FollowHistoryTest {

    private static final String SANDBOX = "{\"accountId\":\"666666666666\",\"accountName\":\"larkspur-sandbox\","
            + "\"assignments\":[{\"changeId\":\"assignment:666666666666/ReadOnly/GROUP/Devs\",\"label\":\"l\","
            + "\"assignment\":{\"accountId\":\"666666666666\",\"permissionSetName\":\"ReadOnly\",\"principalType\":"
            + "\"GROUP\",\"principalName\":\"Devs\"}}]}";

    @TempDir
    Path dir;

    @Test
    void timelinesGoOnFromAnEarlierRunIntoTheSameInstanceOnly() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Files.write(journal, List.of(
                run("r1", "arn:aws:sso:::instance/ssoins-aaaaaaaaaaaaaaaa", "2026-12-01T10:00:00Z"),
                line("follow", "r1", "2026-12-01T10:00:05Z", "\"since\":\"2026-12-01T10:00:04Z\",\"awaited\":[" + SANDBOX + "]"),
                line("follow-end", "r1", "2026-12-01T10:01:00Z", "\"reason\":\"CANCELLED\",\"stillAwaited\":[\"666666666666\"]"),
                run("other", "arn:aws:sso:::instance/ssoins-bbbbbbbbbbbbbbbb", "2026-12-01T10:30:00Z"),
                line("follow", "other", "2026-12-01T10:30:05Z", "\"since\":\"2026-12-01T10:30:05Z\",\"awaited\":[" + SANDBOX + "]"),
                run("r2", "arn:aws:sso:::instance/ssoins-aaaaaaaaaaaaaaaa", "2026-12-01T11:00:00Z"),
                line("change", "r2", "2026-12-01T11:00:02Z", "\"changeId\":\"user:alice\",\"status\":\"SUCCEEDED\","
                        + "\"ids\":{\"userId\":\"u-1\"}"),
                line("follow", "r2", "2026-12-01T11:00:05Z", "\"since\":\"2026-12-01T11:00:05Z\",\"awaited\":[" + SANDBOX + "]"),
                line("arrival", "r2", "2026-12-01T11:02:01Z", "\"accountId\":\"666666666666\",\"joinedAt\":"
                        + "\"2026-12-01T11:01:40Z\",\"seenAt\":\"2026-12-01T11:02:00Z\""),
                line("access", "r2", "2026-12-01T11:02:04Z", "\"accountId\":\"666666666666\",\"created\":1,\"given\":1,"
                        + "\"notDone\":0,\"at\":\"2026-12-01T11:02:03Z\""),
                line("a-kind-of-line-from-a-newer-icm", "r2", "2026-12-01T11:02:05Z", "\"x\":1"),
                "{\"type\":\"follow-end\",\"runId\":\"r2\",\"ti"));

        FollowHistory history = FollowHistory.read(journal);
        List<AccountTimeline> r2 = history.timelines("r2");
        assertThat(r2).containsExactly(new AccountTimeline("666666666666", "larkspur-sandbox", 1,
                Instant.parse("2026-12-01T10:00:04Z"), Instant.parse("2026-12-01T11:01:40Z"),
                Instant.parse("2026-12-01T11:02:00Z"), Instant.parse("2026-12-01T11:02:03Z"), 1, 0));
        assertThat(r2.get(0).status()).isEqualTo(AccountTimeline.Status.ACCESS_GIVEN);
        assertThat(history.timelines("r1").get(0).status()).isEqualTo(AccountTimeline.Status.AWAITED);
        assertThat(history.timelines("other").get(0).awaitedSince()).isEqualTo(Instant.parse("2026-12-01T10:30:05Z"));
        assertThat(history.end("r1")).isEqualTo(FollowEnd.CANCELLED);
        assertThat(history.end("r2")).as("its end line was cut short").isNull();
        assertThat(history.followed("r2")).isTrue();
        assertThat(history.createdIds("r2")).containsEntry("user:alice", java.util.Map.of("userId", "u-1"));
        assertThat(history.unfinishedBefore("r2")).as("r2 gave the access r1 could not").isEmpty();
        assertThat(history.unfinishedBefore("r1")).isEmpty();
        assertThat(history.arrivedIn("r2")).containsExactly("666666666666");
    }

    @Test
    void whatAnEarlierRunAwaitedAndDidNotFinishIsPickedUp() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Files.write(journal, List.of(
                run("r1", "arn:aws:sso:::instance/ssoins-aaaaaaaaaaaaaaaa", "2026-12-01T10:00:00Z"),
                line("follow", "r1", "2026-12-01T10:00:05Z", "\"since\":\"2026-12-01T10:00:04Z\",\"awaited\":[" + SANDBOX + "]"),
                run("r2", "arn:aws:sso:::instance/ssoins-aaaaaaaaaaaaaaaa", "2026-12-01T11:00:00Z")));
        FollowHistory history = FollowHistory.read(journal);
        assertThat(history.unfinishedBefore("r2")).singleElement().satisfies(a -> {
            assertThat(a.accountId()).isEqualTo("666666666666");
            assertThat(a.assignments()).extracting(AwaitedAssignment::changeId)
                    .containsExactly("assignment:666666666666/ReadOnly/GROUP/Devs");
        });
        assertThat(history.timelines("r2")).singleElement().satisfies(t -> assertThat(t.awaitedSince())
                .isEqualTo(Instant.parse("2026-12-01T10:00:04Z")));
    }

    @Test
    void aJournalThatDoesNotExistYetHasNoHistory() {
        FollowHistory history = FollowHistory.read(dir.resolve("none.jsonl"));
        assertThat(history.timelines("r1")).isEmpty();
        assertThat(history.followed("r1")).isFalse();
    }

    private static String run(String runId, String instanceArn, String time) {
        return line("run", runId, time, "\"target\":{\"instanceArn\":\"" + instanceArn + "\"}");
    }

    private static String line(String type, String runId, String time, String fields) {
        return "{\"type\":\"" + type + "\",\"runId\":\"" + runId + "\",\"time\":\"" + time + "\"," + fields + "}";
    }
}
