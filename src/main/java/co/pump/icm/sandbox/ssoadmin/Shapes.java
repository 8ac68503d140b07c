package co.pump.icm.sandbox.ssoadmin;

import java.util.List;

import co.pump.icm.sandbox.StringShape;

/**
 * The string shapes and enums of the sso-admin model that the sandbox validates, with their length
 * limits and patterns exactly as the service model states them (botocore
 * {@code sso-admin/2020-07-20/service-2.json}, the same constraints the API reference pages list).
 * The AWS SDK for Java does not validate these on the client, so the sandbox must.
 *
 * <p>The model's patterns are not anchored, but the older API reference pages show them as
 * {@code ^...$}, so a value must match a pattern as a whole (as {@link StringShape} checks).
 */
final class Shapes {

    private static final String PARTITION = "arn:aws(-[a-z]{1,5}){0,3}";
    private static final String INSTANCE_ID = "(sso)?ins-[a-zA-Z0-9-.]{16}";

    static final StringShape INSTANCE_ARN = shape(10, 1224, PARTITION + ":sso:::instance/" + INSTANCE_ID);
    static final StringShape PERMISSION_SET_ARN = shape(10, 1224,
            PARTITION + ":sso:::permissionSet/" + INSTANCE_ID + "/ps-[a-zA-Z0-9-./]{16}");
    static final StringShape PERMISSION_SET_NAME = shape(1, 32, "[\\w+=,.@-]+");
    static final StringShape DESCRIPTION = shape(1, 700, "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");
    static final StringShape RELAY_STATE = shape(1, 240,
            "[a-zA-Z0-9&$@#\\\\\\/%?=~\\-_'\"|!:,.;*+\\[\\]\\ \\(\\)\\{\\}]+");
    static final StringShape DURATION = shape(1, 100,
            "(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
    static final StringShape POLICY_DOCUMENT = shape(1, 32768, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    /** AWS managed policies only: an account's own policy ARN does not match. */
    static final StringShape MANAGED_POLICY_ARN = shape(20, 2048,
            PARTITION + ":iam::aws:policy((/[A-Za-z0-9\\.,\\+@=_-]+)*)/([A-Za-z0-9\\.,\\+=@_-]+)");
    static final StringShape MANAGED_POLICY_NAME = shape(1, 128, "[\\w+=,.@-]+");
    static final StringShape MANAGED_POLICY_PATH = shape(1, 512, "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/");
    static final StringShape TAG_KEY = shape(1, 128, "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)");
    static final StringShape TAG_VALUE = shape(0, 256, "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)");
    static final StringShape TAGGABLE_RESOURCE_ARN = shape(10, 2048,
            PARTITION + ":sso::((:instance/" + INSTANCE_ID + ")|(:permissionSet/" + INSTANCE_ID + "/ps-[a-zA-Z0-9-./]{16})"
                    + "|(\\d{12}:application/" + INSTANCE_ID + "/apl-[a-zA-Z0-9]{16})"
                    + "|(\\d{12}:trustedTokenIssuer/" + INSTANCE_ID
                    + "/tti-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}))");
    static final StringShape ACCOUNT_ID = shape(12, 12, "\\d{12}");
    static final StringShape PRINCIPAL_ID = shape(1, 47,
            "([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}");
    static final StringShape REQUEST_ID = shape(36, 36,
            "\\b[0-9a-f]{8}\\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\\b[0-9a-f]{12}\\b");
    static final StringShape TOKEN = shape(0, 2048, "[-a-zA-Z0-9+=/_]*");
    static final StringShape APPLICATION_PROVIDER_ARN = shape(10, 1224,
            PARTITION + ":sso::aws:applicationProvider/[a-zA-Z0-9-/]+");

    static final List<String> PRINCIPAL_TYPES = List.of("USER", "GROUP");
    static final List<String> TARGET_TYPES = List.of("AWS_ACCOUNT");
    static final List<String> PROVISION_TARGET_TYPES = List.of("AWS_ACCOUNT", "ALL_PROVISIONED_ACCOUNTS");
    static final List<String> PROVISIONING_STATUSES = List.of("LATEST_PERMISSION_SET_PROVISIONED",
            "LATEST_PERMISSION_SET_NOT_PROVISIONED");
    static final List<String> STATUS_VALUES = List.of("IN_PROGRESS", "FAILED", "SUCCEEDED");

    /** MaxResults of every paginated operation. */
    static final int MAX_RESULTS_MIN = 1;
    static final int MAX_RESULTS_MAX = 100;
    /** Tags in one request (TagList, TagKeyList). */
    static final int TAGS_PER_REQUEST = 75;

    private Shapes() {
    }

    /** None of the sso-admin members the sandbox reads is sensitive: values appear in messages. */
    private static StringShape shape(int min, int max, String pattern) {
        return new StringShape(min, max, pattern, false);
    }
}
