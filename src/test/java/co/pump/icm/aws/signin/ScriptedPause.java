package co.pump.icm.aws.signin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The device sign-in's waits, played on the sandbox's clock instead of slept: each wait moves the
 * clock on (by the wait, unless told otherwise) and may do what the user does meanwhile.
 */
final class ScriptedPause implements DeviceLogin.Pause {

    final List<Duration> waits = new ArrayList<>();
    private final SignInSandbox sandbox;
    private final Map<Integer, Runnable> during = new HashMap<>();
    private final Map<Integer, Duration> advance = new HashMap<>();

    ScriptedPause(SignInSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** During the n-th wait (from 1), does this. */
    ScriptedPause during(int wait, Runnable action) {
        during.put(wait, action);
        return this;
    }

    /** The n-th wait moves the clock by this much instead of by the wait. */
    ScriptedPause advancing(int wait, Duration by) {
        advance.put(wait, by);
        return this;
    }

    @Override
    public boolean await(Duration duration, CountDownLatch cancelled) {
        waits.add(duration);
        int n = waits.size();
        sandbox.advance(advance.getOrDefault(n, duration));
        Runnable action = during.get(n);
        if (action != null) {
            action.run();
        }
        return cancelled.getCount() == 0;
    }
}
