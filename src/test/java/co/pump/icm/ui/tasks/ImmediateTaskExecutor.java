package co.pump.icm.ui.tasks;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * For ViewModel tests without a screen: runs each task at once on the calling thread, callbacks
 * included, and remembers the titles. {@link #failingWith} makes every task fail instead.
 */
public final class ImmediateTaskExecutor implements TaskExecutor {

    private final List<String> titles = new ArrayList<>();
    private final RuntimeException failure;

    public ImmediateTaskExecutor() {
        this(null);
    }

    private ImmediateTaskExecutor(RuntimeException failure) {
        this.failure = failure;
    }

    /** An executor whose tasks all fail with the given exception, without running. */
    public static ImmediateTaskExecutor failingWith(RuntimeException failure) {
        return new ImmediateTaskExecutor(failure);
    }

    /** The titles of the tasks run so far. */
    public List<String> titles() {
        return titles;
    }

    @Override
    public <V> TaskHandle<V> execute(BackgroundTask<V> task) {
        titles.add(task.title());
        var progress = new ReadOnlyDoubleWrapper(-1);
        var message = new ReadOnlyStringWrapper("");
        try {
            if (failure != null) {
                throw failure;
            }
            V value = task.work().run(new TaskProgress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String sentence) {
                    message.set(sentence);
                }

                @Override
                public void publish(Object update) {
                    task.updated(update);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            task.succeeded(value);
        } catch (Exception e) {
            task.failed(e);
        } finally {
            task.finished();
        }
        return new TaskHandle<>() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return message.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
            }

            @Override
            public boolean cancel() {
                return false;
            }
        };
    }

    @Override
    public void shutdown() {
    }
}
