package co.pump.icm.ui.inspector;

import java.util.function.Function;

/**
 * A column of a category table: its title, how to render an item's cell, and a preferred width.
 * The cell function is called only for visible rows, so it must stay cheap (no lookups beyond a map).
 *
 * @param numeric true when the cells are whole numbers, so that sorting is by number
 */
public record Column<T>(String title, Function<T, String> value, double width, boolean numeric) {

    /** A text column. */
    public static <T> Column<T> text(String title, Function<T, String> value, double width) {
        return new Column<>(title, value, width, false);
    }

    /** A column of whole numbers. */
    public static <T> Column<T> number(String title, Function<T, String> value, double width) {
        return new Column<>(title, value, width, true);
    }
}
