package co.pump.icm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import co.pump.icm.testing.SandboxFixture;

/**
 * Points the AWS SDK's default config and credentials files at profiles for a running sandbox
 * (through the SDK's {@code aws.configFile} / {@code aws.sharedCredentialsFile} system
 * properties, the in-process equivalent of AWS_CONFIG_FILE), and restores them on close.
 */
final class AwsProfilesForTests implements AutoCloseable {

    private final String oldConfig = System.getProperty("aws.configFile");
    private final String oldCredentials = System.getProperty("aws.sharedCredentialsFile");

    AwsProfilesForTests(SandboxFixture fixture, Path dir) {
        try {
            SandboxProfiles.write(dir, SandboxProfiles.of(fixture.seeded()), fixture.sandbox().endpoint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("aws.configFile", dir.resolve("config").toString());
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("credentials").toString());
    }

    @Override
    public void close() {
        restore("aws.configFile", oldConfig);
        restore("aws.sharedCredentialsFile", oldCredentials);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
