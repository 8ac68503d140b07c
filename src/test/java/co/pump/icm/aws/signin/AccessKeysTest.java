package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.pump.icm.model.MigratorException;
import co.pump.icm.sandbox.data.DemoData;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/** Access keys typed in: checked without echoing them, used, and cleared. */
class AccessKeysTest {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    void signsInWithTypedKeysAndForgetsThem() {
        try (var sandbox = new SignInSandbox()) {
            var credential = sandbox.seeded.source();
            char[] typedSecret = (" " + credential.secretAccessKey() + "\n").toCharArray();
            var keys = AccessKeys.of(credential.accessKeyId(), typedSecret, credential.sessionToken().toCharArray());
            assertThat(keys.hasSessionToken()).isTrue();
            Identity me = new WhoAmI().check(keys.target(DemoData.SOURCE_REGION, sandbox.endpoint()));
            assertThat(me.accountId()).isEqualTo(DemoData.MANAGEMENT);
            var resolved = (AwsSessionCredentials) keys.credentialsProvider().resolveCredentials();
            assertThat(resolved.secretAccessKey()).isEqualTo(credential.secretAccessKey());

            keys.clear();
            assertThat(keys.isCleared()).isTrue();
            assertThatThrownBy(() -> keys.credentialsProvider().resolveCredentials())
                    .isInstanceOfSatisfying(MigratorException.class,
                            e -> assertThat(e.kind()).isEqualTo(MigratorException.Kind.AWS_ACCESS))
                    .hasMessage("The access keys were cleared from memory. Type them in again.");
            Identity after = new WhoAmI().check(keys.target(DemoData.SOURCE_REGION, sandbox.endpoint()));
            assertThat(after.problems()).extracting(Check::message)
                    .containsExactly("The access keys were cleared from memory. Type them in again.");
        }
    }

    @Test
    void neverShowsTheSecret() {
        var keys = AccessKeys.of("ASIAIOSFODNN7EXAMPLE", SECRET.toCharArray(), "FwoGZXIvYXdzEJr//token".toCharArray());
        assertThat(keys.toString()).isEqualTo("AccessKeys[ASIA…MPLE, temporary]");
        assertThat(keys.credentialsProvider().toString()).isEqualTo(keys.toString());
        assertThat(keys.credentialsProvider().resolveCredentials().toString()).doesNotContain(SECRET);
        keys.close();
        assertThat(keys.toString()).isEqualTo("AccessKeys[ASIA…MPLE, temporary, cleared]");
        assertThat(AccessKeys.of("AKIAIOSFODNN7EXAMPLE", SECRET.toCharArray(), new char[0]).hasSessionToken()).isFalse();
    }

    @Test
    void badInputIsExplainedWithoutRepeatingIt() {
        assertThatThrownBy(() -> AccessKeys.of(" ", SECRET.toCharArray(), null))
                .isInstanceOfSatisfying(MigratorException.class,
                        e -> assertThat(e.kind()).isEqualTo(MigratorException.Kind.BAD_INPUT))
                .hasMessage("Enter the access key ID.");
        // The secret pasted into the key ID field is not echoed back.
        assertThatThrownBy(() -> AccessKeys.of(SECRET, SECRET.toCharArray(), null))
                .hasMessage("The access key ID is 16 to 128 capital letters and digits, such as AKIAIOSFODNN7EXAMPLE. "
                        + "Check what was pasted into the access key ID field.");
        assertThatThrownBy(() -> AccessKeys.of("AKIAIOSFODNN7EXAMPLE", "  ".toCharArray(), null))
                .hasMessage("Enter the secret access key.");
        assertThatThrownBy(() -> AccessKeys.of("AKIAIOSFODNN7EXAMPLE", "wJalr XUtn".toCharArray(), null))
                .hasMessage("The secret access key contains a space or a line break. Paste it again, without them.");
        assertThatThrownBy(() -> AccessKeys.of("AKIAIOSFODNN7EXAMPLE", SECRET.toCharArray(), "a\nb".toCharArray()))
                .hasMessage("The session token contains a space or a line break. Paste it again, without them.");
        assertThatThrownBy(() -> AccessKeys.of("ASIAIOSFODNN7EXAMPLE", SECRET.toCharArray(), null))
                .hasMessage("An access key ID that starts with ASIA is temporary and needs its session token. "
                        + "Paste the session token too.");
    }

    @Test
    void keepsItsOwnCopyOfWhatWasTyped() {
        char[] typed = SECRET.toCharArray();
        var keys = AccessKeys.of("AKIAIOSFODNN7EXAMPLE", typed, null);
        java.util.Arrays.fill(typed, '\0');
        assertThat(keys.credentialsProvider().resolveCredentials().secretAccessKey()).isEqualTo(SECRET);
    }
}
