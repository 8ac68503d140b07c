package co.pump.icm.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import co.pump.icm.model.MigratorException;

/**
 * The AWS access portal URL of an IAM Identity Center instance, where people sign in. AWS gives
 * each instance {@code https://<identityStoreId>.awsapps.com/start}; the customer may have chosen
 * a custom subdomain ({@code https://acme.awsapps.com/start}) in the console, which the API does
 * not expose, so a URL typed in is accepted too.
 */
public final class PortalUrl {

    private static final Pattern IDENTITY_STORE_ID = Pattern.compile("d-[0-9a-f]{10}");

    private PortalUrl() {
    }

    /**
     * The default portal URL of the instance with this identity store.
     *
     * @throws MigratorException (BAD_INPUT) if the ID is not an identity store ID such as {@code d-1234567890}
     */
    public static String of(String identityStoreId) {
        if (identityStoreId == null || !IDENTITY_STORE_ID.matcher(identityStoreId).matches()) {
            throw MigratorException.badInput("'" + identityStoreId + "' is not an identity store ID such as "
                    + "d-1234567890, so the access portal URL cannot be worked out; give the URL shown on the IAM Identity "
                    + "Center dashboard.");
        }
        return "https://" + identityStoreId + ".awsapps.com/start";
    }

    /**
     * Checks a portal URL a person typed and returns it tidied (trimmed, without a trailing
     * {@code /} or {@code #/} that browsers add).
     *
     * @throws MigratorException (BAD_INPUT) if it is not an https URL with a host
     */
    public static String parse(String text) {
        String url = text == null ? "" : text.trim();
        while (url.endsWith("/") || url.endsWith("#")) {
            url = url.substring(0, url.length() - 1);
        }
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null) {
                throw new URISyntaxException(url, "not an https URL");
            }
            return "https://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (URISyntaxException e) {
            throw MigratorException.badInput("'" + text + "' is not an access portal URL such as "
                    + "https://d-1234567890.awsapps.com/start.");
        }
    }
}
