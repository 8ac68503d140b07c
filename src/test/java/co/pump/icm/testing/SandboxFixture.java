package co.pump.icm.testing;

import java.util.function.UnaryOperator;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SandboxScenario;
import co.pump.icm.sandbox.data.SandboxSeeder;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxWorld;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** A running sandbox seeded with a scenario, and AWS targets for its identities. For tests. */
public final class SandboxFixture implements AutoCloseable {

    private final Sandbox sandbox;
    private final SeededWorld seeded;

    private SandboxFixture(Sandbox sandbox, SeededWorld seeded) {
        this.sandbox = sandbox;
        this.seeded = seeded;
    }

    /** The demo company, no faults. */
    public static SandboxFixture demo() {
        return start(DemoData.scenario(), 42, o -> o);
    }

    public static SandboxFixture start(SandboxScenario scenario, long seed, UnaryOperator<SandboxOptions> options) {
        var world = new SandboxWorld(seed);
        SeededWorld seeded = SandboxSeeder.seed(world, scenario);
        var sandbox = Sandbox.start(options.apply(SandboxOptions.defaults().withSeed(seed).withPort(0)).withWorld(world));
        return new SandboxFixture(sandbox, seeded);
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public SeededWorld seeded() {
        return seeded;
    }

    public SandboxWorld world() {
        return sandbox.world();
    }

    /** The source organization's management account. */
    public AwsTarget source() {
        return target(seeded.source(), seeded.sourceRegion());
    }

    /** The target organization's delegated administrator. */
    public AwsTarget target() {
        return target(seeded.target(), seeded.targetRegion());
    }

    public AwsTarget targetManagement() {
        return target(seeded.targetManagement(), seeded.targetRegion());
    }

    public AwsTarget member() {
        return target(seeded.member(), seeded.targetRegion());
    }

    /** A target signed with the given sandbox credential, in the given region. */
    public AwsTarget target(SandboxCredential credential, String region) {
        return AwsTarget.withCredentials(credentials(credential), region, sandbox.endpoint());
    }

    /** What the source instance holds, read by the test-side reader (never the product's). */
    public Inventory readSource() {
        return InventoryReader.read(sandbox.endpoint(), credentials(seeded.source()), seeded.sourceRegion());
    }

    /** What the target instance holds, read as the delegated administrator by the test-side reader. */
    public Inventory readTarget() {
        return InventoryReader.read(sandbox.endpoint(), credentials(seeded.target()), seeded.targetRegion());
    }

    /** The given kinds ({@link InventoryKinds}) of the target, read as {@link #readTarget()} does. */
    public Inventory readTarget(String... kinds) {
        var wanted = java.util.Set.of(kinds);
        return InventoryReader.read(sandbox.endpoint(), credentials(seeded.target()), seeded.targetRegion(),
                InventoryKinds.ALL.stream().filter(k -> wanted.contains(k.name())).toList());
    }

    /** What a complete import of the source should leave in the (empty) target, by AWS's rules. */
    public Inventory expectedTarget() {
        return expectedTarget(false);
    }

    /** The same, for an import asked ({@code true}) or not to create the users disabled in the source. */
    public Inventory expectedTarget(boolean includeDisabledUsers) {
        return ImportExpectation.of(readSource(), InventoryReader.assignableAccounts(sandbox.endpoint(),
                credentials(seeded.target()), seeded.targetRegion()), includeDisabledUsers);
    }

    /** Does something while the sandbox injects no faults (the outage is over), then injects them again. */
    public <T> T withoutFaults(java.util.function.Supplier<T> work) {
        FaultOptions faults = sandbox.faults();
        sandbox.changeFaults(FaultOptions.none());
        try {
            return work.get();
        } finally {
            sandbox.changeFaults(faults);
        }
    }

    /** The SDK credentials of a sandbox identity. */
    public static AwsCredentialsProvider credentials(SandboxCredential credential) {
        AwsCredentials credentials = credential.sessionToken() == null
                ? AwsBasicCredentials.create(credential.accessKeyId(), credential.secretAccessKey())
                : AwsSessionCredentials.create(credential.accessKeyId(), credential.secretAccessKey(),
                credential.sessionToken());
        return StaticCredentialsProvider.create(credentials);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
