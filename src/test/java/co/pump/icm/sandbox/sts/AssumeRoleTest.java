package co.pump.icm.sandbox.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.TestWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/** AssumeRole with the real StsClient over the running sandbox. */
class AssumeRoleTest {
    private final TestWorld t = new TestWorld();
    private Sandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void issuesKeysThatActAsTheAssumedRole() {
        String roleArn = "arn:aws:iam::" + t.delegatedAdmin.accountId() + ":role/ops/IdentityAdmin";
        StsClient sts = Clients.sts(sandbox, Clients.credentials(t.management));
        var response = sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("migration").durationSeconds(1800));
        String expectedArn = "arn:aws:sts::" + t.delegatedAdmin.accountId() + ":assumed-role/IdentityAdmin/migration";
        assertThat(response.assumedRoleUser().arn()).isEqualTo(expectedArn);
        assertThat(response.assumedRoleUser().assumedRoleId()).matches("AROA[A-Z2-7]{17}:migration");
        Credentials keys = response.credentials();
        assertThat(keys.accessKeyId()).matches("ASIA[A-Z2-7]{16}");
        assertThat(keys.expiration()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L + 1_800_000L));

        var assumed = StaticCredentialsProvider.create(AwsSessionCredentials.create(keys.accessKeyId(),
                keys.secretAccessKey(), keys.sessionToken()));
        var identity = Clients.sts(sandbox, assumed).getCallerIdentity();
        assertThat(identity.arn()).isEqualTo(expectedArn);
        assertThat(identity.account()).isEqualTo(t.delegatedAdmin.accountId());
        assertThat(sandbox.stats().internalFailures()).isEmpty();
    }

    @Test
    void refusesRolesOutsideTheCallersOrganizationAndBadInput() {
        StsClient sts = Clients.sts(sandbox, Clients.credentials(t.outsider));
        String roleArn = "arn:aws:iam::" + t.management.accountId() + ":role/Admin";
        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("x1")))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: " + t.outsider.arn()
                            + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn);
                });
        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::1:role/x").roleSessionName("ok")))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .startsWith("1 validation error detected: Value 'arn:aws:iam::1:role/x' at 'roleArn'"));
        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("a b")))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.awsErrorDetails().errorCode())
                        .isEqualTo("ValidationError"));
    }
}
