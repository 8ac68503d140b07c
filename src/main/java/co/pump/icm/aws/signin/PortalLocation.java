package co.pump.icm.aws.signin;

import java.net.URI;
import java.net.URISyntaxException;

import co.pump.icm.model.MigratorException;

/**
 * Where to sign in with IAM Identity Center: the access portal's start URL and its region (where
 * the sso-oidc and portal endpoints are), and an endpoint override that serves both (the sandbox).
 *
 * @param startUrl the access portal URL, e.g. {@code https://d-1234567890.awsapps.com/start}
 * @param region   the region of the IAM Identity Center instance behind it, e.g. {@code eu-west-1}
 * @param endpoint the endpoint to send the sign-in and portal requests to instead of AWS, or null
 */
public record PortalLocation(String startUrl, String region, URI endpoint) {

    /**
     * @throws MigratorException (bad input) when the start URL is not an https URL or the region
     *                           is not a region name
     */
    public PortalLocation {
        startUrl = checkStartUrl(startUrl);
        region = IdentityCenterRegions.requireValid(region, "the IAM Identity Center sign-in");
    }

    /** A location on AWS itself. */
    public static PortalLocation of(String startUrl, String region) {
        return new PortalLocation(startUrl, region, null);
    }

    private static String checkStartUrl(String startUrl) {
        String value = startUrl == null ? "" : startUrl.trim();
        if (value.isEmpty()) {
            throw MigratorException.badInput("Enter the AWS access portal URL, for example "
                    + "https://d-1234567890.awsapps.com/start.");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw MigratorException.badInput("'" + value + "' is not an AWS access portal URL. It looks like "
                    + "https://d-1234567890.awsapps.com/start (IAM Identity Center shows it on its Dashboard).");
        }
        return value;
    }
}
