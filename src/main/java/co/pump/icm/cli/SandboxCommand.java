package co.pump.icm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import co.pump.icm.model.MigratorException;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.data.DataSets;
import co.pump.icm.sandbox.data.SandboxScenario;
import co.pump.icm.sandbox.data.SandboxSeeder;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.organizations.AccountMoves;
import co.pump.icm.sandbox.state.SandboxWorld;
import co.pump.icm.snapshot.SnapshotReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code icm sandbox}: runs the local AWS emulator with a sample data set until stopped, prints
 * one line of JSON saying where it is, and optionally writes AWS config and credentials files so
 * that the AWS CLI, the SDKs and {@code icm --profile sandbox-source} reach it.
 */
@Command(name = "sandbox",
        description = "Runs the local AWS emulator (demo and tests) until stopped (Ctrl-C).",
        mixinStandardHelpOptions = true)
public final class SandboxCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "NAME", defaultValue = "demo",
            description = "Sample data: demo, large:USERS (e.g. large:10000) or a snapshot file to serve as the "
                    + "source organization (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "TCP port on 127.0.0.1; 0 picks a free one (default).")
    int port;

    @Option(names = "--config-out", paramLabel = "DIR",
            description = "Write DIR/config and DIR/credentials with the profiles sandbox-source, sandbox-target, "
                    + "sandbox-target-management and sandbox-member.")
    Path configOut;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seeds IDs, keys, generated data and faults (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--tps", paramLabel = "N", defaultValue = "0",
            description = "Throttle to N requests per second as AWS does: each Identity Store operation on "
                    + "its own, all sso-admin operations together, each other API family on its own; 0 for none "
                    + "(default).")
    double tps;

    @Option(names = "--fail-rate", paramLabel = "F", defaultValue = "0",
            description = "Fraction of requests answered with the service's server error (HTTP 500) instead of "
                    + "being carried out (0 to 1).")
    double failRate;

    @Option(names = "--reset-rate", paramLabel = "F", defaultValue = "0",
            description = "Fraction of connections dropped without an answer before the request is carried out (0 to 1).")
    double resetRate;

    @Option(names = "--lost-reply-rate", paramLabel = "F", defaultValue = "0",
            description = "Fraction of successful requests carried out whose connection is then dropped without an "
                    + "answer, so that a retry meets its own earlier write (0 to 1).")
    double lostReplyRate;

    @Option(names = "--late-fail-rate", paramLabel = "F", defaultValue = "0",
            description = "Fraction of successful requests carried out and then answered with the service's server "
                    + "error (HTTP 500), as if they had failed (0 to 1).")
    double lateFailRate;

    @Option(names = "--latency", paramLabel = "DURATION", defaultValue = "0ms",
            description = "Delay added to every request, e.g. 20ms.")
    String latency;

    @Option(names = "--assignment-delay", paramLabel = "DURATION", defaultValue = "0s",
            description = "How long account assignments and provisioning stay IN_PROGRESS, e.g. 1s.")
    String assignmentDelay;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "10",
            description = "Page size of list operations when the caller gives none (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--log-calls", paramLabel = "FILE",
            description = "Append one JSON line per request to FILE.")
    Path logCalls;

    @Option(names = "--accounts-join-after", paramLabel = "DURATION",
            description = "The customer's member accounts still in the current organization join the new one after "
                    + "DURATION, e.g. 1m, as accounts move during the call (their assignments in the current "
                    + "organization go).")
    String accountsJoinAfter;

    /** The data set named by --data: a snapshot file when one exists at that path, else a built-in set. */
    private SandboxScenario scenario() {
        Path file = Path.of(data);
        if (data.endsWith(".json") || Files.isRegularFile(file)) {
            // A sandbox may well serve an edited snapshot (that is how test data is made): accept it.
            return SandboxScenario.fromConfig(SnapshotReader.readForUse(file, true).config());
        }
        return DataSets.resolve(data, seed);
    }

    @Override
    public Integer call() throws Exception {
        SandboxOptions options = options();
        SandboxScenario scenario = scenario();
        var world = new SandboxWorld(seed);
        SeededWorld seeded = SandboxSeeder.seed(world, scenario);
        AccountMoves.ScheduledJoin join = scheduleJoin(world, seeded);
        Map<String, SandboxProfiles.Profile> profiles = SandboxProfiles.of(seeded);
        if (configOut != null && Files.exists(configOut) && !Files.isDirectory(configOut)) {
            throw MigratorException.badInput("--config-out " + configOut + " is a file; give a directory.");
        }
        Sandbox sandbox = start(options.withWorld(world));
        var stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "icm-sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (configOut != null) {
                SandboxProfiles.write(configOut, profiles, sandbox.endpoint());
            }
            spec.commandLine().getOut().println(summary(sandbox, seeded, profiles, join));
            spec.commandLine().getOut().flush();
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from inside the JVM (e.g. a test or the wizard): shut down the same way.
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw MigratorException.badInput("Could not write the AWS profiles to " + configOut + ": " + e.getMessage());
        } finally {
            removeHook(hook);
            sandbox.close();
        }
        return ExitCodes.OK;
    }

    private SandboxOptions options() {
        if (port < 0 || port > 65535) {
            throw MigratorException.badInput("--port must be between 0 and 65535; got " + port + ".");
        }
        if (!(tps >= 0) || Double.isInfinite(tps)) {
            throw MigratorException.badInput("--tps must be 0 (no throttling) or a number of requests per second; got " + tps + ".");
        }
        requireRate("--fail-rate", failRate);
        requireRate("--reset-rate", resetRate);
        requireRate("--lost-reply-rate", lostReplyRate);
        requireRate("--late-fail-rate", lateFailRate);
        if (lostReplyRate + lateFailRate > 1) {
            throw MigratorException.badInput("--lost-reply-rate and --late-fail-rate together cannot exceed 1; got "
                    + lostReplyRate + " and " + lateFailRate + ".");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw MigratorException.badInput("--page-size must be between 1 and 100; got " + pageSize + ".");
        }
        if (logCalls != null) {
            Path dir = logCalls.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw MigratorException.badInput("--log-calls " + logCalls + ": the directory " + dir + " does not exist.");
            }
            if (Files.isDirectory(logCalls)) {
                throw MigratorException.badInput("--log-calls " + logCalls + " is a directory; give a file.");
            }
        }
        Duration added = DurationOption.parse("--latency", latency);
        Duration delay = DurationOption.parse("--assignment-delay", assignmentDelay);
        return SandboxOptions.defaults().withPort(port).withSeed(seed).withPageSize(pageSize)
                .withFaults(new FaultOptions(tps, failRate, resetRate, added, lostReplyRate, lateFailRate))
                .withAssignmentDelay(delay).withCallLog(logCalls);
    }

    /** The accounts that join later, when --accounts-join-after asks for it; null otherwise. */
    private AccountMoves.ScheduledJoin scheduleJoin(SandboxWorld world, SeededWorld seeded) {
        if (accountsJoinAfter == null) {
            return null;
        }
        Duration after = DurationOption.parse("--accounts-join-after", accountsJoinAfter);
        synchronized (world) {
            List<String> outside = AccountMoves.movableMembers(world, seeded.sourceInstanceArn());
            if (outside.isEmpty()) {
                throw MigratorException.badInput("--accounts-join-after: every member account of the data \"" + data
                        + "\" is already in the new organization, so none would join; use --data demo or demo-arriving.");
            }
            return AccountMoves.schedule(world, outside, AccountMoves.organizationOwning(world, seeded.targetInstanceArn()),
                    world.now() + after.toMillis());
        }
    }

    private static Sandbox start(SandboxOptions options) {
        try {
            return Sandbox.start(options);
        } catch (UncheckedIOException e) {
            throw MigratorException.badInput(e.getMessage());
        }
    }

    private static void requireRate(String option, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw MigratorException.badInput(option + " must be between 0 and 1; got " + rate + ".");
        }
    }

    /** The one line printed at start: where the sandbox is and what it holds. Never a secret. */
    private String summary(Sandbox sandbox, SeededWorld seeded, Map<String, SandboxProfiles.Profile> profiles,
                           AccountMoves.ScheduledJoin join) {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("endpoint", sandbox.endpoint().toString());
        json.put("data", data);
        json.put("seed", seed);
        if (configOut != null) {
            json.put("configFile", configOut.resolve("config").toAbsolutePath().toString());
            json.put("credentialsFile", configOut.resolve("credentials").toAbsolutePath().toString());
        }
        ObjectNode byName = json.putObject("profiles");
        profiles.values().forEach(p -> byName.putObject(p.name())
                .put("region", p.region())
                .put("accountId", p.credential().accountId())
                .put("arn", p.credential().arn()));
        json.putObject("source").put("region", seeded.sourceRegion())
                .put("accountId", seeded.source().accountId())
                .put("instanceArn", seeded.sourceInstanceArn())
                .put("identityStoreId", seeded.sourceIdentityStoreId());
        json.putObject("target").put("region", seeded.targetRegion())
                .put("accountId", seeded.target().accountId())
                .put("managementAccountId", seeded.targetManagement().accountId())
                .put("instanceArn", seeded.targetInstanceArn())
                .put("identityStoreId", seeded.targetIdentityStoreId());
        if (join != null) {
            ObjectNode joining = json.putObject("accountsJoin");
            joining.put("at", Instant.ofEpochMilli(join.atMillis()).toString());
            join.accountIds().forEach(joining.putArray("accountIds")::add);
        }
        return json.toString();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running or has run.
        }
    }
}
