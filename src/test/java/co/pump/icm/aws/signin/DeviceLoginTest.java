package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import co.pump.icm.model.MigratorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The device sign-in against the sandbox's sso-oidc service, approved on its page over HTTP. */
class DeviceLoginTest {

    private final SignInSandbox sandbox = new SignInSandbox();
    private final AtomicReference<DeviceCode> code = new AtomicReference<>();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private DeviceLogin login(ScriptedPause pause) {
        return new DeviceLogin(sandbox.sourcePortal(), pause, sandbox.clock);
    }

    private Runnable approveAs(String user) {
        return () -> assertThat(sandbox.approve(code.get().userCode(), user)).isEqualTo(200);
    }

    @Test
    void signsInOnceTheUserApprovesOnTheVerificationPage() {
        var pause = new ScriptedPause(sandbox).during(2, approveAs(SignInSandbox.ADMIN_USER));
        try (PortalSession session = login(pause).signIn(code::set)) {
            DeviceCode shown = code.get();
            assertThat(shown.userCode()).matches("[A-Z]{4}-[A-Z]{4}");
            assertThat(shown.verificationUriComplete())
                    .isEqualTo(sandbox.endpoint() + "/device?user_code=" + shown.userCode());
            assertThat(shown.verificationUri()).isEqualTo(sandbox.endpoint() + "/device");
            assertThat(shown.expiresIn()).isEqualTo(Duration.ofMinutes(10));
            // One wait pending, one approved: polled at the interval the service gave (1 s).
            assertThat(pause.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
            assertThat(session.isExpired()).isFalse();
            assertThat(session.expiresAt()).isEqualTo(sandbox.clock.instant().plus(Duration.ofHours(8)));
            assertThat(session.toString()).contains(sandbox.sourceStartUrl()).doesNotContain("aoa");
        }
        assertThat(sandbox.sandbox.calls().count("sso-oidc", "CreateToken")).isEqualTo(2);
        assertThat(sandbox.sandbox.calls().count("sso-oidc", "RegisterClient")).isEqualTo(1);
        assertThat(sandbox.sandbox.stats().internalFailures()).isEmpty();
    }

    @Test
    void theVerificationPageShowsTheSameCode() {
        var pause = new ScriptedPause(sandbox).during(1, () -> {
            var page = sandbox.open(code.get().verificationUriComplete());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(code.get().userCode());
            approveAs(SignInSandbox.ADMIN_USER).run();
        });
        try (PortalSession session = login(pause).signIn(code::set)) {
            assertThat(session.accounts()).isNotEmpty();
        }
    }

    @Test
    void slowsDownByFiveSecondsWhenAskedTo() {
        // The second poll comes too soon (the clock did not move): slow_down, then every 6 s.
        var pause = new ScriptedPause(sandbox).advancing(2, Duration.ZERO)
                .during(3, approveAs(SignInSandbox.ADMIN_USER));
        try (PortalSession session = login(pause).signIn(code::set)) {
            assertThat(pause.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(6));
            assertThat(session.isExpired()).isFalse();
        }
        assertThat(sandbox.sandbox.calls().records()).filteredOn(r -> "CreateToken".equals(r.operation()))
                .extracting(r -> r.error())
                .containsExactly("AuthorizationPendingException", "SlowDownException", null);
    }

    @Test
    void aDeniedRequestEndsTheSignInWithTheReason() {
        var pause = new ScriptedPause(sandbox).during(1, () -> assertThat(sandbox.deny(code.get().userCode())).isEqualTo(200));
        assertThatThrownBy(() -> login(pause).signIn(code::set))
                .isInstanceOfSatisfying(SignInFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SignInFailedException.Reason.DENIED);
                    assertThat(e.kind()).isEqualTo(MigratorException.Kind.AWS_ACCESS);
                    assertThat(e).hasMessage("The sign-in was denied on the verification page. Start again and "
                            + "approve the code if it matches the one shown here.");
                });
    }

    @Test
    void aCodeNotApprovedInTimeExpires() {
        var pause = new ScriptedPause(sandbox).advancing(1, Duration.ofMinutes(11));
        assertThatThrownBy(() -> login(pause).signIn(code::set))
                .isInstanceOfSatisfying(SignInFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SignInFailedException.Reason.EXPIRED);
                    assertThat(e).hasMessage("The sign-in code expired before it was approved. Start again and "
                            + "approve the code within 10 minutes.");
                });
    }

    @Test
    void cancellingEndsTheWait() {
        var login = new AtomicReference<DeviceLogin>();
        var pause = new ScriptedPause(sandbox).during(2, () -> login.get().cancel());
        login.set(login(pause));
        assertThatThrownBy(() -> login.get().signIn(code::set))
                .isInstanceOf(CancellationException.class).hasMessage("The sign-in was cancelled.");
        assertThat(pause.waits).hasSize(2);
        assertThatThrownBy(() -> login.get().signIn(code::set)).isInstanceOf(CancellationException.class);
    }

    @Test
    void cancellingFromAnotherThreadWakesARealWait() throws Exception {
        var login = new DeviceLogin(sandbox.sourcePortal());
        var shown = new CountDownLatch(1);
        var running = CompletableFuture.supplyAsync(() -> login.signIn(c -> shown.countDown()));
        assertThat(shown.await(30, TimeUnit.SECONDS)).isTrue();
        login.cancel();
        assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(CancellationException.class);
        assertThat(login.isCancelled()).isTrue();
    }

    @Test
    void aStartUrlOfNoInstanceIsRefused() {
        var location = new PortalLocation("https://d-0000000000.awsapps.com/start", "us-east-1", sandbox.endpoint());
        assertThatThrownBy(() -> new DeviceLogin(location, new ScriptedPause(sandbox), sandbox.clock).signIn(code::set))
                .isInstanceOfSatisfying(SignInFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SignInFailedException.Reason.REJECTED);
                    assertThat(e).hasMessage("IAM Identity Center in us-east-1 did not accept the start URL "
                            + "https://d-0000000000.awsapps.com/start. Check the URL (IAM Identity Center shows it on "
                            + "its Dashboard as the AWS access portal URL) and that us-east-1 is the region of the "
                            + "instance.");
                });
        assertThat(code.get()).isNull();
    }

    @Test
    void theLocationIsCheckedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> new PortalLocation("http://d-1.awsapps.com/start", "us-east-1", null))
                .isInstanceOf(MigratorException.class)
                .hasMessage("'http://d-1.awsapps.com/start' is not an AWS access portal URL. It looks like "
                        + "https://d-1234567890.awsapps.com/start (IAM Identity Center shows it on its Dashboard).");
        assertThatThrownBy(() -> PortalLocation.of(" ", "us-east-1"))
                .hasMessage("Enter the AWS access portal URL, for example https://d-1234567890.awsapps.com/start.");
        assertThatThrownBy(() -> PortalLocation.of("https://d-1.awsapps.com/start", "Ireland"))
                .isInstanceOfSatisfying(MigratorException.class,
                        e -> assertThat(e.kind()).isEqualTo(MigratorException.Kind.BAD_INPUT))
                .hasMessage("'Ireland' is not an AWS region name (the IAM Identity Center sign-in); use one such as "
                        + "us-east-1 or eu-west-1.");
        assertThatThrownBy(() -> PortalLocation.of("https://d-1.awsapps.com/start", null))
                .hasMessage("Choose the AWS region for the IAM Identity Center sign-in, for example us-east-1.");
        assertThat(PortalLocation.of(" https://acme.awsapps.com/start ", " eu-west-1 "))
                .isEqualTo(new PortalLocation("https://acme.awsapps.com/start", "eu-west-1", null));
    }
}
