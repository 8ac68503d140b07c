package co.pump.icm.aws.signin;

import java.util.List;
import java.util.regex.Pattern;

import co.pump.icm.model.MigratorException;

/**
 * The commercial AWS regions IAM Identity Center runs in, searched when the region of an
 * instance is not known, and the check that a region name is well formed.
 */
public final class IdentityCenterRegions {

    /**
     * The regions of the IAM Identity Center endpoints list (opt-in regions included: a region
     * the account has not enabled simply finds nothing). GovCloud and China are separate
     * partitions and not searched.
     */
    public static final List<String> ALL = List.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "ca-west-1", "mx-central-1", "sa-east-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-central-2",
            "eu-north-1", "eu-south-1", "eu-south-2",
            "il-central-1", "me-south-1", "me-central-1", "af-south-1",
            "ap-east-1", "ap-south-1", "ap-south-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
            "ap-southeast-7");

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private IdentityCenterRegions() {
    }

    /**
     * The region name, trimmed, when it is well formed.
     *
     * @param what what the region is for, for the message, e.g. {@code --region}
     * @throws MigratorException (bad input) naming an example when it is not
     */
    public static String requireValid(String region, String what) {
        String value = region == null ? "" : region.trim();
        if (value.isEmpty()) {
            throw MigratorException.badInput("Choose the AWS region for " + what + ", for example us-east-1.");
        }
        if (!REGION.matcher(value).matches()) {
            throw MigratorException.badInput("'" + value + "' is not an AWS region name (" + what
                    + "); use one such as us-east-1 or eu-west-1.");
        }
        return value;
    }
}
