package co.pump.icm.kind;

import java.util.function.Function;

/**
 * A column of an inspector table: its title, how to render a row's cell, and a preferred width.
 * The cell function is called only for visible rows, so it must stay cheap (no lookups beyond a map).
 *
 * @param numeric true when the cells are whole numbers, so that sorting is by number
 */
public record Column<R>(String title, Function<R, String> value, double width, boolean numeric) {

    /** A text column. */
    public static <R> Column<R> text(String title, Function<R, String> value, double width) {
        return new Column<>(title, value, width, false);
    }

    /** A column of whole numbers. */
    public static <R> Column<R> number(String title, Function<R, String> value, double width) {
        return new Column<>(title, value, width, true);
    }
}
