package co.pump.icm.kind;

import java.util.List;
import java.util.function.Function;

/**
 * How the snapshot inspector shows one kind: a tab with a table of rows. The rows are usually the
 * items themselves; a kind with one item per instance (the ABAC configuration) shows its parts.
 *
 * @param title    the tab's name, e.g. {@code Permission sets}
 * @param id       a short id for nodes, the kind's section in the file, e.g. {@code permissionSets}
 * @param tabGroup the tab this table shares with the other tables of the same group, named after the
 *                 group (e.g. {@code Applications}, for applications and what hangs off them), so that
 *                 every tab header fits the window; null for a tab of its own
 * @param rows     the rows, in canonical order
 * @param columns  the columns
 * @param search   a row's searchable fields, lower-cased and separated by {@code \0}
 * @param detail   the detail pane of a row
 */
public record Table<R>(String title, String id, String tabGroup, List<R> rows, List<Column<R>> columns,
                       Function<R, String> search, Function<R, Detail> detail) {

    public Table {
        tabGroup = tabGroup == null || tabGroup.isBlank() ? null : tabGroup;
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** A table with a tab of its own. */
    public Table(String title, String id, List<R> rows, List<Column<R>> columns, Function<R, String> search,
                 Function<R, Detail> detail) {
        this(title, id, null, rows, columns, search, detail);
    }
}
