package co.pump.icm.ui.signin;

import java.net.URI;

import co.pump.icm.aws.signin.IdentityCenterRegions;
import co.pump.icm.model.MigratorException;

/** The region and endpoint fields of the sign-in steps, read as the engine wants them. */
final class Regions {

    private Regions() {
    }

    /**
     * A typed region, or null when the field is empty (then the instance is searched for).
     *
     * @throws MigratorException (bad input) when it is not a region name
     */
    static String orNull(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return IdentityCenterRegions.requireValid(typed.trim(), "the Region field");
    }

    /**
     * The "Advanced: endpoint URL" field: null when empty (AWS itself).
     *
     * @throws MigratorException (bad input) when it is not an http(s) URL
     */
    static URI endpoint(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.trim();
        try {
            URI uri = URI.create(value);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException(value);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw MigratorException.badInput("The endpoint URL '" + value + "' is not a URL such as "
                    + "https://host:port. Leave it empty to sign in to AWS itself.");
        }
    }
}
