package co.pump.icm.aws;

import java.util.Locale;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * Recognizes the errors AWS gives when AWS KMS refuses an instance's customer managed key (their
 * {@code Reason} is a {@code KMS_*} value in the AWS SDK for Java 2.54's models of sso-admin and
 * Identity Store) and explains them as a sentence with what to do.
 */
final class KmsProblems {

    private KmsProblems() {
    }

    /** The KMS reason of an error, or null when it has none. */
    static String reason(SdkException e) {
        String reason = null;
        if (e instanceof software.amazon.awssdk.services.ssoadmin.model.ValidationException x) {
            reason = x.reasonAsString();
        } else if (e instanceof software.amazon.awssdk.services.ssoadmin.model.ThrottlingException x) {
            reason = x.reasonAsString();
        } else if (e instanceof software.amazon.awssdk.services.ssoadmin.model.AccessDeniedException x) {
            reason = x.reasonAsString();
        } else if (e instanceof software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException x) {
            reason = x.reasonAsString();
        } else if (e instanceof software.amazon.awssdk.services.identitystore.model.ValidationException x) {
            reason = x.reasonAsString();
        } else if (e instanceof software.amazon.awssdk.services.identitystore.model.ThrottlingException x) {
            reason = x.reasonAsString();
        } else if (e instanceof software.amazon.awssdk.services.identitystore.model.AccessDeniedException x) {
            reason = x.reasonAsString();
        } else if (e instanceof software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException x) {
            reason = x.reasonAsString();
        }
        return reason != null && reason.startsWith("KMS_") ? reason : null;
    }

    /**
     * The refusal of a request by AWS KMS, as a sentence naming the key and who can fix it.
     *
     * @param action what was being done, e.g. {@code sso:ListPermissionSets on instance ...}
     */
    static KmsKeyRefused refused(SdkException e, String reason, InstanceKey key, String action) {
        String theKey = key.kmsKeyArn() == null ? "the instance's customer managed KMS key"
                : "the instance's customer managed KMS key " + key.kmsKeyArn();
        String owner = key.ownerAccountId() == null ? "the account that owns the IAM Identity Center instance (the "
                + "organization's management account)" : "account " + key.ownerAccountId()
                + ", which owns the IAM Identity Center instance and its key,";
        String what = switch (normalized(reason)) {
            case "ACCESSDENIED" -> "AWS KMS denied the use of " + theKey + ". Someone in " + owner + " must change "
                    + "the key policy so that it lets the identity you signed in with use the key through IAM "
                    + "Identity Center (docs/permissions.md lists what the key policy must allow).";
            case "DISABLED" -> theKey + " is disabled. Someone in " + owner + " must enable it in AWS KMS.";
            case "INVALIDSTATE" -> theKey + " cannot be used in its current state (for example, it is pending "
                    + "deletion). Someone in " + owner + " must make it usable again in AWS KMS.";
            case "INVALIDKEYUSAGE" -> theKey + " is not a key IAM Identity Center can encrypt and decrypt with. "
                    + "Someone in " + owner + " must configure a symmetric encryption key for the instance.";
            case "NOTFOUND", "KEYNOTFOUND" -> theKey + " was not found in AWS KMS. Someone in " + owner
                    + " must check the key and the instance's encryption settings.";
            case "INVALIDARN" -> "The ARN of " + theKey + " is not valid. Someone in " + owner
                    + " must check the instance's encryption settings.";
            case "THROTTLING" -> "AWS KMS kept throttling requests for " + theKey + ". Try again later; if it "
                    + "persists, someone in " + owner + " can ask for a higher AWS KMS request quota.";
            default -> "AWS KMS refused " + theKey + " (" + reason + "). Someone in " + owner + " must check the key "
                    + "and its key policy (docs/permissions.md).";
        };
        return new KmsKeyRefused(action + " failed: " + what, reason, e);
    }

    /** KMS_DisabledException and KMS_DISABLED both become DISABLED, and so on. */
    private static String normalized(String reason) {
        String name = reason.substring("KMS_".length()).replace("_", "").toUpperCase(Locale.ROOT);
        return name.endsWith("EXCEPTION") ? name.substring(0, name.length() - "EXCEPTION".length()) : name;
    }
}
