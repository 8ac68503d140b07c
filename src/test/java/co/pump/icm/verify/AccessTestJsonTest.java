package co.pump.icm.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTestJsonTest {

    @TempDir
    Path dir;

    @Test
    void aResultSurvivesTheRoundTrip() throws Exception {
        var result = new AccessTestResult("https://d-1234567890.awsapps.com/start", "alice@acme.com",
                Instant.parse("2026-11-27T12:00:00Z"), List.of(
                new AccessCheck("222222222222", "acme-prod", "AdministratorAccess", AccessStatus.PRESENT,
                        List.of("direct", "group Admins")),
                new AccessCheck("333333333333", null, "ReadOnly", AccessStatus.UNEXPECTED, List.of())));
        Path file = dir.resolve("alice.json");
        AccessTestJson.write(result, file);
        assertThat(AccessTestJson.read(file)).isEqualTo(result);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void whatIsNotAResultIsRefused() throws Exception {
        assertThatThrownBy(() -> AccessTestJson.read(dir.resolve("none.json")))
                .hasMessage("The access test result " + dir.resolve("none.json") + " does not exist.");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"formatVersion\": 1}");
        assertThatThrownBy(() -> AccessTestJson.read(other))
                .hasMessage("other.json is not an access test result saved by icm test-access --out.");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"portalUrl\": ");
        assertThatThrownBy(() -> AccessTestJson.read(broken))
                .hasMessage("broken.json is not an access test result saved by icm test-access --out.");
    }

    @Test
    void portalUrls() {
        assertThat(PortalUrl.of("d-1234567890")).isEqualTo("https://d-1234567890.awsapps.com/start");
        assertThat(PortalUrl.parse("https://Acme.awsapps.com/start/#/")).isEqualTo("https://acme.awsapps.com/start");
        assertThatThrownBy(() -> PortalUrl.of(null)).hasMessage("'null' is not an identity store ID such as "
                + "d-1234567890, so the access portal URL cannot be worked out; give the URL shown on the IAM Identity "
                + "Center dashboard.");
        assertThatThrownBy(() -> PortalUrl.parse("https://acme.awsapps.com/start?x=1"))
                .hasMessage("'https://acme.awsapps.com/start?x=1' is not an access portal URL such as "
                        + "https://d-1234567890.awsapps.com/start.");
    }
}
