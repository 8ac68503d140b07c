package co.pump.icm.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * The local AWS emulator, running: an HTTP endpoint on 127.0.0.1 that speaks the AWS APIs the
 * product calls (Identity Store, SSO Admin, Organizations, STS, SSO OIDC, the SSO portal) over the
 * world it holds. Point an AWS SDK client at {@link #endpoint()} with one of the world's access
 * keys.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(world))) {
 *     IdentitystoreClient client = IdentitystoreClient.builder().endpointOverride(sandbox.endpoint())...
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    private final SandboxWorld world;
    private final SandboxServer server;
    private final CallLog calls;
    private final SandboxStats stats;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Sandbox(SandboxWorld world, SandboxServer server, CallLog calls, SandboxStats stats) {
        this.world = world;
        this.server = server;
        this.calls = calls;
        this.stats = stats;
    }

    /** Makes the world, binds 127.0.0.1 and starts answering. */
    public static Sandbox start(SandboxOptions options) {
        SandboxWorld world = options.world().apply(options.seed());
        CallLog calls;
        try {
            calls = options.callLogFile() == null ? new CallLog() : new CallLog(options.callLogFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the call log " + options.callLogFile() + ": " + e.getMessage(), e);
        }
        var stats = new SandboxStats();
        SandboxServer server;
        try {
            server = new SandboxServer(world, SandboxServices.create(world, options), options.faults(),
                    options.seed(), calls, stats, options.port());
        } catch (RuntimeException e) {
            closeQuietly(calls);
            throw e;
        }
        server.start();
        return new Sandbox(world, server, calls, stats);
    }

    /** The base URL, {@code http://127.0.0.1:<port>}, for {@code endpointOverride}. */
    public URI endpoint() {
        return server.endpoint();
    }

    /** The state it serves. Read or change it only inside {@code synchronized (world)}. */
    public SandboxWorld world() {
        return world;
    }

    /** Every request answered so far. */
    public CallLog calls() {
        return calls;
    }

    /** The faults injected now. */
    public FaultOptions faults() {
        return server.faults();
    }

    /**
     * Injects these faults from now on: a test can end an outage (or start one) while the sandbox
     * keeps its state. Counters and the call log carry on.
     */
    public void changeFaults(FaultOptions value) {
        server.changeFaults(value);
    }

    /** Counters of requests, injected faults and internal failures. */
    public SandboxStats stats() {
        return stats;
    }

    /** Stops the server and closes the call log file. Closing again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.close();
        closeQuietly(calls);
    }

    private static void closeQuietly(CallLog calls) {
        try {
            calls.close();
        } catch (IOException e) {
            // Lines already written stay; nothing else to do on the way out.
        }
    }
}
