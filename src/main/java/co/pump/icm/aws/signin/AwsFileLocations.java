package co.pump.icm.aws.signin;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the AWS CLI keeps its files, found the way the CLI and the SDK find them: the
 * {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE} variables, else {@code ~/.aws/};
 * the home folder from {@code HOME}, then {@code USERPROFILE} (Windows), then Java's {@code user.home}.
 */
final class AwsFileLocations {

    private final Function<String, String> environment;

    AwsFileLocations(Function<String, String> environment) {
        this.environment = environment;
    }

    Path configFile() {
        return fromVariable("AWS_CONFIG_FILE").orElse(home().resolve(".aws").resolve("config"));
    }

    Path credentialsFile() {
        return fromVariable("AWS_SHARED_CREDENTIALS_FILE").orElse(home().resolve(".aws").resolve("credentials"));
    }

    /** The AWS CLI's IAM Identity Center token cache, {@code ~/.aws/sso/cache}. */
    Path ssoCache() {
        return home().resolve(".aws").resolve("sso").resolve("cache");
    }

    Path home() {
        for (String variable : new String[] {"HOME", "USERPROFILE"}) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                return Paths.get(value);
            }
        }
        return Paths.get(System.getProperty("user.home"));
    }

    private Optional<Path> fromVariable(String variable) {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        // The CLI expands a leading ~ in these variables.
        if (value.equals("~") || value.startsWith("~/") || value.startsWith("~\\")) {
            return Optional.of(Paths.get(home().toString() + value.substring(1)));
        }
        return Optional.of(Paths.get(value));
    }
}
