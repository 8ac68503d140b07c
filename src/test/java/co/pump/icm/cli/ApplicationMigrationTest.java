package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.AwsCli;
import co.pump.icm.sandbox.data.ApplicationSeed;
import co.pump.icm.sandbox.data.ConsoleApplications;
import co.pump.icm.sandbox.data.DemoApplications;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.state.ApplicationKind;
import co.pump.icm.sandbox.state.ApplicationPortal;
import co.pump.icm.testing.AwsApplications;
import co.pump.icm.testing.SandboxFixture;

/**
 * The demo's token issuer and customer managed OAuth applications go from the source to the target
 * with {@code icm apply} and arrive whole, read back with the AWS SDK and with boto3 (not through
 * icm's own reading); the SAML and AWS managed applications are listed to make by hand; a second
 * apply writes nothing; a SAML application made by hand between two runs gets its assignments on
 * the second; {@code icm rollback} removes exactly what each run made.
 */
class ApplicationMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BY_API = List.of(DemoApplications.ANALYTICS, DemoApplications.REPORTS,
            DemoApplications.WIKI);

    @TempDir
    Path dir;

    SandboxFixture fixture;
    AwsProfilesForTests profiles;
    Path snapshot;
    Path journal;

    @BeforeEach
    void exportTheDemo() {
        fixture = SandboxFixture.demo();
        profiles = new AwsProfilesForTests(fixture, dir.resolve("aws"));
        snapshot = dir.resolve("larkspur.json");
        journal = dir.resolve("larkspur.journal.jsonl");
        var export = CommandRun.of("export", "--rate", "1000", "--profile", "sandbox-source", "--out",
                snapshot.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
    }

    @AfterEach
    void stop() {
        profiles.close();
        fixture.close();
    }

    @Test
    void whatTheApiCanCreateArrivesWholeASecondApplyWritesNothingAndRollbackRemovesIt() throws Exception {
        ObjectNode source = AwsApplications.read(fixture.source());
        assertThat(AwsApplications.read(fixture.target()).path("applications")).as("the target starts empty").isEmpty();

        var apply = apply();
        assertThat(apply.out()).contains("Recreate by hand (AWS's API cannot create these; import again once they exist):\n"
                        + "  Grafana\n      Sort: customer managed SAML 2.0 application")
                .contains("  Larkspur-Assistant\n      Sort: AWS managed application (Amazon Q Business)")
                .contains("+ Larkspur-OIDC").contains("+ Larkspur-Analytics / redshift:connect")
                .contains("· Grafana / GROUP Cloud Admins — skipped: application Grafana will not exist in the target");

        ObjectNode target = AwsApplications.read(fixture.target());
        assertThat(target.path("issuers")).isEqualTo(source.path("issuers"));
        assertThat(names(target.path("applications"))).containsExactlyElementsOf(BY_API);
        for (String name : BY_API) {
            assertThat(target.path("applications").path(name)).as(name + ", read with the AWS SDK")
                    .isEqualTo(source.path("applications").path(name));
        }
        assertThat(target.at("/applications/Larkspur-Analytics/scopes/redshift:connect").get(0).asText())
                .as("the scope authorizes the new instance's Larkspur-Reports").isEqualTo(DemoApplications.REPORTS);
        assertThat(target.at("/applications/Larkspur-Analytics/grants").toString()).contains(DemoApplications.TOKEN_ISSUER);
        assertThat(viaBoto3(DemoData.TARGET_REGION)).as("boto3 reads the same as the SDK").isEqualTo(target);
        assertThat(tagsViaAwsCli(DemoApplications.ANALYTICS)).containsEntry("owner", "data")
                .containsEntry("cost-center", "CC-4100");

        var verify = CommandRun.of("verify", "--rate", "1000", "--profile", "sandbox-target", "--snapshot",
                snapshot.toString());
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).startsWith("✓ No drift: the target holds everything the import intended")
                .contains("  · Grafana — recreate it by hand: ").contains("  · Larkspur-Assistant — recreate it by hand: ")
                .doesNotContain("Larkspur-Analytics").doesNotContain("Larkspur-OIDC").doesNotContain("Larkspur-Wiki");

        int writes = fixture.sandbox().calls().writes().size();
        var again = apply();
        assertThat(again.out()).contains("Nothing to change: the target already matches the snapshot.");
        assertThat(fixture.sandbox().calls().writes()).hasSize(writes);

        var rollback = rollback();
        assertThat(rollback.out()).contains("- Larkspur-Analytics (delete: the run created it)")
                .contains("- Larkspur-OIDC (delete: the run created it)")
                .contains("✓ Back as before the run");
        ObjectNode after = AwsApplications.read(fixture.target());
        assertThat(after.path("applications")).isEmpty();
        assertThat(after.path("issuers")).isEmpty();
    }

    @Test
    void aSamlApplicationMadeByHandBetweenTwoRunsGetsItsAssignmentsOnTheSecondAndRollbackTakesBackOnlyThose()
            throws Exception {
        apply();
        assertThat(names(AwsApplications.read(fixture.target()).path("applications"))).doesNotContain("Grafana");

        // A person adds Grafana in the new organization's console, signed in to the delegated administrator.
        ConsoleApplications.recreate(fixture.world(), fixture.seeded().targetInstanceArn(), new ApplicationSeed(
                DemoApplications.GRAFANA, ApplicationKind.CUSTOM_SAML_PROVIDER, DemoData.TARGET_DELEGATED_ADMIN,
                "Operations dashboards", "ENABLED", new ApplicationPortal("ENABLED", "APPLICATION",
                "https://grafana.larkspur.example/login"), null, List.of(), null, List.of()));

        var plan = CommandRun.of("plan", "--rate", "1000", "--profile", "sandbox-target", "--snapshot",
                snapshot.toString());
        assertThat(plan.out()).contains("+ Grafana / GROUP Cloud Admins").contains("+ Grafana / USER maya.okafor")
                .doesNotContain("  Grafana\n      Sort:").contains("4 changes to make.");
        int writes = fixture.sandbox().calls().writes().size();
        apply();
        assertThat(fixture.sandbox().calls().writes().subList(writes, fixture.sandbox().calls().writes().size()))
                .extracting(c -> c.operation()).containsOnly("CreateApplicationAssignment").hasSize(4);
        ObjectNode source = AwsApplications.read(fixture.source());
        ObjectNode target = AwsApplications.read(fixture.target());
        assertThat(target.at("/applications/Grafana/assignees")).isEqualTo(source.at("/applications/Grafana/assignees"));
        assertThat(viaBoto3(DemoData.TARGET_REGION).at("/applications/Grafana/assignees"))
                .isEqualTo(source.at("/applications/Grafana/assignees"));

        // The report of both runs, verified: Grafana made and given its assignments, the assistant still to make.
        Path report = Files.createDirectories(Path.of("target", "screenshots")).resolve("applications-report.html");
        var written = CommandRun.of("report", "--journal", journal.toString(), "--snapshot", snapshot.toString(),
                "--out", report.toString(), "--verify", "--profile", "sandbox-target");
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readString(report)).contains("id=\"recreate-by-hand\"").contains("✓ Made; assignments carried")
                .contains("! To make");

        var rollback = rollback();
        assertThat(rollback.out()).contains("✓ Back as before the run");
        ObjectNode back = AwsApplications.read(fixture.target());
        assertThat(back.at("/applications/Grafana/assignees")).as("the run's four assignments are gone").isEmpty();
        assertThat(names(back.path("applications"))).as("what the person and the first run made stays")
                .containsExactly(DemoApplications.GRAFANA, DemoApplications.ANALYTICS, DemoApplications.REPORTS,
                        DemoApplications.WIKI);
        assertThat(back.path("applications").path(DemoApplications.WIKI))
                .isEqualTo(source.path("applications").path(DemoApplications.WIKI));
    }

    private CommandRun apply() {
        var apply = CommandRun.of("apply", "--rate", "1000", "--profile", "sandbox-target", "--yes", "--snapshot",
                snapshot.toString(), "--journal", journal.toString());
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
        return apply;
    }

    private CommandRun rollback() {
        var rollback = CommandRun.of("rollback", "--rate", "1000", "--journal", journal.toString(), "--profile",
                "sandbox-target", "--yes");
        assertThat(rollback.exitCode()).as(rollback.out() + rollback.err()).isZero();
        return rollback;
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The target read with boto3 (botocore's own model), as the delegated administrator. */
    private JsonNode viaBoto3(String region) throws Exception {
        Path script = dir.resolve("read_applications_by_name.py");
        try (InputStream in = AwsApplications.class.getResourceAsStream("read_applications_by_name.py")) {
            Files.write(script, in.readAllBytes());
        }
        var run = run(List.of("python3", script.toString()), region);
        assertThat(run[0]).as("boto3 (python3 with boto3 1.28 or newer, which knows the application operations) must "
                + "be installed for this test: " + run[2]).isEqualTo("0");
        return JSON.readTree(run[1]);
    }

    /** An application's tags read with the AWS CLI (list-tags-for-resource is known to every version). */
    private Map<String, String> tagsViaAwsCli(String application) throws Exception {
        String arn = null;
        synchronized (fixture.world()) {
            for (var app : fixture.world().instances.get(fixture.seeded().targetInstanceArn()).applications.values()) {
                if (app.name.equals(application)) {
                    arn = app.arn;
                }
            }
        }
        var cli = new AwsCli(fixture.sandbox(), Files.createDirectories(dir.resolve("aws-cli")));
        var listed = cli.run(fixture.seeded().target(), DemoData.TARGET_REGION, "sso-admin", "list-tags-for-resource",
                "--instance-arn", fixture.seeded().targetInstanceArn(), "--resource-arn", arn);
        assertThat(listed.exitCode()).as(listed.stderr()).isZero();
        var tags = new java.util.TreeMap<String, String>();
        listed.json().path("Tags").forEach(t -> tags.put(t.path("Key").asText(), t.path("Value").asText()));
        return tags;
    }

    /** Runs a program (python3) as the target's delegated administrator: exit code, out, err. */
    private String[] run(List<String> command, String region) throws Exception {
        var credential = fixture.seeded().target();
        var builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", credential.accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", credential.secretAccessKey());
        if (credential.sessionToken() != null) {
            env.put("AWS_SESSION_TOKEN", credential.sessionToken());
        }
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
        env.put("AWS_PAGER", "");
        env.put("SANDBOX_ENDPOINT", fixture.sandbox().endpoint().toString());
        Process process;
        try {
            process = builder.start();
        } catch (java.io.IOException e) {
            return new String[] {"127", "", command.get(0) + " is not installed: " + e.getMessage()};
        }
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(process.exitValue()), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8)};
    }
}
