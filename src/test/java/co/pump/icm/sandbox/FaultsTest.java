package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.identitystore.model.ConflictException;
import software.amazon.awssdk.services.identitystore.model.IdentitystoreException;
import software.amazon.awssdk.services.identitystore.model.InternalServerException;
import software.amazon.awssdk.services.identitystore.model.ThrottlingException;
import software.amazon.awssdk.services.organizations.model.TooManyRequestsException;
import software.amazon.awssdk.services.sts.model.StsException;

class FaultsTest {
    private final TestWorld t = new TestWorld();

    private Sandbox start(FaultOptions faults) {
        return Sandbox.start(SandboxOptions.defaults().withWorld(t.world).withFaults(faults));
    }

    @Test
    void aLowRateIsThrottledWithThrottlingException() {
        try (Sandbox sandbox = start(FaultOptions.none().withTps(2))) {
            var client = Clients.identityStore(sandbox, t.management);
            List<ThrottlingException> throttled = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                try {
                    client.listUsers(r -> r.identityStoreId(t.storeId()));
                } catch (ThrottlingException e) {
                    throttled.add(e);
                }
            }
            assertThat(throttled).isNotEmpty();
            assertThat(throttled.get(0).awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
            assertThat(throttled.get(0).isThrottlingException()).isTrue();
            assertThat(sandbox.stats().throttled()).isEqualTo(throttled.size());
            assertThat(sandbox.calls().records(c -> "ThrottlingException".equals(c.error()))).hasSize(throttled.size());
        }
    }

    @Test
    void eachApiFamilyHasItsOwnBucket() {
        try (Sandbox sandbox = start(FaultOptions.none().withTps(1))) {
            var client = Clients.identityStore(sandbox, t.management);
            assertThatThrownBy(() -> {
                for (int i = 0; i < 5; i++) {
                    client.listUsers(r -> r.identityStoreId(t.storeId()));
                }
            }).isInstanceOf(ThrottlingException.class);
            assertThat(Clients.organizations(sandbox, t.management).describeOrganization().organization()).isNotNull();
        }
    }

    @Test
    void organizationsIsThrottledWithTooManyRequestsException() {
        try (Sandbox sandbox = start(FaultOptions.none().withTps(1))) {
            var client = Clients.organizations(sandbox, t.management);
            assertThatThrownBy(() -> {
                for (int i = 0; i < 5; i++) {
                    client.describeOrganization();
                }
            }).isInstanceOfSatisfying(TooManyRequestsException.class,
                    e -> assertThat(e.isThrottlingException()).isTrue());
        }
    }

    @Test
    void stsIsThrottledWithThrottling() {
        try (Sandbox sandbox = start(FaultOptions.none().withTps(1))) {
            var client = Clients.sts(sandbox, Clients.credentials(t.management));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 5; i++) {
                    client.getCallerIdentity();
                }
            }).isInstanceOfSatisfying(StsException.class, e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
                assertThat(e.isThrottlingException()).isTrue();
            });
        }
    }

    @Test
    void failRateOneAnswers500InternalServerException() {
        try (Sandbox sandbox = start(FaultOptions.none().withFailRate(1.0))) {
            var client = Clients.identityStore(sandbox, t.management);
            assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(t.storeId())))
                    .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
            assertThat(sandbox.stats().failed()).isEqualTo(1);
            assertThat(sandbox.stats().internalFailures()).isEmpty();
        }
    }

    @Test
    void resetRateOneDropsTheConnection() {
        try (Sandbox sandbox = start(FaultOptions.none().withResetRate(1.0))) {
            var client = Clients.identityStore(sandbox, t.management);
            assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(t.storeId())))
                    .isInstanceOf(SdkClientException.class)
                    .hasRootCauseInstanceOf(IOException.class);
            assertThat(sandbox.stats().reset()).isEqualTo(1);
            assertThat(sandbox.calls().records()).singleElement().satisfies(c -> {
                assertThat(c.status()).isZero();
                assertThat(c.error()).isNull();
                assertThat(c.operation()).isEqualTo("ListUsers");
            });
        }
    }

    @Test
    void aLostReplyIsCarriedOutAndThenDropped() {
        try (Sandbox sandbox = start(FaultOptions.none().withLostReplyRate(1.0))) {
            var client = Clients.identityStore(sandbox, t.management);
            assertThatThrownBy(() -> client.createGroup(r -> r.identityStoreId(t.storeId()).displayName("Auditors")))
                    .isInstanceOf(SdkClientException.class)
                    .hasRootCauseInstanceOf(IOException.class);
            synchronized (t.world) {
                assertThat(t.instance.groups.values()).extracting(g -> g.displayName()).containsExactly("Auditors");
            }
            assertThat(sandbox.stats().lostReplies()).isEqualTo(1);
            assertThat(sandbox.stats().reset()).isZero();
            assertThat(sandbox.calls().records()).singleElement().satisfies(c -> {
                assertThat(c.operation()).isEqualTo("CreateGroup");
                assertThat(c.status()).isZero();
                assertThat(c.answerLost()).isTrue();
                assertThat(c.carriedOut()).isTrue();
            });
            // The retry meets its own earlier write.
            assertThatThrownBy(() -> client.createGroup(r -> r.identityStoreId(t.storeId()).displayName("Auditors")))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reasonAsString())
                            .isEqualTo("UNIQUENESS_CONSTRAINT_VIOLATION"));
            assertThat(sandbox.stats().lostReplies()).as("a refusal is not carried out, so its answer arrives").isEqualTo(1);
        }
    }

    @Test
    void aLateFailureIsCarriedOutAndThenAnsweredWithTheServerError() {
        try (Sandbox sandbox = start(FaultOptions.none().withLateFailRate(1.0))) {
            var client = Clients.identityStore(sandbox, t.management);
            assertThatThrownBy(() -> client.createGroup(r -> r.identityStoreId(t.storeId()).displayName("Auditors")))
                    .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
            synchronized (t.world) {
                assertThat(t.instance.groups.values()).extracting(g -> g.displayName()).containsExactly("Auditors");
            }
            assertThat(sandbox.stats().lateFailures()).isEqualTo(1);
            assertThat(sandbox.stats().failed()).isZero();
            assertThat(sandbox.calls().records()).singleElement().satisfies(c -> {
                assertThat(c.status()).isEqualTo(500);
                assertThat(c.error()).isEqualTo("InternalServerException");
                assertThat(c.answerLost()).isTrue();
                assertThat(c.carriedOut()).isTrue();
            });
        }
    }

    @Test
    void aRequestThatFailsBeforeTheWorkIsNotCarriedOut() {
        try (Sandbox sandbox = start(FaultOptions.none().withFailRate(1.0))) {
            var client = Clients.identityStore(sandbox, t.management);
            assertThatThrownBy(() -> client.createGroup(r -> r.identityStoreId(t.storeId()).displayName("Auditors")))
                    .isInstanceOf(InternalServerException.class);
            synchronized (t.world) {
                assertThat(t.instance.groups).isEmpty();
            }
            assertThat(sandbox.calls().records()).singleElement().satisfies(c -> {
                assertThat(c.answerLost()).isFalse();
                assertThat(c.carriedOut()).isFalse();
            });
        }
    }

    @Test
    void latencyIsAddedToEachRequest() {
        try (Sandbox sandbox = start(FaultOptions.none().withLatency(Duration.ofMillis(150)))) {
            var client = Clients.identityStore(sandbox, t.management);
            client.listUsers(r -> r.identityStoreId(t.storeId()));
            long started = System.nanoTime();
            client.listUsers(r -> r.identityStoreId(t.storeId()));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void faultsApplyOnlyAfterAuthentication() {
        try (Sandbox sandbox = start(FaultOptions.none().withFailRate(1.0).withResetRate(1.0))) {
            var client = Clients.identityStore(sandbox.endpoint(), Clients.credentials("AKIANOTAKEY000000000", "x"));
            assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(t.storeId())))
                    .isInstanceOfSatisfying(IdentitystoreException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));
            assertThat(sandbox.stats().failed()).isZero();
            assertThat(sandbox.stats().reset()).isZero();
        }
    }

    @Test
    void theSameSeedDrawsTheSameFaults() {
        var options = FaultOptions.none().withFailRate(0.5).withResetRate(0.2);
        var first = new FaultInjector(options, 7, System::nanoTime);
        var second = new FaultInjector(options, 7, System::nanoTime);
        var other = new FaultInjector(options, 8, System::nanoTime);
        List<FaultInjector.Fault> a = new ArrayList<>();
        List<FaultInjector.Fault> b = new ArrayList<>();
        List<FaultInjector.Fault> c = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            a.add(first.draw("identitystore"));
            b.add(second.draw("identitystore"));
            c.add(other.draw("identitystore"));
        }
        assertThat(a).isEqualTo(b).isNotEqualTo(c)
                .contains(FaultInjector.Fault.NONE, FaultInjector.Fault.FAIL, FaultInjector.Fault.RESET);
    }

    @Test
    void theSameSeedLosesTheSameAnswers() {
        var options = FaultOptions.none().withLostReplyRate(0.3).withLateFailRate(0.2);
        var first = new FaultInjector(options, 7, System::nanoTime);
        var second = new FaultInjector(options, 7, System::nanoTime);
        List<FaultInjector.AfterWork> a = new ArrayList<>();
        List<FaultInjector.AfterWork> b = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            a.add(first.drawAfterWork());
            b.add(second.drawAfterWork());
        }
        assertThat(a).isEqualTo(b).contains(FaultInjector.AfterWork.ANSWER, FaultInjector.AfterWork.LOSE_REPLY,
                FaultInjector.AfterWork.FAIL_LATE);
        var none = new FaultInjector(FaultOptions.none(), 7, System::nanoTime);
        assertThat(none.drawAfterWork()).isEqualTo(FaultInjector.AfterWork.ANSWER);
    }

    @Test
    void theBucketHoldsOneSecondAndRefills() {
        var clock = new AtomicLong();
        var bucket = new TokenBucket(3, clock::get);
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
        clock.addAndGet(340_000_000L);
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
        clock.addAndGet(10_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> FaultOptions.none().withTps(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The throttle rate must be a positive number of requests per second, or 0 for none; got -1.0");
        assertThatThrownBy(() -> FaultOptions.none().withFailRate(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The fail rate must be between 0 and 1; got 1.5");
        assertThatThrownBy(() -> FaultOptions.none().withResetRate(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The reset rate must be between 0 and 1; got -0.1");
        assertThatThrownBy(() -> FaultOptions.none().withLostReplyRate(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The lost reply rate must be between 0 and 1; got 1.5");
        assertThatThrownBy(() -> FaultOptions.none().withLateFailRate(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The late fail rate must be between 0 and 1; got -1.0");
        assertThatThrownBy(() -> FaultOptions.none().withLostReplyRate(0.7).withLateFailRate(0.4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The lost reply rate and the late fail rate together cannot exceed 1; got 0.7 and 0.4");
        assertThatThrownBy(() -> FaultOptions.none().withLatency(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The added latency cannot be negative; got PT-0.001S");
    }
}
