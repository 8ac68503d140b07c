package co.pump.icm.ui.state;

import java.net.URI;
import java.util.Objects;

import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SandboxSeeder;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * The local AWS emulator the demo runs against, seeded with the demo company (Larkspur Labs, see
 * {@link DemoData}), and the access keys of its two organizations. The sign-in steps use
 * {@link #endpoint()} and {@link #world()} to pre-fill the demo sign-ins: {@code world().source()}
 * is the current management account, {@code world().target()} the new delegated administrator.
 * The keys are sandbox test values, never real ones, and are never shown or logged.
 */
public final class DemoSandbox implements AutoCloseable {

    /** The seed of the demo world: the same IDs and keys on every run. */
    static final long SEED = 1;

    private final Sandbox sandbox;
    private final SeededWorld world;

    private DemoSandbox(Sandbox sandbox, SeededWorld world) {
        this.sandbox = Objects.requireNonNull(sandbox);
        this.world = Objects.requireNonNull(world);
    }

    /** Seeds the demo world and starts the emulator on a free port of 127.0.0.1. Blocking: call off the FX thread. */
    public static DemoSandbox start() {
        var world = new SandboxWorld(SEED);
        SeededWorld seeded = SandboxSeeder.seed(world, DemoData.scenario());
        return new DemoSandbox(Sandbox.start(SandboxOptions.defaults().withSeed(SEED).withWorld(world)), seeded);
    }

    /** The emulator's base URL, {@code http://127.0.0.1:<port>}, for an AWS client's endpoint override. */
    public URI endpoint() {
        return sandbox.endpoint();
    }

    /** The access keys, regions and instances of the demo's two organizations. */
    public SeededWorld world() {
        return world;
    }

    /** The running emulator, e.g. to look at the calls it answered. */
    public Sandbox sandbox() {
        return sandbox;
    }

    /** Stops the emulator. Closing again does nothing. */
    @Override
    public void close() {
        sandbox.close();
    }

    @Override
    public String toString() {
        return "demo sandbox at " + endpoint();
    }
}
