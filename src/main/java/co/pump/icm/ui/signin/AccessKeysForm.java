package co.pump.icm.ui.signin;

import java.net.URI;
import java.util.Arrays;

import co.pump.icm.aws.signin.AccessKeys;
import co.pump.icm.model.MigratorException;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Access keys" tab: an access key ID, a secret access key and an optional session token,
 * typed or pasted into masked fields, and a region. The secret and the token live only in the
 * masked fields (bound to {@link #secretAccessKeyProperty()} and {@link #sessionTokenProperty()})
 * and in the {@link AccessKeys} made for a check; {@link #clearSecrets()} empties the fields.
 */
public final class AccessKeysForm {

    private final StringProperty accessKeyId = new SimpleStringProperty(this, "accessKeyId", "");
    private final StringProperty secretAccessKey = new SimpleStringProperty(this, "secretAccessKey", "");
    private final StringProperty sessionToken = new SimpleStringProperty(this, "sessionToken", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");

    AccessKeysForm() {
    }

    /** The access key ID (not a secret, but not echoed in messages either). */
    public StringProperty accessKeyIdProperty() {
        return accessKeyId;
    }

    /** The secret access key; bind only to a masked field. */
    public StringProperty secretAccessKeyProperty() {
        return secretAccessKey;
    }

    /** The session token of temporary keys, or empty; bind only to a masked field. */
    public StringProperty sessionTokenProperty() {
        return sessionToken;
    }

    /** The region; empty to search every region for the IAM Identity Center instance. */
    public StringProperty regionProperty() {
        return region;
    }

    /**
     * The typed keys as credentials to check.
     *
     * @throws MigratorException (bad input) with a sentence that never repeats what was typed
     */
    Candidate.Ready candidate(URI endpoint) {
        char[] secret = text(secretAccessKey);
        char[] token = text(sessionToken);
        try {
            AccessKeys keys = AccessKeys.of(accessKeyId.get(), secret, token);
            String label = "the access keys " + keys;
            return new Candidate.Ready(SignInMethod.ACCESS_KEYS, label, keys.target(Regions.orNull(region.get()), endpoint),
                    keys, null);
        } finally {
            // AccessKeys keeps copies; these arrays are ours to wipe.
            Arrays.fill(secret, '\0');
            Arrays.fill(token, '\0');
        }
    }

    /** Empties the secret and the session token fields (the key ID and region stay). */
    void clearSecrets() {
        secretAccessKey.set("");
        sessionToken.set("");
    }

    /** Fills the form (the demo). */
    void fill(String keyId, String secret, String token, String regionName) {
        accessKeyId.set(keyId);
        secretAccessKey.set(secret);
        sessionToken.set(token == null ? "" : token);
        region.set(regionName);
    }

    private static char[] text(StringProperty property) {
        String value = property.get();
        return value == null ? new char[0] : value.toCharArray();
    }
}
