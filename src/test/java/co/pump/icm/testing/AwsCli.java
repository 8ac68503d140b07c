package co.pump.icm.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

/**
 * The AWS CLI, as tests run it against a sandbox: a reader that shares no code with the product
 * or the AWS SDK for Java. It works with the CLI versions the project meets: AWS CLI v1 and v2
 * as developers install them, and Debian 12's {@code awscli} 2.9 that CI installs. That older CLI
 * predates {@code endpoint_url} in profiles, and its service models predate the 2025–2026
 * operations and members, so every call passes {@code --endpoint-url} and tests use only
 * operations and members it knows.
 *
 * <p>Which CLI: {@code $ICM_AWS_CLI} when set, else {@code aws} on the PATH. When there is none,
 * a test is skipped with that reason; where {@code $ICM_REQUIRE_AWS_CLI} is set (CI sets it) it
 * fails instead, so the tests through the CLI never go missing silently.
 */
public final class AwsCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String executable;

    private AwsCli(String executable) {
        this.executable = executable;
    }

    /** The CLI to use, or the test ends here: skipped, or failed where the CLI is required. */
    public static AwsCli require() {
        String configured = System.getenv("ICM_AWS_CLI");
        String found = configured != null && !configured.isBlank() ? configured : onPath("aws");
        boolean required = System.getenv("ICM_REQUIRE_AWS_CLI") != null;
        if (found == null || !new File(found).canExecute()) {
            String why = "the AWS CLI (aws) is not on the PATH and ICM_AWS_CLI is not set";
            if (required) {
                throw new AssertionError("ICM_REQUIRE_AWS_CLI is set but " + why + ".");
            }
            Assumptions.abort(why);
        }
        return new AwsCli(found);
    }

    /**
     * Writes an AWS config and credentials file with one profile for a sandbox identity (no
     * {@code endpoint_url}: the CLI 2.9 does not read it; {@link #json} passes the endpoint).
     */
    public static void writeProfile(Path awsDir, String profile, co.pump.icm.sandbox.state.SandboxCredential key,
                                    String region) {
        try {
            java.nio.file.Files.createDirectories(awsDir);
            java.nio.file.Files.writeString(awsDir.resolve("config"), "[profile " + profile + "]\nregion = " + region
                    + "\noutput = json\n");
            String credentials = "[" + profile + "]\naws_access_key_id = " + key.accessKeyId()
                    + "\naws_secret_access_key = " + key.secretAccessKey() + "\n"
                    + (key.sessionToken() == null ? "" : "aws_session_token = " + key.sessionToken() + "\n");
            java.nio.file.Files.writeString(awsDir.resolve("credentials"), credentials);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code aws --version} says, e.g. {@code aws-cli/2.9.19 Python/3.11.2 ...}. */
    public String version() {
        return run(List.of("--version"), null).strip();
    }

    /**
     * Runs one command with the given profile of the AWS config and credentials files in
     * {@code awsDir}, against the sandbox at {@code endpoint} (null: the endpoint the profile
     * names, for a CLI that {@link #readsEndpointUrlFromProfiles reads it}), and returns its JSON
     * output.
     *
     * @throws AssertionError when the command fails, with its output
     */
    public JsonNode json(Path awsDir, String profile, URI endpoint, String... command) {
        var args = new ArrayList<String>(List.of("--profile", profile, "--output", "json"));
        if (endpoint != null) {
            args.addAll(List.of("--endpoint-url", endpoint.toString()));
        }
        args.addAll(List.of(command));
        String out = run(args, awsDir);
        try {
            return out.isBlank() ? JSON.createObjectNode() : JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("aws " + String.join(" ", command) + " printed no JSON: " + out, e);
        }
    }

    /**
     * True when this CLI takes {@code endpoint_url} from a profile: AWS CLI 1.29 and 2.13 onwards
     * (the AWS SDKs and Tools reference guide, "Service-specific endpoints"); Debian 12's 2.9 does not.
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

    private String run(List<String> args, Path awsDir) {
        var command = new ArrayList<String>(List.of(executable));
        command.addAll(args);
        var builder = new ProcessBuilder(command);
        // Only the files given: no key, region or profile of whoever runs the tests.
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        builder.environment().put("AWS_PAGER", "");
        if (awsDir != null) {
            builder.environment().put("AWS_CONFIG_FILE", awsDir.resolve("config").toString());
            builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", awsDir.resolve("credentials").toString());
        }
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            var stderr = new StringBuilder();
            Thread errors = new Thread(() -> {
                try {
                    stderr.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    stderr.append(e);
                }
            });
            errors.start();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("aws " + String.join(" ", args) + " did not finish in 120 s");
            }
            errors.join();
            if (process.exitValue() != 0) {
                throw new AssertionError("aws " + String.join(" ", args) + " failed (" + process.exitValue() + "): "
                        + stderr + stdout);
            }
            // CLI v1 printed its version to stderr.
            return stdout.isBlank() && args.equals(List.of("--version")) ? stderr.toString() : stdout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
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
