package co.pump.icm.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import co.pump.icm.kind.Column;

/**
 * The few longest texts of each column of a table, by number of characters: what the column must
 * be wide enough for. Found off the FX thread in one pass over the rows, so that the FX thread
 * measures a handful of texts in pixels instead of 100,000 (in a proportional font the widest is
 * among the longest).
 */
final class WidestTexts {

    /** How many of the longest texts of a column are measured. */
    static final int KEPT = 6;

    private WidestTexts() {
    }

    /** For each column, its longest texts, longest first. */
    static <R> List<List<String>> of(List<R> rows, List<Column<R>> columns) {
        var result = new ArrayList<List<String>>(columns.size());
        for (Column<R> column : columns) {
            result.add(longest(rows, column.value()));
        }
        return List.copyOf(result);
    }

    private static <R> List<String> longest(List<R> rows, Function<R, String> value) {
        var kept = new ArrayList<String>(KEPT + 1);
        for (R row : rows) {
            String text = value.apply(row);
            if (text == null || text.isEmpty()
                    || kept.size() == KEPT && text.length() <= kept.get(KEPT - 1).length()) {
                continue;
            }
            int at = kept.size();
            while (at > 0 && kept.get(at - 1).length() < text.length()) {
                at--;
            }
            kept.add(at, text);
            if (kept.size() > KEPT) {
                kept.remove(KEPT);
            }
        }
        return List.copyOf(kept);
    }
}
