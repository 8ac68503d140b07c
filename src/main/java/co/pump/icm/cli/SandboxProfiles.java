package co.pump.icm.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;

/**
 * AWS config and credentials files for a running sandbox, so that the AWS CLI, the SDKs and
 * {@code icm --profile} reach it like any AWS account: one profile per seeded access key, each
 * with its {@code region} and the sandbox's {@code endpoint_url}.
 */
final class SandboxProfiles {
    static final String SOURCE = "sandbox-source";
    static final String TARGET = "sandbox-target";
    static final String TARGET_MANAGEMENT = "sandbox-target-management";
    static final String MEMBER = "sandbox-member";

    /** One profile: its key and region. */
    record Profile(String name, SandboxCredential credential, String region) {
    }

    private SandboxProfiles() {
    }

    static Map<String, Profile> of(SeededWorld seeded) {
        var profiles = new LinkedHashMap<String, Profile>();
        profiles.put(SOURCE, new Profile(SOURCE, seeded.source(), seeded.sourceRegion()));
        profiles.put(TARGET, new Profile(TARGET, seeded.target(), seeded.targetRegion()));
        profiles.put(TARGET_MANAGEMENT, new Profile(TARGET_MANAGEMENT, seeded.targetManagement(), seeded.targetRegion()));
        profiles.put(MEMBER, new Profile(MEMBER, seeded.member(), seeded.targetRegion()));
        return profiles;
    }

    /**
     * Writes {@code dir/config} and {@code dir/credentials} (owner-only, as it holds the sandbox's
     * test secrets), replacing earlier ones.
     */
    static void write(Path dir, Map<String, Profile> profiles, URI endpoint) throws IOException {
        Files.createDirectories(dir);
        var config = new StringBuilder();
        var credentials = new StringBuilder();
        for (Profile p : profiles.values()) {
            config.append("[profile ").append(p.name()).append("]\n")
                    .append("region = ").append(p.region()).append('\n')
                    .append("endpoint_url = ").append(endpoint).append('\n')
                    .append("output = json\n\n");
            credentials.append('[').append(p.name()).append("]\n")
                    .append("aws_access_key_id = ").append(p.credential().accessKeyId()).append('\n')
                    .append("aws_secret_access_key = ").append(p.credential().secretAccessKey()).append('\n');
            if (p.credential().sessionToken() != null) {
                credentials.append("aws_session_token = ").append(p.credential().sessionToken()).append('\n');
            }
            credentials.append('\n');
        }
        Files.writeString(dir.resolve("config"), config, StandardCharsets.UTF_8);
        Path credentialsFile = dir.resolve("credentials");
        Files.deleteIfExists(credentialsFile);
        Files.createFile(credentialsFile);
        ownerOnly(credentialsFile);
        Files.writeString(credentialsFile, credentials, StandardCharsets.UTF_8);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user's profile directory protects it.
        }
    }
}
