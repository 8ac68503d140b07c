package co.pump.icm.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * How to start a {@link Sandbox}. Start from {@link #defaults()} and change what you need:
 * <pre>{@code
 * Sandbox.start(SandboxOptions.defaults().withSeed(7).withWorld(world).withPageSize(3))
 * }</pre>
 *
 * @param port            the TCP port on 127.0.0.1; 0 picks a free one
 * @param seed            seeds the world's IDs (when the sandbox creates the world) and the faults
 * @param faults          injected faults; none by default
 * @param assignmentDelay how long asynchronous sso-admin requests stay IN_PROGRESS; 0 by default
 * @param pageSize        the page size of list operations when the caller gives no MaxResults;
 *                        small (10) so that tests exercise paging
 * @param callLogFile     a file to append one JSON line per request to, or null
 * @param world           makes the world from the seed; by default an empty world
 */
public record SandboxOptions(int port, long seed, FaultOptions faults, Duration assignmentDelay, int pageSize,
                             Path callLogFile, LongFunction<SandboxWorld> world) {

    /** The default page size of list operations without MaxResults. */
    public static final int DEFAULT_PAGE_SIZE = 10;

    public SandboxOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The port must be between 0 and 65535; got " + port);
        }
        faults = faults == null ? FaultOptions.none() : faults;
        assignmentDelay = assignmentDelay == null ? Duration.ZERO : assignmentDelay;
        if (assignmentDelay.isNegative()) {
            throw new IllegalArgumentException("The assignment delay cannot be negative; got " + assignmentDelay);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("The page size must be at least 1; got " + pageSize);
        }
        world = world == null ? SandboxWorld::new : world;
    }

    /** Port 0, seed 1, no faults, no assignment delay, page size 10, no call log file, an empty world. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, 1, FaultOptions.none(), Duration.ZERO, DEFAULT_PAGE_SIZE, null, null);
    }

    public SandboxOptions withPort(int value) {
        return new SandboxOptions(value, seed, faults, assignmentDelay, pageSize, callLogFile, world);
    }

    public SandboxOptions withSeed(long value) {
        return new SandboxOptions(port, value, faults, assignmentDelay, pageSize, callLogFile, world);
    }

    public SandboxOptions withFaults(FaultOptions value) {
        return new SandboxOptions(port, seed, value, assignmentDelay, pageSize, callLogFile, world);
    }

    public SandboxOptions withAssignmentDelay(Duration value) {
        return new SandboxOptions(port, seed, faults, value, pageSize, callLogFile, world);
    }

    public SandboxOptions withPageSize(int value) {
        return new SandboxOptions(port, seed, faults, assignmentDelay, value, callLogFile, world);
    }

    public SandboxOptions withCallLog(Path value) {
        return new SandboxOptions(port, seed, faults, assignmentDelay, pageSize, value, world);
    }

    /** Serves this world, already filled in. */
    public SandboxOptions withWorld(SandboxWorld value) {
        return new SandboxOptions(port, seed, faults, assignmentDelay, pageSize, callLogFile, s -> value);
    }

    /** Serves a new world made with the seed and then filled in by {@code seeding}. */
    public SandboxOptions withSeeding(Consumer<SandboxWorld> seeding) {
        return new SandboxOptions(port, seed, faults, assignmentDelay, pageSize, callLogFile, s -> {
            var fresh = new SandboxWorld(s);
            seeding.accept(fresh);
            return fresh;
        });
    }
}
