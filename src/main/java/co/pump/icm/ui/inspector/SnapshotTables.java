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
        return new CategoryTable<>(table.title(), table.id(), table.tabGroup(), table.columns(),
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

    /**
     * Everything the tables need, worked out off the FX thread, in tab order: the rows of each table
     * and the longest texts of each of its columns ({@link WidestTexts}).
     */
    record Prepared(Related related, List<List<Row<?>>> rows, List<List<List<String>>> widest) {
    }

    /** Builds the rows and lookups of a configuration; linear in its size, safe off the FX thread. */
    static Prepared prepare(IdentityCenterConfig config) {
        Related related = Related.of(config);
        var rows = new ArrayList<List<Row<?>>>();
        var widest = new ArrayList<List<List<String>>>();
        for (Kind<?, ?> kind : displayed()) {
            Table<?> table = table(kind, config, related);
            rows.add(rows(table));
            widest.add(widest(table));
        }
        return new Prepared(related, rows, widest);
    }

    private static <T> Table<?> table(Kind<?, T> kind, IdentityCenterConfig config, Related related) {
        return kind.table(kind.items(config), () -> related);
    }

    private static <R> List<Row<?>> rows(Table<R> table) {
        var rows = new ArrayList<Row<?>>(table.rows().size());
        for (R row : table.rows()) {
            rows.add(new Row<>(row, table.search().apply(row)));
        }
        return rows;
    }

    private static <R> List<List<String>> widest(Table<R> table) {
        return WidestTexts.of(table.rows(), table.columns());
    }

    /** Fills the tables with prepared rows (FX thread). */
    void fill(Prepared prepared) {
        related = prepared.related();
        for (int i = 0; i < tables.size(); i++) {
            tables.get(i).loadRows(prepared.rows().get(i), prepared.widest().get(i));
        }
    }

    private static List<Kind<?, ?>> displayed() {
        var kinds = new ArrayList<>(Kinds.all());
        kinds.sort(Comparator.comparing(Kind::category));
        return kinds;
    }
}
