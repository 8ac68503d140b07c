package co.pump.icm.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The executor with the real FX thread (headless): callbacks on the FX thread, updates, failures, cancel. */
class FxTaskExecutorTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void shutdown() {
        executor.shutdown();
    }

    private <V> TaskHandle<V> startOnFx(BackgroundTask<V> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> executor.execute(task)).get(5, TimeUnit.SECONDS);
    }

    private void record(String event) {
        events.add(event + (Platform.isFxApplicationThread() ? " on FX" : " elsewhere"));
    }

    @Test
    void theWorkRunsElsewhereAndTheOutcomeOnTheFxThread() throws Exception {
        var done = new CompletableFuture<Void>();
        startOnFx(BackgroundTask.of("sum", progress -> {
            record("work");
            return 42;
        }).onSuccess(value -> record("success " + value))
                .onFinished(() -> {
                    record("finished");
                    done.complete(null);
                }));

        done.get(5, TimeUnit.SECONDS);
        assertThat(events).containsExactly("work elsewhere", "success 42 on FX", "finished on FX");
    }

    @Test
    void aFailureReachesItsHandlerOnTheFxThread() throws Exception {
        var failure = new CompletableFuture<Throwable>();
        startOnFx(BackgroundTask.of("fail", progress -> {
            throw new IllegalStateException("no route to 127.0.0.1");
        }).onFailure(error -> {
            record("failure");
            failure.complete(error);
        }));

        assertThat(failure.get(5, TimeUnit.SECONDS)).hasMessage("no route to 127.0.0.1");
        assertThat(events).containsExactly("failure on FX");
    }

    @Test
    void publishedUpdatesAndProgressArriveOnTheFxThread() throws Exception {
        var last = new AtomicReference<String>();
        var done = new CompletableFuture<Void>();
        TaskHandle<String> handle = startOnFx(BackgroundTask.of("count", progress -> {
            for (int i = 1; i <= 100; i++) {
                progress.update(i, 100);
                progress.publish("item " + i);
            }
            progress.message("Counted");
            return "done";
        }).onUpdate(String.class, update -> {
            record("update");
            last.set(update);
        }).onUpdate(Integer.class, update -> record("wrong type")).onFinished(() -> done.complete(null)));

        done.get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events).isNotEmpty().allMatch(event -> event.equals("update on FX"));
        assertThat(last.get()).isEqualTo("item 100");
        // A Task's properties belong to the FX thread.
        assertThat(WaitForAsyncUtils.asyncFx(() -> handle.progressProperty().get()).get()).isEqualTo(1.0);
        assertThat(WaitForAsyncUtils.asyncFx(() -> handle.messageProperty().get()).get()).isEqualTo("Counted");
        assertThat(WaitForAsyncUtils.asyncFx(() -> handle.runningProperty().get()).get()).isFalse();
    }

    @Test
    void cancelStopsTheWorkAndCallsOnCancelled() throws Exception {
        var started = new CountDownLatch(1);
        var cancelled = new CompletableFuture<Void>();
        var sawCancel = new AtomicReference<Boolean>(false);
        TaskHandle<Void> handle = startOnFx(BackgroundTask.<Void>of("wait", progress -> {
            started.countDown();
            while (!progress.isCancelled()) {
                Thread.onSpinWait();
            }
            sawCancel.set(true);
            return null;
        }).onSuccess(value -> record("success"))
                .onCancelled(() -> {
                    record("cancelled");
                    cancelled.complete(null);
                }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(WaitForAsyncUtils.asyncFx(handle::cancel).get(5, TimeUnit.SECONDS)).isTrue();

        cancelled.get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, sawCancel::get);
        assertThat(events).containsExactly("cancelled on FX");
    }
}
