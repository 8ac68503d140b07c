package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.pump.icm.sandbox.state.SandboxCredential;

/**
 * The AWS CLI as an independent reader of the sandbox: runs {@code aws} with one access key, a
 * region and the sandbox's endpoint, its own retries switched off (so that a throttling answer is
 * seen as it is), and nothing from the environment. Tests that use it need the CLI installed (any
 * version that knows the operation: Debian's awscli 2.9 or newer); without it they fail, never skip.
 */
public final class AwsCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run of the CLI ended with. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** The JSON it printed; the run must have succeeded. */
        public JsonNode json() {
            assertThat(exitCode).as("aws failed: %s", stderr).isZero();
            try {
                return JSON.readTree(stdout);
            } catch (IOException e) {
                throw new AssertionError("aws printed no JSON: " + stdout, e);
            }
        }

        /** The error code of a failed run, as the CLI prints it: {@code An error occurred (CODE) ...}. */
        public String errorCode() {
            assertThat(exitCode).as("aws should have failed, printed: %s", stdout).isNotZero();
            int open = stderr.indexOf("An error occurred (");
            assertThat(open).as("aws error output: %s", stderr).isNotNegative();
            return stderr.substring(open + 19, stderr.indexOf(')', open));
        }
    }

    private final Path home;
    private final String executable;
    private final String endpoint;

    /** A CLI for the sandbox, with its configuration under {@code home} (a test's temporary directory). */
    public AwsCli(Sandbox sandbox, Path home) {
        this(sandbox.endpoint().toString(), home);
    }

    /**
     * A CLI for the sandbox at {@code endpoint}. It is {@code $ICM_AWS_CLI} when set (to try
     * another CLI, e.g. Debian's {@code /usr/bin/aws}), else {@code aws} on the PATH.
     */
    public AwsCli(String endpoint, Path home) {
        this.home = home;
        this.endpoint = endpoint;
        String chosen = System.getenv("ICM_AWS_CLI");
        this.executable = chosen != null && !chosen.isBlank() ? chosen : onPath("aws");
        assertThat(executable).as("the AWS CLI (aws) must be installed for this test").isNotNull();
    }

    /** What {@code aws --version} says, e.g. {@code aws-cli/2.9.19 Python/3.11.2 ...}. */
    public String version() {
        Result result = execute(List.of(executable, "--version"), null, null);
        // CLI v1 prints its version to stderr.
        return (result.stdout().isBlank() ? result.stderr() : result.stdout()).strip();
    }

    /**
     * True when this CLI takes {@code endpoint_url} from a profile: AWS CLI 1.29 and 2.13 onwards;
     * Debian 12's 2.9 does not (it predates the setting).
     */
    public boolean readsEndpointUrlFromProfiles() {
        var matcher = java.util.regex.Pattern.compile("aws-cli/(\\d+)\\.(\\d+)").matcher(version());
        if (!matcher.find()) {
            return false;
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        return major == 1 ? minor >= 29 : major > 2 || minor >= 13;
    }

    /**
     * Runs {@code aws ARGS --output json} with a profile of the AWS config and credentials files
     * in {@code awsDir} (as {@code icm sandbox --config-out} writes them), taking the endpoint
     * from the profile where the CLI can, and passing it where it cannot.
     */
    public Result runWithProfile(Path awsDir, String profile, String... args) {
        List<String> command = new ArrayList<>(List.of(executable, "--profile", profile));
        command.addAll(List.of(args));
        command.addAll(List.of("--output", "json"));
        if (!readsEndpointUrlFromProfiles()) {
            command.addAll(List.of("--endpoint-url", endpoint));
        }
        return execute(command, awsDir.resolve("config"), awsDir.resolve("credentials"));
    }

    /**
     * Requires the installed CLI to know an operation (and, when given, members of its output), so
     * that a test written for a newer CLI says plainly why it does not run against an older one
     * (Debian's awscli 2.9 predates some operations); the SDK tests cover those rules anyway.
     */
    public void requireKnows(String service, String operation, String... members) {
        var builder = new ProcessBuilder(executable, service, operation, "help");
        builder.environment().put("AWS_PAGER", "");
        builder.environment().put("PAGER", "cat");
        builder.environment().put("MANPAGER", "cat");
        builder.redirectErrorStream(true);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean known = process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0;
            for (String member : members) {
                known &= help.contains(member);
            }
            Assumptions.assumeTrue(known, "The installed AWS CLI does not know " + service + " " + operation
                    + (members.length == 0 ? "" : " with " + String.join(", ", members))
                    + ": this rule is tested through the AWS SDK only here.");
        } catch (IOException e) {
            throw new AssertionError("Could not run the AWS CLI", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while the AWS CLI ran", e);
        }
    }

    /** Runs {@code aws ARGS --output json} as the credential's identity in the region. */
    public Result run(SandboxCredential credential, String region, String... args) {
        try {
            Path credentials = home.resolve("credentials-" + credential.accessKeyId());
            Files.writeString(credentials, "[default]\naws_access_key_id = " + credential.accessKeyId()
                    + "\naws_secret_access_key = " + credential.secretAccessKey() + "\n"
                    + (credential.sessionToken() == null ? "" : "aws_session_token = " + credential.sessionToken() + "\n"));
            Path config = home.resolve("config");
            Files.writeString(config, "[default]\noutput = json\n");
            List<String> command = new ArrayList<>(List.of(executable));
            command.addAll(List.of(args));
            command.addAll(List.of("--region", region, "--endpoint-url", endpoint, "--output", "json"));
            return execute(command, config, credentials);
        } catch (IOException e) {
            throw new AssertionError("Could not run the AWS CLI", e);
        }
    }

    /** Runs the CLI with only the given files (nothing from the environment), its own retries off. */
    private static Result execute(List<String> command, Path config, Path credentials) {
        var builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        if (config != null) {
            builder.environment().put("AWS_CONFIG_FILE", config.toString());
            builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        }
        builder.environment().put("AWS_MAX_ATTEMPTS", "1");
        builder.environment().put("AWS_RETRY_MODE", "standard");
        builder.environment().put("AWS_PAGER", "");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            var stderr = new java.util.concurrent.CompletableFuture<String>();
            Thread errors = new Thread(() -> {
                try {
                    stderr.complete(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    stderr.complete(e.toString());
                }
            });
            errors.start();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            errors.join();
            return new Result(process.exitValue(), stdout, stderr.join());
        } catch (IOException e) {
            throw new AssertionError("Could not run the AWS CLI", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while the AWS CLI ran", e);
        }
    }

    private static String onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            File candidate = new File(dir, program);
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        return null;
    }
}
