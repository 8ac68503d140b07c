package co.pump.icm.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import co.pump.icm.sandbox.state.SandboxWorld;
import com.sun.net.httpserver.HttpServer;

/**
 * The sandbox's HTTP server on 127.0.0.1: one handler for every path, a pool of threads sized for
 * about 64 concurrent requests. Most callers want the {@link Sandbox} facade instead.
 */
public final class SandboxServer implements AutoCloseable {

    /** Requests handled at once; more wait in the queue. */
    static final int THREADS = 64;

    static {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on,
        // the body then waits for the client's delayed ACK (about 40 ms a request). The server reads
        // this switch once, when its first instance is made, so set it before that unless the user did.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final FaultInjector faults;

    /**
     * Binds the server (not yet started).
     *
     * @param services {@link JsonService}s, at most one {@link QueryService}, and {@link RestService}s
     *                 (tried in this order for REST requests)
     */
    public SandboxServer(SandboxWorld world, List<?> services, FaultOptions faultOptions, long seed,
                         CallLog calls, SandboxStats stats, int port) {
        var json = new ArrayList<JsonService>();
        var rest = new ArrayList<RestService>();
        QueryService query = null;
        for (Object service : services) {
            if (service instanceof JsonService s) {
                json.add(s);
            } else if (service instanceof RestService s) {
                rest.add(s);
            } else if (service instanceof QueryService s && query == null) {
                query = s;
            } else {
                throw new IllegalArgumentException("Not a sandbox service (or a second query service): " + service);
            }
        }
        faults = new FaultInjector(faultOptions, seed, System::nanoTime);
        var dispatcher = new Dispatcher(json, query, rest, new Authenticator(world), new PolicyEnforcer(world),
                faults, calls, stats);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", dispatcher);
    }

    /** Injects these faults from now on, e.g. none once a test's outage is over. */
    public void changeFaults(FaultOptions value) {
        faults.change(value);
    }

    /** The faults injected now. */
    public FaultOptions faults() {
        return faults.options();
    }

    public void start() {
        server.start();
    }

    /** The base URL, {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Stops accepting requests, lets running ones finish briefly, and stops the threads. When it
     * returns, the port is free, even if the calling thread was interrupted (a stopped
     * {@code icm sandbox}): the server's stop waits for its dispatcher thread, which closes the
     * listening socket, and would give up that wait at once on an interrupt.
     */
    @Override
    public void close() {
        boolean interrupted = Thread.interrupted();
        try {
            server.stop(0);
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        var count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
