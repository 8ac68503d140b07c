package co.pump.icm.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.TestWorld;
import co.pump.icm.sandbox.state.SandboxWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;

/**
 * A deliberately thrown exception inside a sandbox operation fails the test that meets it, even
 * when the product retried past it and the test's own assertions hold; the same test without the
 * exception passes. The sample tests below run through the JUnit launcher, with the suite's
 * extensions, and only from here.
 */
class SandboxBugsTest {

    private static final String RUN_SAMPLES = "icm.sandbox-bug-samples";

    @Test
    void aBugInsideAnOperationFailsTheTestThatMetItThoughTheProductRetriedPastIt() {
        Map<String, TestExecutionResult> results = run(ExportMeetsABug.class);
        assertThat(results.get("theExportSucceeds()").getStatus()).isEqualTo(Status.FAILED);
        assertThat(results.get("theExportSucceeds()").getThrowable()).get().satisfies(failure -> {
            assertThat(failure).isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("The sandbox failed internally during this test (a sandbox bug, not AWS):")
                    .hasMessageContaining("sso-admin")
                    .hasMessageContaining("a deliberate sandbox bug");
            assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void theSameTestWithoutTheBugPasses() {
        assertThat(run(ExportWithoutABug.class).get("theExportSucceeds()").getStatus()).isEqualTo(Status.SUCCESSFUL);
    }

    @Test
    void aBugFailsATestThatStartedItsSandboxDirectly() {
        assertThat(run(DirectSandboxMeetsABug.class).get("theCallIsAnsweredWithA500()").getStatus())
                .isEqualTo(Status.FAILED);
    }

    @Test
    void aBugInAClassSetupFailsTheClassesFirstTest() {
        Map<String, TestExecutionResult> results = run(SetupMeetsABug.class);
        assertThat(results.get("aTest()").getStatus()).isEqualTo(Status.FAILED);
        assertThat(results.get("aTest()").getThrowable()).get().satisfies(f -> assertThat(f)
                .hasMessageStartingWith("The sandbox failed internally before this test (in the class's setup)"));
    }

    @Test
    void aTestThatExpectsBugsIsNotFailedByThem() {
        assertThat(run(ExpectedBug.class).get("theBugIsAnsweredAndRecorded()").getStatus()).isEqualTo(Status.SUCCESSFUL);
    }

    /** Runs a sample class and returns the result of each test and container by display name. */
    private static Map<String, TestExecutionResult> run(Class<?> sample) {
        var results = new java.util.HashMap<String, TestExecutionResult>();
        var request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(sample))
                .configurationParameter(RUN_SAMPLES, "true")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true").build();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                results.put(identifier.getDisplayName(), result);
            }
        });
        // What the samples reported stays with them.
        SandboxBugs.take();
        assertThat(results).as("results of %s", sample.getSimpleName()).isNotEmpty();
        return results;
    }

    /** Lets the samples run only when this class launches them. */
    static final class OnlyWhenLaunchedHere implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(RUN_SAMPLES).isPresent()
                    ? ConditionEvaluationResult.enabled("launched by SandboxBugsTest")
                    : ConditionEvaluationResult.disabled("a sample run only by SandboxBugsTest");
        }
    }

    /** Makes every sso-admin operation throw once, the next time it reads the world: a one-off bug. */
    static void throwOnce(SandboxWorld world) {
        var thrown = new AtomicBoolean();
        synchronized (world) {
            world.addSettler(now -> {
                if (thrown.compareAndSet(false, true)) {
                    throw new IllegalStateException("a deliberate sandbox bug");
                }
            });
        }
    }

    static int exportedUsers(SandboxFixture fixture) {
        try (var clients = AwsClients.open(fixture.source(), 8)) {
            return new InstanceReader(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(1000)),
                    ExportListener.NONE).read(null).config().users().size();
        }
    }

    static SsoAdminClient ssoAdmin(Sandbox sandbox, TestWorld t) {
        return SsoAdminClient.builder().endpointOverride(sandbox.endpoint()).region(Region.of(TestWorld.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        t.management.accessKeyId(), t.management.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    @ExtendWith(OnlyWhenLaunchedHere.class)
    static class ExportMeetsABug {
        @Test
        void theExportSucceeds() {
            try (var fixture = SandboxFixture.demo()) {
                throwOnce(fixture.world());
                // The product retries the 500 and the export completes: only the report of the bug tells.
                assertThat(exportedUsers(fixture)).isEqualTo(40);
            }
        }
    }

    @ExtendWith(OnlyWhenLaunchedHere.class)
    static class ExportWithoutABug {
        @Test
        void theExportSucceeds() {
            try (var fixture = SandboxFixture.demo()) {
                assertThat(exportedUsers(fixture)).isEqualTo(40);
            }
        }
    }

    @ExtendWith(OnlyWhenLaunchedHere.class)
    static class DirectSandboxMeetsABug {
        @Test
        void theCallIsAnsweredWithA500() {
            var t = new TestWorld();
            throwOnce(t.world);
            try (var sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world))) {
                var errors = new ArrayList<Integer>();
                try {
                    ssoAdmin(sandbox, t).listInstances(r -> { });
                } catch (AwsServiceException e) {
                    errors.add(e.statusCode());
                }
                assertThat(errors).containsExactly(500);
            }
        }
    }

    @ExtendWith(OnlyWhenLaunchedHere.class)
    static class SetupMeetsABug {
        static Sandbox sandbox;
        static TestWorld t;

        @BeforeAll
        static void start() {
            t = new TestWorld();
            throwOnce(t.world);
            sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world));
            try {
                ssoAdmin(sandbox, t).listInstances(r -> { });
            } catch (AwsServiceException e) {
                // Looks like an outage; the setup carries on.
            }
        }

        @AfterAll
        static void stop() {
            sandbox.close();
        }

        @Test
        void aTest() {
            assertThat(ssoAdmin(sandbox, t).listInstances(r -> { }).instances()).hasSize(1);
        }
    }

    @ExtendWith(OnlyWhenLaunchedHere.class)
    @ExpectsSandboxBugs
    static class ExpectedBug {
        @Test
        void theBugIsAnsweredAndRecorded() {
            var t = new TestWorld();
            throwOnce(t.world);
            try (var sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world))) {
                List<Integer> errors = new ArrayList<>();
                try {
                    ssoAdmin(sandbox, t).listInstances(r -> { });
                } catch (AwsServiceException e) {
                    errors.add(e.statusCode());
                }
                assertThat(errors).containsExactly(500);
                assertThat(sandbox.stats().internalFailures()).hasSize(1);
            }
        }
    }
}
