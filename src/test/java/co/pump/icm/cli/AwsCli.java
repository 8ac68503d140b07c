package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The AWS CLI, configured only by the files {@code icm sandbox --config-out} wrote: a reader of the
 * sandbox that shares no code with icm. Tests that need it fail (not skip) when it is missing.
 */
final class AwsCli {

    private final String program;
    private final Path configDir;

    AwsCli(Path configDir) {
        this.program = find();
        this.configDir = configDir;
    }

    /** Runs {@code aws ARGS}; its standard output, after checking that it succeeded. */
    String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(program));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        builder.environment().put("AWS_CONFIG_FILE", configDir.resolve("config").toString());
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", configDir.resolve("credentials").toString());
        builder.environment().put("AWS_PAGER", "");
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("aws %s failed: %s", args, stderr).isZero();
        return stdout;
    }

    private static String find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, "aws");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        throw new AssertionError("The AWS CLI (aws) is not on PATH; install it (Debian: apt-get install awscli) to run "
                + "this test.");
    }
}
