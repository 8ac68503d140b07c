package co.pump.icm.plan;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.MigratedKind;

/**
 * An item the plan skips because AWS's API cannot create it, with what a person must make by
 * hand (an application only the console makes): the plan's text, the preview and the report list
 * these under "Recreate by hand".
 *
 * @param lines what the console will ask for, one line each ({@link MigratedKind#byHand})
 */
public record ByHand(Category category, String id, String label, List<String> lines) {

    public ByHand {
        lines = List.copyOf(lines);
    }

    /** The plan's skipped items that a person must make by hand, in the plan's order. */
    public static List<ByHand> of(Plan plan) {
        var result = new ArrayList<ByHand>();
        for (Change<?> change : plan.changes()) {
            if (change instanceof Change.Skip<?>) {
                List<String> lines = lines(change.category(), change.item());
                if (!lines.isEmpty()) {
                    result.add(new ByHand(change.category(), change.id(), change.label(), lines));
                }
            }
        }
        return result;
    }

    /** What a person must make by hand for an item of the category, or nothing. */
    @SuppressWarnings("unchecked")
    public static <T> List<String> lines(Category category, Object item) {
        if (category.forTheRecord() || item == null) {
            return List.of();
        }
        var kind = (MigratedKind<?, T>) Kinds.migrated(category);
        return kind.byHand((T) item);
    }
}
