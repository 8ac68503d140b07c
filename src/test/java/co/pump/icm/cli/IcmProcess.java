package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code icm} in a JVM of its own, with the test's class path and AWS config files, its output in a log file. */
final class IcmProcess {

    private IcmProcess() {
    }

    static Process start(Path log, String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "co.pump.icm.cli.Main"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AWS_CONFIG_FILE", System.getProperty("aws.configFile"));
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", System.getProperty("aws.sharedCredentialsFile"));
        builder.environment().remove("AWS_PROFILE");
        assertThat(classPath).contains(File.pathSeparator);
        return builder.start();
    }
}
