package co.pump.icm.ui.inspector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import co.pump.icm.kind.Fact;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.Related;
import co.pump.icm.kind.Table;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * The inspector's tables, one per kind ({@link Kind#table}) in display order, with their columns
 * and details. {@link #prepare} does the heavy part (search texts, what refers to what) off the FX
 * thread; {@link #fill} hands the result to the tables.
 */
final class SnapshotTables {

    private volatile Related related = Related.NONE;
    private final List<CategoryTable<?>> tables = new ArrayList<>();

    SnapshotTables() {
        for (Kind<?, ?> kind : displayed()) {
            tables.add(table(kind.table(List.of(), () -> related)));
        }
    }

    private static <R> CategoryTable<R> table(Table<R> table) {
        return new CategoryTable<>(table.title(), table.id(), table.columns(),
                row -> detail(table.detail().apply(row)));
    }

    private static ItemDetail detail(co.pump.icm.kind.Detail detail) {
        var facts = new ArrayList<co.pump.icm.ui.inspector.Fact>();
        for (Fact fact : detail.facts()) {
            facts.add(new co.pump.icm.ui.inspector.Fact(fact.name(), fact.value()));
        }
        return new ItemDetail(detail.title(), facts, PolicyJson.pretty(detail.document()));
    }

    /** The tables, in the order of the tabs. */
    List<CategoryTable<?>> all() {
        return tables;
    }

    /** Everything the tables need, worked out off the FX thread: the rows of each table, in tab order. */
    record Prepared(Related related, List<List<Row<?>>> rows) {
    }

    /** Builds the rows and lookups of a configuration; linear in its size, safe off the FX thread. */
    static Prepared prepare(IdentityCenterConfig config) {
        Related related = Related.of(config);
        var rows = new ArrayList<List<Row<?>>>();
        for (Kind<?, ?> kind : displayed()) {
            rows.add(rows(kind, config, related));
        }
        return new Prepared(related, rows);
    }

    private static <T> List<Row<?>> rows(Kind<?, T> kind, IdentityCenterConfig config, Related related) {
        return rows(kind.table(kind.items(config), () -> related));
    }

    private static <R> List<Row<?>> rows(Table<R> table) {
        var rows = new ArrayList<Row<?>>(table.rows().size());
        for (R row : table.rows()) {
            rows.add(new Row<>(row, table.search().apply(row)));
        }
        return rows;
    }

    /** Fills the tables with prepared rows (FX thread). */
    void fill(Prepared prepared) {
        related = prepared.related();
        for (int i = 0; i < tables.size(); i++) {
            tables.get(i).loadRows(prepared.rows().get(i));
        }
    }

    private static List<Kind<?, ?>> displayed() {
        var kinds = new ArrayList<>(Kinds.all());
        kinds.sort(Comparator.comparing(Kind::category));
        return kinds;
    }
}
