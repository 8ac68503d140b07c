package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.sandbox.AwsCli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.snapshot.SnapshotWriter;

/**
 * {@code icm sandbox --accounts-join-after}: the accounts still in the current organization join the
 * new one after the delay, as the AWS CLI (an independent reader of the sandbox) sees it.
 */
class SandboxAccountsJoinTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theAccountsStillOutsideJoinTheNewOrganizationAfterTheDelay() throws Exception {
        Path awsDir = dir.resolve("aws");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread thread = new Thread(() -> Main.run(new String[] {"sandbox", "--data", "demo-arriving", "--config-out",
                awsDir.toString(), "--accounts-join-after", "20s"}, new PrintWriter(out, true), new PrintWriter(err, true)));
        thread.start();
        try {
            JsonNode summary = firstLine(out, err);
            var aws = new Profiles(new AwsCli(summary.get("endpoint").asText(), dir), awsDir);
            assertThat(summary.at("/accountsJoin/accountIds").toString()).isEqualTo("[\"555555555555\",\"666666666666\"]");
            Instant at = Instant.parse(summary.at("/accountsJoin/at").asText());
            assertThat(Duration.between(Instant.now(), at)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));

            assertThat(accounts(aws, "sandbox-target")).contains("888888888888")
                    .doesNotContain("555555555555", "666666666666");
            assertThat(accounts(aws, "sandbox-source")).contains("555555555555", "666666666666");
            assertThat(Instant.now()).as("the AWS CLI read both organizations before the accounts moved").isBefore(at);

            while (Instant.now().isBefore(at.plusMillis(200))) {
                Thread.sleep(100);
            }
            assertThat(accounts(aws, "sandbox-target")).contains("555555555555", "666666666666");
            assertThat(accounts(aws, "sandbox-source")).doesNotContain("555555555555", "666666666666");
            JsonNode sandboxAccount = aws.run("sandbox-target", "organizations", "describe-account", "--account-id",
                    "666666666666").get("Account");
            assertThat(sandboxAccount.get("JoinedMethod").asText()).isEqualTo("INVITED");
            assertThat(sandboxAccount.get("Name").asText()).isEqualTo("larkspur-sandbox");
        } finally {
            thread.interrupt();
            thread.join(30_000);
        }
    }

    @Test
    void refusesABadDuration() {
        var run = CommandRun.of("sandbox", "--accounts-join-after", "soon");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("icm: --accounts-join-after must be a duration such as 20ms, 1s or 2m; got "
                + "'soon'." + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesDataWhereEveryAccountHasMoved() throws Exception {
        IdentityCenterConfig full = TestConfigs.full();
        var oneMember = new IdentityCenterConfig(full.source(),
                full.accounts().stream().filter(a -> !a.id().equals(TestConfigs.DEV_ACCOUNT)).toList(), full.users(),
                full.groups(), full.memberships(), full.permissionSets(),
                full.assignments().stream().filter(a -> !a.accountId().equals(TestConfigs.DEV_ACCOUNT)).toList(),
                full.accessControl(), full.applications());
        Path snapshot = dir.resolve("one-member.json");
        SnapshotWriter.write(snapshot, oneMember, Instant.now());
        var run = CommandRun.of("sandbox", "--data", snapshot.toString(), "--accounts-join-after", "1m");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("icm: --accounts-join-after: every member account of the data \"" + snapshot
                + "\" is already in the new organization, so none would join; use --data demo or demo-arriving."
                + System.lineSeparator());
    }

    private static JsonNode firstLine(StringWriter out, StringWriter err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString().contains("\n") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(out.toString()).as("first line; stderr: %s", err).contains("\n");
        return JSON.readTree(out.toString().lines().findFirst().orElseThrow());
    }

    private static List<String> accounts(Profiles aws, String profile) {
        var ids = new ArrayList<String>();
        aws.run(profile, "organizations", "list-accounts").get("Accounts").forEach(a -> ids.add(a.get("Id").asText()));
        return ids;
    }

    /** The AWS CLI with the profiles icm sandbox --config-out wrote (given the endpoint when it is too old to read it). */
    private record Profiles(AwsCli cli, Path awsDir) {
        JsonNode run(String profile, String... args) {
            return cli.runWithProfile(awsDir, profile, args).json();
        }
    }
}
