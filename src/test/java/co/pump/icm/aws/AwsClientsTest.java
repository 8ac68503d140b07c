package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import co.pump.icm.model.MigratorException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;

class AwsClientsTest {

    static ProfileFile config(String text) {
        return ProfileFile.builder().content(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .type(ProfileFile.Type.CONFIGURATION).build();
    }

    private static final ProfileFile PROFILES = config("""
            [profile with-region]
            region = eu-west-1
            endpoint_url = http://127.0.0.1:9999
            [profile no-region]
            output = json
            """);

    @Test
    void takesRegionAndEndpointFromTheProfile() {
        var target = AwsTarget.of("with-region", null, null).withProfileFile(PROFILES).withEnvironment(Map.of());
        try (var clients = AwsClients.open(target, 4)) {
            assertThat(clients.region()).isEqualTo("eu-west-1");
            assertThat(clients.endpoint()).isEqualTo(URI.create("http://127.0.0.1:9999"));
        }
    }

    @Test
    void optionsWinOverTheProfile() {
        var target = AwsTarget.of("with-region", "us-east-2", URI.create("http://127.0.0.1:1234"))
                .withProfileFile(PROFILES).withEnvironment(Map.of());
        try (var clients = AwsClients.open(target, 4)) {
            assertThat(clients.region()).isEqualTo("us-east-2");
            assertThat(clients.endpoint()).isEqualTo(URI.create("http://127.0.0.1:1234"));
        }
    }

    @Test
    void theEnvironmentFillsWhatIsMissing() {
        var target = AwsTarget.of("no-region", null, null).withProfileFile(PROFILES)
                .withEnvironment(Map.of("AWS_REGION", "ap-south-1", "AWS_ENDPOINT_URL", "http://127.0.0.1:5555"));
        try (var clients = AwsClients.open(target, 4)) {
            assertThat(clients.region()).isEqualTo("ap-south-1");
            assertThat(clients.endpoint()).isEqualTo(URI.create("http://127.0.0.1:5555"));
        }
    }

    @Test
    void aProfileWithoutRegionIsExplained() {
        var target = AwsTarget.of("no-region", null, null).withProfileFile(PROFILES).withEnvironment(Map.of());
        assertThatThrownBy(() -> AwsClients.open(target, 4))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The profile 'no-region' has no region. Pass --region or add a region to the profile.")
                .extracting(e -> ((MigratorException) e).kind()).isEqualTo(MigratorException.Kind.AWS_ACCESS);
    }

    @Test
    void noRegionAtAllIsExplained() {
        var target = AwsTarget.of(null, null, null).withProfileFile(PROFILES).withEnvironment(Map.of());
        assertThatThrownBy(() -> AwsClients.open(target, 4))
                .hasMessage("No AWS region is set. Pass --region (for example --region us-east-1) or set AWS_REGION.");
    }

    @Test
    void anUnknownProfileIsExplained() {
        var target = AwsTarget.of("prod", null, null).withProfileFile(PROFILES).withEnvironment(Map.of());
        assertThatThrownBy(() -> AwsClients.open(target, 4))
                .hasMessage("The AWS profile 'prod' was not found in the AWS config and credentials files. Check the "
                        + "name (aws configure list-profiles shows them).");
    }

    @Test
    void awsProfileFromTheEnvironmentIsUsed() {
        var target = AwsTarget.of(null, null, null).withProfileFile(PROFILES)
                .withEnvironment(Map.of("AWS_PROFILE", "with-region"));
        try (var clients = AwsClients.open(target, 4)) {
            assertThat(clients.region()).isEqualTo("eu-west-1");
        }
    }

    @Test
    void aBadEndpointInTheProfileIsExplained() {
        var target = AwsTarget.of("bad", null, null).withProfileFile(config("""
                [profile bad]
                region = eu-west-1
                endpoint_url = http://exa mple
                """)).withEnvironment(Map.of());
        assertThatThrownBy(() -> AwsClients.open(target, 4))
                .hasMessage("The endpoint URL 'http://exa mple' is not a valid URL.");
    }
}
