package co.pump.icm.ui.app;

import java.util.List;
import java.util.Locale;

/** What a file dialog opens or saves: each dialog shows only files of its kind. */
public enum FileKind {
    /** A snapshot: {@code .json}, or {@code .icmsnap} (the name the app opens with a double-click). */
    SNAPSHOT("Snapshot files (*.json, *.icmsnap)", List.of("json", "icmsnap")),
    /** The migration report, one HTML page. */
    REPORT("Web pages (*.html)", List.of("html", "htm")),
    /** A list for a spreadsheet or a mail merge. */
    CSV("CSV files (*.csv)", List.of("csv"));

    private final String description;
    private final List<String> extensions;

    FileKind(String description, List<String> extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    /** What the dialog's filter says, e.g. {@code Snapshot files (*.json, *.icmsnap)}. */
    public String description() {
        return description;
    }

    /** The filter's patterns, e.g. {@code *.json}. */
    public List<String> patterns() {
        return extensions.stream().map(e -> "*." + e).toList();
    }

    /** True when a file name is of this kind. */
    public boolean matches(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> name.endsWith("." + e));
    }
}
