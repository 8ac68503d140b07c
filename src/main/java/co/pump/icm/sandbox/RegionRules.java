package co.pump.icm.sandbox;

import java.util.Set;

import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * What a multi-Region instance answers in its additional Regions (docs/aws-behaviour.md,
 * "Multi-Region instances"): Identity Store only reads there; the admin API only reads the
 * instance and manages applications there. Anything else must go to the primary Region.
 */
public final class RegionRules {

    /** The admin API's instance reads, which additional Regions answer. */
    private static final Set<String> SSO_ADMIN_INSTANCE_READS = Set.of("ListInstances", "DescribeInstance",
            "DescribeInstanceAccessControlAttributeConfiguration");

    private RegionRules() {
    }

    /**
     * Refuses an operation a request signed for one of the instance's additional Regions may not
     * make there. AWS's answer is not documented: ValidationException, naming the primary Region,
     * is a guess (retrying or other permissions would not help).
     *
     * @param service {@code identitystore} or {@code sso-admin}
     */
    public static void requireSupported(Caller caller, SandboxInstance instance, String service, String operation) {
        if (instance.isPrimaryRegion(caller.region()) || supportedInAdditionalRegions(service, operation)) {
            return;
        }
        throw AwsError.validation(operation + " is not supported in " + caller.region() + ", an additional Region of "
                + "the IAM Identity Center instance " + instance.arn + "; send it to the instance's primary Region "
                + instance.region + ".");
    }

    static boolean supportedInAdditionalRegions(String service, String operation) {
        return switch (service) {
            case "identitystore" -> !(operation.startsWith("Create") || operation.startsWith("Update")
                    || operation.startsWith("Delete"));
            case "sso-admin" -> SSO_ADMIN_INSTANCE_READS.contains(operation) || operation.contains("Application");
            default -> true;
        };
    }
}
