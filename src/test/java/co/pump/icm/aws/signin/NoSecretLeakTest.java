package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SandboxSeeder;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxWorld;
import co.pump.icm.snapshot.SnapshotWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole migration with keys typed in (and a role taken through the device sign-in), then every
 * file written (snapshot, import journal, the sandbox's call log), everything printed and every
 * message of the sign-in searched for the secrets: none may appear.
 */
class NoSecretLeakTest {

    @Test
    void noSecretReachesAFileAMessageOrTheConsole(@TempDir Path dir) throws Exception {
        var world = new SandboxWorld(42);
        SeededWorld seeded = SandboxSeeder.seed(world, DemoData.scenario());
        var printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        var messages = new ArrayList<String>();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(world)
                .withCallLog(dir.resolve("calls.jsonl")))) {
            // Export with the source's keys typed in.
            var sourceKeys = typed(seeded.source());
            Identity source = new WhoAmI().check(sourceKeys.target(null, sandbox.endpoint()));
            messages.add(source.toString());
            IdentityCenterConfig config = MigrationRun.export(sourceKeys.target(DemoData.SOURCE_REGION, sandbox.endpoint()));
            SnapshotWriter.write(dir.resolve("snapshot.json"), config, Instant.now());

            // Import with the target's keys typed in: the journal is written as it goes.
            var targetKeys = typed(seeded.target());
            Identity target = new WhoAmI().check(targetKeys.target(null, sandbox.endpoint()));
            messages.add(target.toString());
            messages.add(MigrationRoles.target(target, source).toString());
            ApplyResult result = MigrationRun.importInto(targetKeys.target(DemoData.TARGET_REGION, sandbox.endpoint()),
                    config, dir.resolve("journal.jsonl"));
            assertThat(result.succeeded() || !result.failures().isEmpty()).isTrue();
            result.items().forEach(i -> messages.add(i.toString()));

            // A wrong secret: the refusal names the problem, not the keys.
            var wrong = AccessKeys.of(seeded.source().accessKeyId(), "x".repeat(40).toCharArray(),
                    seeded.source().sessionToken().toCharArray());
            messages.add(new WhoAmI().check(wrong.target("us-east-1", sandbox.endpoint())).toString());
            messages.add(sourceKeys.toString());
            sourceKeys.clear();
            targetKeys.clear();

            // A role through the device sign-in, used for a second export.
            var code = new AtomicReference<DeviceCode>();
            var location = new PortalLocation("https://" + seeded.sourceIdentityStoreId() + ".awsapps.com/start",
                    "us-east-1", sandbox.endpoint());
            try (PortalSession session = new DeviceLogin(location, (d, c) -> {
                approve(sandbox, code.get());
                return false;
            }, java.time.Clock.systemUTC()).signIn(code::set)) {
                PortalRoleCredentials role = session.credentials(DemoData.MANAGEMENT, "AdministratorAccess");
                messages.add(session.toString());
                messages.add(role.toString());
                IdentityCenterConfig again = MigrationRun.export(role.target(DemoData.SOURCE_REGION));
                SnapshotWriter.write(dir.resolve("snapshot-sso.json"), again, Instant.now());
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        Set<String> secrets = new LinkedHashSet<>();
        synchronized (world) {
            for (SandboxCredential c : world.credentials.values()) {
                secrets.add(c.secretAccessKey());
                if (c.sessionToken() != null) {
                    secrets.add(c.sessionToken());
                }
            }
        }
        assertThat(secrets).hasSizeGreaterThan(6);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("snapshot.json", "snapshot-sso.json", "journal.jsonl", "calls.jsonl");
        for (Path file : files) {
            String text = read(file);
            assertThat(secrets).as(file.toString()).noneMatch(text::contains);
        }
        String console = printed.toString(StandardCharsets.UTF_8);
        assertThat(secrets).as("the console").noneMatch(console::contains);
        String all = String.join("\n", messages);
        assertThat(all).contains("AWS did not accept the credentials");
        assertThat(secrets).as("the messages").noneMatch(all::contains);
    }

    private static AccessKeys typed(SandboxCredential credential) {
        return AccessKeys.of(credential.accessKeyId(), credential.secretAccessKey().toCharArray(),
                credential.sessionToken() == null ? null : credential.sessionToken().toCharArray());
    }

    private static void approve(Sandbox sandbox, DeviceCode code) {
        try {
            var form = "user_code=" + code.userCode() + "&user_name=maya.okafor%40larkspur.example";
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            sandbox.endpoint().resolve("/device/approve"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            Thread.sleep(1_100); // the sandbox's poll interval, on its real clock
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
