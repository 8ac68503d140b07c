package co.pump.icm.aws;

import java.net.UnknownHostException;
import java.util.Set;

import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns AWS SDK errors into sentences a person can act on: which permission is missing, that the
 * credentials have expired, that a region is needed. Messages never contain a secret: they are
 * built from error codes, operation names and ARNs only.
 */
public final class AwsProblems {

    private static final Set<String> ACCESS_DENIED = Set.of(
            "AccessDeniedException", "AccessDenied", "UnauthorizedOperation");
    private static final Set<String> EXPIRED = Set.of(
            "ExpiredToken", "ExpiredTokenException", "RequestExpired");
    private static final Set<String> BAD_CREDENTIALS = Set.of(
            "UnrecognizedClientException", "InvalidClientTokenId", "InvalidSignatureException",
            "SignatureDoesNotMatch", "MissingAuthenticationTokenException", "IncompleteSignature");
    private static final Set<String> CLOCK = Set.of("RequestTimeTooSkewed", "InvalidSignatureException.Skew");
    /** The portal's answer to a token that has expired or was signed out (observed; docs/aws-behaviour.md). */
    private static final String PORTAL_UNAUTHORIZED = "UnauthorizedException";
    /** The portal's answer for a role the user is not assigned (observed, not modelled; docs/aws-behaviour.md). */
    private static final String PORTAL_FORBIDDEN = "ForbiddenException";

    private AwsProblems() {
    }

    /** A short technical description: the error code, message and HTTP status (for a KMS refusal, its sentence). */
    public static String describe(SdkException e) {
        if (e instanceof KmsKeyRefused) {
            return e.getMessage();
        }
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String message = service.awsErrorDetails().errorMessage();
            String code = service.awsErrorDetails().errorCode();
            boolean quiet = message == null || message.isBlank() || message.equals("null");
            // AWS sometimes answers with neither a code nor a message (a 404 of a proxy, say): never "null".
            return (code == null || code.isBlank() ? "AWS answered" : code)
                    + (quiet ? "" : ": " + plain(message)) + " (HTTP " + service.statusCode() + ")";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** The AWS error code of a service error, or an empty string. */
    public static String errorCode(SdkException e) {
        String code = e instanceof AwsServiceException service && service.awsErrorDetails() != null
                ? service.awsErrorDetails().errorCode() : null;
        return code == null ? "" : code;
    }

    /** True when AWS refused the request for lack of permission. */
    public static boolean isAccessDenied(SdkException e) {
        return ACCESS_DENIED.contains(errorCode(e));
    }

    /**
     * Explains an error of a request as one sentence with what to do.
     *
     * @param resource what the request acted on, e.g. {@code permission set ReadOnly}
     */
    public static MigratorException explain(SdkException e, ApiFamily family, String operation, String resource) {
        String code = errorCode(e);
        String action = family.iamAction(operation);
        String sentence;
        String kms = KmsProblems.reason(e);
        if (e instanceof KmsKeyRefused) {
            sentence = e.getMessage();
        } else if (kms != null) {
            sentence = KmsProblems.refused(e, kms, InstanceKey.UNKNOWN, action + " on " + resource).getMessage();
        } else if (isClockSkew(e)) {
            sentence = "AWS rejected the request because this computer's clock is wrong. "
                    + "Set the clock to the correct time and retry.";
        } else if (family == ApiFamily.SSO_PORTAL && PORTAL_UNAUTHORIZED.equals(code)) {
            sentence = "Your IAM Identity Center sign-in has expired or was signed out. Sign in again.";
        } else if (family == ApiFamily.SSO_PORTAL && PORTAL_FORBIDDEN.equals(code)) {
            sentence = "IAM Identity Center gives you no access to " + resource
                    + ". Choose one of the accounts and roles the access portal lists for you.";
        } else if (ACCESS_DENIED.contains(code)) {
            sentence = "AWS denied " + action + " on " + resource + ". Add " + action
                    + " to the policy of the identity you signed in with (docs/permissions.md lists what the migrator needs).";
        } else if (EXPIRED.contains(code)) {
            sentence = "Your AWS session has expired. Sign in again (for an IAM Identity Center profile: "
                    + "aws sso login --profile NAME, or use the sign-in in the app) and retry.";
        } else if (BAD_CREDENTIALS.contains(code)) {
            sentence = "AWS did not accept the credentials (" + code + "). Check the access key ID and "
                    + "secret access key, or choose another profile.";
        } else if (e instanceof SdkClientException client) {
            sentence = explainClientProblem(client, action, resource);
        } else {
            sentence = action + " on " + resource + " failed: " + describe(e);
        }
        return new MigratorException(MigratorException.Kind.AWS_ACCESS, sentence, e);
    }

    /** The refusal of a profile name that is in none of the given files. */
    public static MigratorException unknownProfile(String name, String where) {
        return new MigratorException(MigratorException.Kind.AWS_ACCESS, "The AWS profile '" + name
                + "' was not found in " + where + ". Check the name (aws configure list-profiles shows them).");
    }

    /** Runs AWS requests, turning any AWS error into a sentence naming the operation and resource. */
    public static void guard(ApiFamily family, String operation, String resource, Runnable requests) {
        try {
            requests.run();
        } catch (SdkException e) {
            throw explain(e, family, operation, resource);
        }
    }

    /**
     * True when AWS refused the request's timestamp: RequestTimeTooSkewed, or a signature error
     * whose message says the signature expired (what SigV4 services answer to a clock that is off
     * by more than 15 minutes).
     */
    public static boolean isClockSkew(SdkException e) {
        String code = errorCode(e);
        if (CLOCK.contains(code)) {
            return true;
        }
        String message = e instanceof AwsServiceException service && service.awsErrorDetails() != null
                ? service.awsErrorDetails().errorMessage() : null;
        return BAD_CREDENTIALS.contains(code) && message != null
                && (message.contains("Signature expired") || message.contains("Signature not yet current"));
    }

    private static String explainClientProblem(SdkClientException e, String action, String resource) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        UnknownHostException unknownHost = cause(e, UnknownHostException.class);
        if (unknownHost != null) {
            return "Could not reach AWS at " + unknownHost.getMessage() + " for " + action + ". Check that the "
                    + "region is a real AWS region (for example eu-west-1) and that this computer is online.";
        }
        if (message.contains("Unable to load credentials") || message.contains("Unable to load an HTTP")
                && message.contains("credentials")) {
            return "No AWS credentials were found. Choose a profile with --profile, set AWS_PROFILE, "
                    + "or sign in first (aws sso login --profile NAME).";
        }
        if (message.contains("Unable to load region")) {
            return "No AWS region is set. Pass --region, or set a region in the profile.";
        }
        if (message.contains("token") && (message.contains("expired") || message.contains("SSO"))) {
            return "Your IAM Identity Center sign-in has expired. Run aws sso login --profile NAME, "
                    + "or sign in from the app, and retry.";
        }
        if (cause(e, java.net.ConnectException.class) != null) {
            return "Could not reach AWS for " + action + ": the connection was refused. Check the endpoint URL, "
                    + "and that no proxy or firewall blocks it.";
        }
        if (cause(e, java.net.SocketTimeoutException.class) != null || message.contains("timed out")) {
            return "Could not reach AWS for " + action + ": it did not answer in time. Check that this computer is "
                    + "online, and the proxy or firewall settings.";
        }
        if (cause(e, javax.net.ssl.SSLException.class) != null) {
            return "Could not reach AWS for " + action + ": the secure connection failed (often a proxy that "
                    + "inspects traffic). Check the proxy settings, or the endpoint URL.";
        }
        return "Could not reach AWS for " + action + " on " + resource + ": " + plain(message)
                + ". Check the network connection and the endpoint.";
    }

    /** The SDK's message without what only the SDK's developers read (its retry count). */
    static String plain(String message) {
        String text = message.replaceAll("\\s*\\(SDK Attempt Count: \\d+\\)", "").strip();
        return text.isEmpty() || text.equals("null") ? "no reason given" : text.endsWith(".")
                ? text.substring(0, text.length() - 1) : text;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
