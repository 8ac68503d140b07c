package co.pump.icm.aws.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.InvalidClientException;
import software.amazon.awssdk.services.ssooidc.model.InvalidGrantException;
import software.amazon.awssdk.services.ssooidc.model.InvalidRequestException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;
import software.amazon.awssdk.services.ssooidc.model.UnauthorizedClientException;

/**
 * Signs in to IAM Identity Center without the AWS CLI, with the OAuth device authorization flow
 * (RFC 8628) of sso-oidc: register this app as a public client, start a device authorization for
 * the start URL, hand the code and the verification URL to the user, then poll for the token —
 * every {@code interval} seconds, 5 seconds slower after each {@code slow_down}, until the user
 * approves, denies, or the code expires. {@link #cancel()} ends the wait from another thread.
 *
 * <p>One instance signs in once. The token stays in memory in the returned {@link PortalSession};
 * nothing is written to the AWS CLI's cache or anywhere else.
 */
public final class DeviceLogin {

    /** The name this app registers under; IAM Identity Center shows it on the approval page. */
    public static final String CLIENT_NAME = "Identity Center Migrator";
    private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final String SCOPE = "sso:account:access";
    private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    private static final String RESOURCE = "the IAM Identity Center sign-in";

    /** Waits between polls; returns true when the wait ended because the sign-in was cancelled. */
    interface Pause {
        boolean await(Duration duration, CountDownLatch cancelled) throws InterruptedException;

        Pause REAL = (duration, cancelled) -> cancelled.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    private final PortalLocation location;
    private final Pause pause;
    private final Clock clock;
    private final AwsCallRunner runner = new AwsCallRunner(RateSettings.AWS_DEFAULTS);
    private final CountDownLatch cancelled = new CountDownLatch(1);

    public DeviceLogin(PortalLocation location) {
        this(location, Pause.REAL, Clock.systemUTC());
    }

    DeviceLogin(PortalLocation location, Pause pause, Clock clock) {
        this.location = location;
        this.pause = pause;
        this.clock = clock;
    }

    /**
     * Runs the sign-in; blocks until it ends.
     *
     * @param onCode called once, on this thread, with the code to show and the page to open
     * @return the signed-in session (close it when done)
     * @throws SignInFailedException when the user denies, the code expires, or the start URL is refused
     * @throws MigratorException     when IAM Identity Center cannot be reached
     * @throws CancellationException when {@link #cancel()} was called
     */
    public PortalSession signIn(Consumer<DeviceCode> onCode) {
        try (SdkHttpClient http = SignInClients.http(2);
             SsoOidcClient oidc = SignInClients.oidc(http, location.region(), location.endpoint())) {
            checkCancelled();
            RegisterClientResponse client = register(oidc);
            checkCancelled();
            StartDeviceAuthorizationResponse device = start(oidc, client);
            Duration lifetime = Duration.ofSeconds(device.expiresIn() == null ? 600 : device.expiresIn());
            onCode.accept(new DeviceCode(device.userCode(), device.verificationUri(),
                    device.verificationUriComplete(), lifetime));
            CreateTokenResponse token = poll(oidc, client, device, lifetime);
            return new PortalSession(location, token.accessToken(),
                    clock.instant().plusSeconds(token.expiresIn() == null ? 3600 : token.expiresIn()), runner, clock);
        }
    }

    /** Ends a running {@link #signIn} (it throws {@link CancellationException}), or the next one at once. */
    public void cancel() {
        cancelled.countDown();
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    private RegisterClientResponse register(SsoOidcClient oidc) {
        try {
            return runner.call(ApiFamily.SSO_OIDC, "RegisterClient", RESOURCE,
                    () -> oidc.registerClient(r -> r.clientName(CLIENT_NAME).clientType("public").scopes(SCOPE)));
        } catch (SdkException e) {
            throw explain(e, "RegisterClient");
        }
    }

    private StartDeviceAuthorizationResponse start(SsoOidcClient oidc, RegisterClientResponse client) {
        try {
            return runner.call(ApiFamily.SSO_OIDC, "StartDeviceAuthorization", RESOURCE,
                    () -> oidc.startDeviceAuthorization(r -> r.clientId(client.clientId())
                            .clientSecret(client.clientSecret()).startUrl(location.startUrl())));
        } catch (InvalidRequestException e) {
            throw new SignInFailedException(SignInFailedException.Reason.REJECTED, "IAM Identity Center in "
                    + location.region() + " did not accept the start URL " + location.startUrl()
                    + ". Check the URL (IAM Identity Center shows it on its Dashboard as the AWS access portal URL)"
                    + " and that " + location.region() + " is the region of the instance.");
        } catch (SdkException e) {
            throw explain(e, "StartDeviceAuthorization");
        }
    }

    private CreateTokenResponse poll(SsoOidcClient oidc, RegisterClientResponse client,
                                     StartDeviceAuthorizationResponse device, Duration lifetime) {
        Duration interval = device.interval() == null || device.interval() < 1
                ? DEFAULT_INTERVAL : Duration.ofSeconds(device.interval());
        long deadline = System.nanoTime() + lifetime.plusSeconds(30).toNanos();
        while (true) {
            waitFor(interval);
            if (System.nanoTime() > deadline) {
                throw expired(lifetime);
            }
            try {
                return runner.call(ApiFamily.SSO_OIDC, "CreateToken", RESOURCE,
                        () -> oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                                .grantType(DEVICE_GRANT).deviceCode(device.deviceCode())));
            } catch (AuthorizationPendingException e) {
                // Not approved yet: wait another interval.
            } catch (SlowDownException e) {
                interval = interval.plus(SLOW_DOWN_STEP);
            } catch (ExpiredTokenException | InvalidGrantException e) {
                throw expired(lifetime);
            } catch (AccessDeniedException e) {
                throw new SignInFailedException(SignInFailedException.Reason.DENIED,
                        "The sign-in was denied on the verification page. Start again and approve the code "
                                + "if it matches the one shown here.");
            } catch (SdkException e) {
                throw explain(e, "CreateToken");
            }
        }
    }

    private void waitFor(Duration interval) {
        checkCancelled();
        try {
            if (pause.await(interval, cancelled)) {
                throw new CancellationException("The sign-in was cancelled.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The sign-in was cancelled.");
        }
    }

    private void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("The sign-in was cancelled.");
        }
    }

    private static SignInFailedException expired(Duration lifetime) {
        long minutes = Math.max(1, lifetime.toMinutes());
        return new SignInFailedException(SignInFailedException.Reason.EXPIRED,
                "The sign-in code expired before it was approved. Start again and approve the code within "
                        + minutes + (minutes == 1 ? " minute." : " minutes."));
    }

    private MigratorException explain(SdkException e, String operation) {
        if (e instanceof InvalidClientException || e instanceof UnauthorizedClientException) {
            return new SignInFailedException(SignInFailedException.Reason.REJECTED,
                    "IAM Identity Center did not accept this app's sign-in request (" + AwsProblems.errorCode(e)
                            + "). Start the sign-in again.");
        }
        return AwsProblems.explain(e, ApiFamily.SSO_OIDC, operation, RESOURCE);
    }
}
