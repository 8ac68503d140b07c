package co.pump.icm.ui.export;

import java.time.Duration;
import java.util.List;

import co.pump.icm.aws.CallStats;
import co.pump.icm.aws.ExportProgress;
import co.pump.icm.aws.ExportResult;
import co.pump.icm.model.IdentityCenterConfig;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Export step's progress box shows: the five categories with what has been read, one
 * bar, the line under it (items, requests, time left, or what happened) and throttling in plain
 * words. Changed on the FX thread only. Holds no nodes.
 */
public final class ExportProgressModel {

    private final ObservableList<CategoryCount> categories =
            FXCollections.observableArrayList(ExportProgressText.none());
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", -1);
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper(this, "line", "");
    private final ReadOnlyStringWrapper throttling = new ReadOnlyStringWrapper(this, "throttling", "");
    private long startedNanos;

    /** The five categories with what has been read: filled in as the export goes. */
    public ObservableList<CategoryCount> categories() {
        return categories;
    }

    /** From 0 to 1, or -1 while it cannot be told. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    private boolean demo;

    /** The line under the bar: items read, requests made, time left; or what happened. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** Throttling and retries in plain words, or empty. */
    public ReadOnlyStringProperty throttlingProperty() {
        return throttling.getReadOnlyProperty();
    }

    /** In the demo the requests go to the local stand-in for AWS, and the words say so. */
    void demo(boolean value) {
        demo = value;
    }

    /** An export starts: nothing read yet. */
    void started() {
        startedNanos = System.nanoTime();
        categories.setAll(ExportProgressText.none());
        fraction.set(-1);
        line.set("Signing in and finding the IAM Identity Center instance…");
        throttling.set("");
    }

    /** The export reported where it stands. */
    void update(ExportProgress progress) {
        categories.setAll(ExportProgressText.categories(progress));
        fraction.set(ExportProgressText.fraction(progress));
        String read = ExportProgressText.line(progress, Duration.ofNanos(System.nanoTime() - startedNanos));
        line.set(demo ? ExportProgressText.inDemo(read) : read);
        throttling.set(ExportProgressText.throttling(progress.throttled(), progress.retried()));
    }

    /** Everything was read. */
    void finished(ExportResult result) {
        categories.setAll(ExportProgressText.categories(result.config()));
        fraction.set(1);
        line.set("");
        CallStats.Counts total = result.stats().total();
        throttling.set(ExportProgressText.throttling(total.throttled(), total.retried()));
    }

    /** A snapshot file was read instead: its counts. */
    void loaded(IdentityCenterConfig config) {
        categories.setAll(ExportProgressText.categories(config));
        fraction.set(0);
        line.set("");
        throttling.set("");
    }

    /** Nothing is read now, for the reason given (or none). */
    void idle(String sentence) {
        categories.setAll(ExportProgressText.none());
        fraction.set(0);
        line.set(sentence);
    }

    /** Only the line changes. */
    void say(String sentence) {
        line.set(sentence);
    }

    /** The category lines as text, e.g. {@code Users 40} (tests). */
    List<String> lines() {
        return categories.stream().map(c -> c.name() + " " + c.count()).toList();
    }
}
