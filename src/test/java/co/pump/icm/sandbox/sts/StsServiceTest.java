package co.pump.icm.sandbox.sts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.TestWorld;

class StsServiceTest {

    @Test
    void tellsEachCallerWhoItIs() {
        var t = new TestWorld();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world))) {
            var user = Clients.sts(sandbox, Clients.credentials(t.management)).getCallerIdentity();
            assertThat(user.account()).isEqualTo(t.management.accountId());
            assertThat(user.arn()).isEqualTo(t.management.arn());
            assertThat(user.userId()).matches("AIDA[A-Z2-7]{17}");
            var role = Clients.sts(sandbox, Clients.credentials(t.delegatedAdmin)).getCallerIdentity();
            assertThat(role.arn()).isEqualTo(t.delegatedAdmin.arn());
            assertThat(role.userId()).matches("AROA[A-Z2-7]{17}:alice");
            var root = Clients.sts(sandbox, Clients.credentials(t.outsider)).getCallerIdentity();
            assertThat(root.userId()).isEqualTo(t.outsider.accountId());
            assertThat(sandbox.calls().count("sts", "GetCallerIdentity")).isEqualTo(3);
            assertThat(sandbox.stats().internalFailures()).isEmpty();
        }
    }

    @Test
    void answersTheAwsQueryEnvelope() {
        var service = new StsService();
        String result = service.call("GetCallerIdentity", new Caller("123456789012", "arn:aws:iam::123456789012:user/a&b", "AKIA"),
                java.util.Map.of());
        assertThat(result).contains("<Arn>arn:aws:iam::123456789012:user/a&amp;b</Arn>").contains("<Account>123456789012</Account>");
    }

    @Test
    void refusesOtherActions() {
        var service = new StsService();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.call("AssumeRole",
                        new Caller("123456789012", "arn:aws:iam::123456789012:root", "AKIA"), java.util.Map.of("Version", "2011-06-15")))
                .isInstanceOfSatisfying(co.pump.icm.sandbox.AwsError.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidAction");
                    assertThat(e.getMessage()).isEqualTo("Could not find operation AssumeRole for version 2011-06-15");
                });
    }
}
