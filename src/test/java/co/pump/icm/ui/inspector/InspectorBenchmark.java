package co.pump.icm.ui.inspector;

import java.util.List;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.sandbox.data.LargeData;
import org.junit.jupiter.api.Test;

/**
 * How the inspector copes with a large organization (100,000 users): the background preparation
 * of the rows (search texts, lookups), and one search over every table, as a person typing would
 * cause. Prints numbers; asserts nothing. Run with
 * {@code mvn -o -q test -Dtest=InspectorBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class InspectorBenchmark {

    @Test
    void prepareAndSearchOneHundredThousandUsers() {
        IdentityCenterConfig config = LargeData.scenario(100_000, 7).sourceConfig();
        var tables = new SnapshotTables();
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            SnapshotTables.Prepared prepared = SnapshotTables.prepare(config);
            long prepared_ = System.nanoTime();
            tables.fill(prepared);
            long filled = System.nanoTime();
            for (String query : List.of("a", "ma", "mar", "mari", "maria", "")) {
                tables.all().get(0).filter(query);
                tables.all().get(2).filter(query);
            }
            long searched = System.nanoTime();
            System.out.printf("round %d: %,d users, %,d memberships, %,d assignments: prepare %d ms, fill %d ms,"
                            + " 6 keystrokes over users and memberships %d ms (%.1f ms each)%n", round,
                    config.users().size(), config.memberships().size(), config.assignments().size(),
                    (prepared_ - start) / 1_000_000, (filled - prepared_) / 1_000_000,
                    (searched - filled) / 1_000_000, (searched - filled) / 6e6);
        }
    }
}
