package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import co.pump.icm.model.MigratorException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

class AwsCallRunnerTest {

    private final FakeTicker ticker = new FakeTicker();
    private final AwsCallRunner runner = new AwsCallRunner(RateSettings.AWS_DEFAULTS, ticker);

    static AwsServiceException awsError(int status, String code, String message) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
                .message(message).build();
    }

    /** Answers with the given outcomes in turn: an exception is thrown, anything else returned. */
    static Supplier<String> answers(Object... outcomes) {
        var queue = new ArrayDeque<>(List.of(outcomes));
        return () -> {
            Object next = queue.poll();
            if (next instanceof SdkException e) {
                throw e;
            }
            return (String) next;
        };
    }

    @Test
    void retriesThrottlingAndCountsIt() {
        String result = runner.call(ApiFamily.IDENTITY_STORE, "ListUsers", "the identity store",
                answers(awsError(400, "ThrottlingException", "Rate exceeded"), "ok"));
        assertThat(result).isEqualTo("ok");
        var counts = runner.stats().byOperation().get("ListUsers");
        assertThat(counts).isEqualTo(new CallStats.Counts(2, 1, 0));
        assertThat(runner.limiter(ApiFamily.IDENTITY_STORE, "ListUsers").throttles()).isEqualTo(1);
        assertThat(runner.limiter(ApiFamily.IDENTITY_STORE, "ListUsers").rate()).isLessThan(20);
        assertThat(runner.limiter(ApiFamily.IDENTITY_STORE, "ListGroups").rate()).isEqualTo(20);
        assertThat(runner.limiter(ApiFamily.SSO_ADMIN, "ListInstances").rate()).isEqualTo(20);
    }

    @Test
    void eachIdentityStoreOperationHasItsOwnLimitAndTheAdminApiOneForAll() {
        assertThat(runner.limiter(ApiFamily.IDENTITY_STORE, "CreateUser"))
                .isSameAs(runner.limiter(ApiFamily.IDENTITY_STORE, "CreateUser"))
                .isNotSameAs(runner.limiter(ApiFamily.IDENTITY_STORE, "CreateGroupMembership"));
        assertThat(runner.limiter(ApiFamily.SSO_ADMIN, "CreatePermissionSet"))
                .isSameAs(runner.limiter(ApiFamily.SSO_ADMIN, "CreateAccountAssignment"));
        // 60 requests spread over three operations go at 20 per second each: about one second, not three.
        for (int i = 0; i < 20; i++) {
            for (String operation : List.of("CreateUser", "CreateGroup", "CreateGroupMembership")) {
                runner.call(ApiFamily.IDENTITY_STORE, operation, "x", answers("ok"));
            }
        }
        assertThat(ticker.sleptSeconds()).isLessThan(1.1);
    }

    @Test
    void retriesServerErrorsAndDroppedConnections() {
        String result = runner.call(ApiFamily.SSO_ADMIN, "ListPermissionSets", "the instance",
                answers(awsError(500, "InternalServerException", "oops"),
                        SdkClientException.create("Connection reset"), "ok"));
        assertThat(result).isEqualTo("ok");
        assertThat(runner.stats().byOperation().get("ListPermissionSets")).isEqualTo(new CallStats.Counts(3, 0, 2));
    }

    @Test
    void doesNotRetryValidationErrors() {
        var error = awsError(400, "ValidationException", "bad");
        assertThatThrownBy(() -> runner.call(ApiFamily.SSO_ADMIN, "DescribePermissionSet", "x", answers(error, "ok")))
                .isSameAs(error);
        assertThat(runner.stats().total().calls()).isEqualTo(1);
    }

    @Test
    void retriesConflictsOnlyWhenAsked() {
        var conflict = awsError(400, "ConflictException", "concurrent modification");
        assertThatThrownBy(() -> runner.call(ApiFamily.IDENTITY_STORE, "CreateGroupMembership", "x",
                answers(conflict, "ok"))).isSameAs(conflict);
        String result = runner.call(ApiFamily.IDENTITY_STORE, "CreateGroupMembership", "x",
                AwsCallRunner.Retry.TRANSIENT_AND_CONFLICT, answers(conflict, "ok"));
        assertThat(result).isEqualTo("ok");
    }

    @Test
    void givesUpAfterTheLastAttemptWithASentenceNamingTheActionAndResource() {
        Object[] failures = new Object[RateSettings.AWS_DEFAULTS.maxAttempts()];
        java.util.Arrays.fill(failures, awsError(503, "ServiceUnavailable", "down"));
        assertThatThrownBy(() -> runner.call(ApiFamily.SSO_ADMIN, "GetInlinePolicyForPermissionSet",
                "permission set ReadOnly", answers(failures)))
                .isInstanceOf(MigratorException.class)
                .hasMessage("sso:GetInlinePolicyForPermissionSet on permission set ReadOnly still failed after 10 "
                        + "attempts: ServiceUnavailable: down (HTTP 503)");
    }

    @Test
    void anInterruptedThreadCancelsTheCall() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> runner.call(ApiFamily.IDENTITY_STORE, "ListUsers", "x", answers("ok")))
                    .isInstanceOf(CancellationException.class);
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }
}
