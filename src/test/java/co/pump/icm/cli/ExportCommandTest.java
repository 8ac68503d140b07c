package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.testing.InventoryReader;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    static SandboxFixture fixture;
    static AwsProfilesForTests profiles;

    @BeforeAll
    static void start(@TempDir Path aws) {
        fixture = SandboxFixture.demo();
        profiles = new AwsProfilesForTests(fixture, aws);
    }

    @AfterAll
    static void stop() {
        profiles.close();
        fixture.close();
    }

    @Test
    void exportsTheDemoOrganizationTwiceIdentically(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        var run = CommandRun.of("export", "--rate", "500", "--profile", "sandbox-source", "--out", first.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.err()).contains("Signed in to account 111111111111 as arn:aws:sts::111111111111:assumed-role/")
                .contains("nothing will be changed");
        assertThat(run.out()).contains("Exported 40 users, 8 groups").contains("Saved to " + first.toAbsolutePath());
        assertThat(CommandRun.of("export", "--rate", "500", "--profile", "sandbox-source", "--out", second.toString()).exitCode()).isZero();

        var a = SnapshotReader.read(first);
        assertThat(a.edited()).isFalse();
        assertThat(a.config().users()).hasSize(40);
        assertThat(withoutExportTime(first)).isEqualTo(withoutExportTime(second));
        InventoryReader.fromSnapshot(first).assertSameAs(fixture.readSource(), "The exported snapshot");
    }

    @Test
    void jsonSummaryNamesTheCalls(@TempDir Path dir) throws Exception {
        var run = CommandRun.of("export", "--rate", "500", "--profile", "sandbox-source", "--out", dir.resolve("s.json").toString(), "--json");
        assertThat(run.exitCode()).isZero();
        var json = co.pump.icm.snapshot.SnapshotJson.mapper().readTree(run.out());
        assertThat(json.at("/counts/users").asInt()).isEqualTo(40);
        assertThat(json.at("/calls/ListUsers/calls").asInt()).isGreaterThan(0);
        assertThat(json.get("digest").asText()).startsWith("sha256:");
    }

    @Test
    void anUnknownProfileIsAnAccessProblem(@TempDir Path dir) {
        var run = CommandRun.of("export", "--profile", "nope", "--out", dir.resolve("s.json").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("icm: The AWS profile 'nope' was not found in the AWS config and credentials "
                + "files. Check the name (aws configure list-profiles shows them).\n");
        assertThat(Files.exists(dir.resolve("s.json"))).isFalse();
    }

    @Test
    void anAccountWithoutAnInstanceWritesNothing(@TempDir Path dir) {
        var run = CommandRun.of("export", "--profile", "sandbox-member", "--out", dir.resolve("s.json").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("administers no IAM Identity Center instance in eu-west-1");
        assertThat(Files.exists(dir.resolve("s.json"))).isFalse();
    }

    @Test
    void aMissingFolderIsBadInput(@TempDir Path dir) {
        var run = CommandRun.of("export", "--rate", "500", "--profile", "sandbox-source", "--out", dir.resolve("no/such/s.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("icm: The folder " + dir.resolve("no/such") + " does not exist.\n");
    }

    @Test
    void aFolderAsOutputIsBadInput(@TempDir Path dir) {
        var run = CommandRun.of("export", "--rate", "500", "--profile", "sandbox-source", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("icm: " + dir + " is a folder; give a file name");
    }

    @Test
    void badRatesAreRefused(@TempDir Path dir) {
        var run = CommandRun.of("export", "--profile", "sandbox-source", "--out", dir.resolve("s.json").toString(),
                "--rate", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("icm: --rate must be a number of requests per second between 1 and 10000.\n");
        var concurrency = CommandRun.of("export", "--rate", "500", "--profile", "sandbox-source", "--out", dir.resolve("s.json").toString(),
                "--concurrency", "0");
        assertThat(concurrency.err()).isEqualTo("icm: --concurrency must be between 1 and 256.\n");
    }

    @Test
    void aBadEndpointIsRefused(@TempDir Path dir) {
        var run = CommandRun.of("export", "--rate", "500", "--profile", "sandbox-source", "--out", dir.resolve("s.json").toString(),
                "--endpoint-url", "not a url");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("icm: --endpoint-url 'not a url' is not a URL such as https://host:port.\n");
    }

    @Test
    void theOutputIsRequired() {
        var run = CommandRun.of("export", "--profile", "sandbox-source");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=FILE'");
    }

    private static String withoutExportTime(Path file) throws Exception {
        return Files.readString(file).replaceAll("\"exportedAt\": \"[^\"]+\"", "");
    }
}
