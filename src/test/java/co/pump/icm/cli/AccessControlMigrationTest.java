package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.pump.icm.aws.AwsClients;
import co.pump.icm.testing.SandboxFixture;
import software.amazon.awssdk.services.ssoadmin.model.AccessControlAttribute;
import software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException;

/**
 * The demo's ABAC configuration goes from the source to the target with {@code icm apply}, read
 * back through the AWS SDK and the AWS CLI (not only through icm's own reading); a second apply
 * writes nothing; {@code icm rollback} puts the target's configuration back as it was: absent, or
 * another configuration.
 */
class AccessControlMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> DEMO = Map.of(
            "CostCenter", "${path:enterprise.costCenter}",
            "Department", "${path:enterprise.department}",
            "Division", "${path:enterprise.division}");
    private static final Map<String, String> OTHER = Map.of(
            "Department", "${path:enterprise.organization}",
            "Team", "${path:title}");
    private static final List<String> ABAC_WRITES = List.of("CreateInstanceAccessControlAttributeConfiguration",
            "UpdateInstanceAccessControlAttributeConfiguration", "DeleteInstanceAccessControlAttributeConfiguration");

    @TempDir
    Path dir;

    SandboxFixture fixture;
    AwsProfilesForTests profiles;
    Path aws;
    Path snapshot;
    Path journal;

    @BeforeEach
    void exportTheDemo() throws Exception {
        fixture = SandboxFixture.demo();
        aws = Files.createDirectories(dir.resolve("aws"));
        profiles = new AwsProfilesForTests(fixture, aws);
        snapshot = dir.resolve("larkspur.json");
        journal = dir.resolve("larkspur.journal.jsonl");
        var export = CommandRun.of("export", "--rate", "1000", "--profile", "sandbox-source", "--out", snapshot.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
    }

    @AfterEach
    void stop() {
        profiles.close();
        fixture.close();
    }

    @Test
    void theSourcesConfigurationArrivesASecondApplyWritesNothingAndRollbackRemovesIt() throws Exception {
        assertThat(viaSdk()).as("the target starts without ABAC").isNull();

        var apply = apply();
        assertThat(apply.out()).contains("Access control attributes").contains("+ access control attribute configuration");
        assertThat(viaSdk()).isEqualTo(DEMO);
        assertThat(viaAwsCli()).isEqualTo(DEMO);

        int writes = fixture.sandbox().calls().writes().size();
        var again = apply();
        assertThat(again.out()).contains("Nothing to change: the target already matches the snapshot.");
        assertThat(fixture.sandbox().calls().writes()).hasSize(writes);

        var rollback = CommandRun.of("rollback", "--rate", "1000", "--journal", journal.toString(), "--profile",
                "sandbox-target", "--yes");
        assertThat(rollback.exitCode()).as(rollback.out() + rollback.err()).isZero();
        assertThat(rollback.out()).contains("- access control attribute configuration (delete: the run created it)")
                .contains("✓ Back as before the run");
        assertThat(viaSdk()).as("absent again, as before the import").isNull();
        assertThat(viaAwsCli()).isNull();
    }

    @Test
    void aDifferentConfigurationIsUpdatedAttributeByAttributeAndRollbackPutsItBack() throws Exception {
        try (var clients = AwsClients.open(fixture.target(), 4)) {
            clients.ssoAdmin().createInstanceAccessControlAttributeConfiguration(r -> r.instanceArn(instanceArn())
                    .instanceAccessControlAttributeConfiguration(c -> c.accessControlAttributes(attributes(OTHER))));
        }

        var plan = CommandRun.of("plan", "--rate", "1000", "--profile", "sandbox-target", "--snapshot",
                snapshot.toString());
        assertThat(plan.out()).contains("~ access control attribute configuration")
                .contains("attributes.CostCenter: add [\"${path:enterprise.costCenter}\"]")
                .contains("attributes.Department: [\"${path:enterprise.organization}\"] → [\"${path:enterprise.department}\"]")
                .contains("attributes.Team: remove [\"${path:title}\"]");

        apply();
        assertThat(viaSdk()).isEqualTo(DEMO);
        assertThat(viaAwsCli()).isEqualTo(DEMO);
        assertThat(fixture.sandbox().calls().writes()).extracting(c -> c.operation())
                .filteredOn(ABAC_WRITES::contains).containsExactly("CreateInstanceAccessControlAttributeConfiguration",
                        "UpdateInstanceAccessControlAttributeConfiguration");

        var rollback = CommandRun.of("rollback", "--rate", "1000", "--journal", journal.toString(), "--profile",
                "sandbox-target", "--yes");
        assertThat(rollback.exitCode()).as(rollback.out() + rollback.err()).isZero();
        assertThat(rollback.out()).contains("~ access control attribute configuration (restore as before the run)");
        assertThat(viaSdk()).as("the target's own configuration, as before the import").isEqualTo(OTHER);
        assertThat(viaAwsCli()).isEqualTo(OTHER);
    }

    private CommandRun apply() {
        var apply = CommandRun.of("apply", "--rate", "1000", "--profile", "sandbox-target", "--yes", "--snapshot",
                snapshot.toString(), "--journal", journal.toString());
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
        return apply;
    }

    private String instanceArn() {
        return fixture.seeded().targetInstanceArn();
    }

    private static List<AccessControlAttribute> attributes(Map<String, String> attributes) {
        return attributes.entrySet().stream().map(e -> AccessControlAttribute.builder().key(e.getKey())
                .value(v -> v.source(e.getValue())).build()).toList();
    }

    /** The target's attributes read with the AWS SDK, or null when ABAC is off there. */
    private Map<String, String> viaSdk() {
        try (var clients = AwsClients.open(fixture.target(), 4)) {
            var response = clients.ssoAdmin().describeInstanceAccessControlAttributeConfiguration(r -> r
                    .instanceArn(instanceArn()));
            assertThat(response.statusAsString()).isEqualTo("ENABLED");
            var result = new TreeMap<String, String>();
            response.instanceAccessControlAttributeConfiguration().accessControlAttributes()
                    .forEach(a -> result.put(a.key(), String.join(",", a.value().source())));
            return result;
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    /**
     * The target's attributes read with the AWS CLI, configured by the profile files icm's sandbox
     * writes and pointed at the sandbox; or null when it answers ResourceNotFoundException.
     */
    private Map<String, String> viaAwsCli() throws Exception {
        String awsCli = findOnPath("aws");
        assertThat(awsCli).as("the AWS CLI (aws) must be on PATH for this test").isNotNull();
        List<String> command = new ArrayList<>(List.of(awsCli, "--profile", "sandbox-target", "--endpoint-url",
                fixture.sandbox().endpoint().toString(), "--output", "json", "sso-admin",
                "describe-instance-access-control-attribute-configuration", "--instance-arn", instanceArn()));
        var builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        builder.environment().put("AWS_CONFIG_FILE", aws.resolve("config").toString());
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", aws.resolve("credentials").toString());
        builder.environment().put("AWS_PAGER", "");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        if (process.exitValue() != 0) {
            assertThat(err).as("aws failed: " + err).contains("ResourceNotFoundException");
            return null;
        }
        JsonNode response = JSON.readTree(out);
        assertThat(response.path("Status").asText()).isEqualTo("ENABLED");
        var result = new TreeMap<String, String>();
        response.at("/InstanceAccessControlAttributeConfiguration/AccessControlAttributes").forEach(a -> {
            var sources = new ArrayList<String>();
            a.at("/Value/Source").forEach(s -> sources.add(s.asText()));
            result.put(a.path("Key").asText(), String.join(",", sources));
        });
        return result;
    }

    private static String findOnPath(String program) {
        String path = System.getenv("PATH");
        for (String folder : path == null ? new String[0] : path.split(File.pathSeparator)) {
            File candidate = new File(folder, program);
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        return null;
    }
}
