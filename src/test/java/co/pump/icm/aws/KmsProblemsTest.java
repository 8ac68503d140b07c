package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkException;

/** Errors that carry a KMS reason become a sentence naming the key and the account that can fix it. */
class KmsProblemsTest {

    private static final String KEY = "arn:aws:kms:us-east-1:999999999999:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final InstanceKey INSTANCE_KEY = new InstanceKey(KEY, "999999999999");

    private static SdkException adminValidation(String reason) {
        return software.amazon.awssdk.services.ssoadmin.model.ValidationException.builder().reason(reason)
                .statusCode(400).awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException")
                        .errorMessage("refused").build()).build();
    }

    private static SdkException storeThrottling(String reason) {
        return software.amazon.awssdk.services.identitystore.model.ThrottlingException.builder().reason(reason)
                .statusCode(400).awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException")
                        .errorMessage("slow down").build()).build();
    }

    private static SdkException storeNotFound(String reason) {
        return software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException.builder().reason(reason)
                .statusCode(400).awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException")
                        .errorMessage("not found").build()).build();
    }

    @Test
    void onlyKmsReasonsCount() {
        assertThat(KmsProblems.reason(adminValidation("KMS_DisabledException"))).isEqualTo("KMS_DisabledException");
        assertThat(KmsProblems.reason(storeThrottling("KMS_THROTTLING"))).isEqualTo("KMS_THROTTLING");
        assertThat(KmsProblems.reason(storeNotFound(null))).isNull();
        assertThat(KmsProblems.reason(AwsCallRunnerTest.awsError(400, "ValidationException", "x"))).isNull();
    }

    @Test
    void eachReasonSaysWhatTheOwnerOfTheInstanceMustDo() {
        String action = "sso:CreatePermissionSet on permission set ReadOnly";
        assertThat(KmsProblems.refused(adminValidation("KMS_DisabledException"), "KMS_DisabledException", INSTANCE_KEY,
                action).getMessage()).isEqualTo(action + " failed: the instance's customer managed KMS key " + KEY
                + " is disabled. Someone in account 999999999999, which owns the IAM Identity Center instance and its "
                + "key, must enable it in AWS KMS.");
        assertThat(KmsProblems.refused(adminValidation("KMS_InvalidStateException"), "KMS_InvalidStateException",
                INSTANCE_KEY, action).getMessage()).contains("cannot be used in its current state (for example, it "
                + "is pending deletion)");
        assertThat(KmsProblems.refused(adminValidation("KMS_InvalidKeyUsageException"), "KMS_InvalidKeyUsageException",
                INSTANCE_KEY, action).getMessage()).contains("must configure a symmetric encryption key");
        assertThat(KmsProblems.refused(storeNotFound("KMS_KEY_NOT_FOUND"), "KMS_KEY_NOT_FOUND", INSTANCE_KEY, action)
                .getMessage()).contains(KEY + " was not found in AWS KMS.");
        assertThat(KmsProblems.refused(adminValidation("KMS_INVALID_ARN"), "KMS_INVALID_ARN", INSTANCE_KEY, action)
                .getMessage()).contains("The ARN of the instance's customer managed KMS key " + KEY + " is not valid.");
        assertThat(KmsProblems.refused(adminValidation("KMS_SomethingNew"), "KMS_SomethingNew", InstanceKey.UNKNOWN,
                action).getMessage()).isEqualTo(action + " failed: AWS KMS refused the instance's customer managed KMS "
                + "key (KMS_SomethingNew). Someone in the account that owns the IAM Identity Center instance (the "
                + "organization's management account) must check the key and its key policy (docs/permissions.md).");
    }

    @Test
    void aKmsNotFoundIsNeverMistakenForAMissingItem() {
        var runner = new AwsCallRunner(RateSettings.AWS_DEFAULTS, new FakeTicker());
        runner.instanceKey(INSTANCE_KEY);
        var refused = catchThrowableOfType(KmsKeyRefused.class, () -> runner.call(ApiFamily.IDENTITY_STORE,
                "DescribeUser", "user u-1", () -> {
                    throw storeNotFound("KMS_KEY_NOT_FOUND");
                }));
        assertThat(AwsProblems.errorCode(refused)).isEmpty();
        assertThat(refused.reason()).isEqualTo("KMS_KEY_NOT_FOUND");
        assertThat(AwsProblems.describe(refused)).startsWith("identitystore:DescribeUser on user u-1 failed: the "
                + "instance's customer managed KMS key " + KEY + " was not found in AWS KMS.");
        assertThat(AwsProblems.explain(refused, ApiFamily.IDENTITY_STORE, "DescribeUser", "user u-1").getMessage())
                .isEqualTo(refused.getMessage());
    }

    @Test
    void kmsThrottlingIsRetriedAndThenExplained() {
        var runner = new AwsCallRunner(RateSettings.AWS_DEFAULTS, new FakeTicker());
        runner.instanceKey(INSTANCE_KEY);
        var answers = new ArrayDeque<>(List.of(storeThrottling("KMS_THROTTLING")));
        Supplier<String> once = () -> {
            if (!answers.isEmpty()) {
                throw answers.poll();
            }
            return "ok";
        };
        assertThat(runner.call(ApiFamily.IDENTITY_STORE, "ListUsers", "x", once)).isEqualTo("ok");
        var refused = catchThrowableOfType(KmsKeyRefused.class, () -> runner.call(ApiFamily.IDENTITY_STORE,
                "ListGroups", "identity store d-1", () -> {
                    throw storeThrottling("KMS_THROTTLING");
                }));
        assertThat(refused.getMessage()).isEqualTo("identitystore:ListGroups on identity store d-1 failed: AWS KMS "
                + "kept throttling requests for the instance's customer managed KMS key " + KEY + ". Try again later; "
                + "if it persists, someone in account 999999999999, which owns the IAM Identity Center instance and "
                + "its key, can ask for a higher AWS KMS request quota.");
        assertThat(runner.stats().byOperation().get("ListGroups").calls()).isEqualTo(30);
    }
}
