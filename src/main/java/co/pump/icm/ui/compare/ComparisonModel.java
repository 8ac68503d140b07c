package co.pump.icm.ui.compare;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.Comparison;
import co.pump.icm.compare.ComparisonText;
import co.pump.icm.compare.Difference;
import co.pump.icm.compare.FieldChange;

/**
 * A {@link Comparison} as a change list for a person: per category a line with its counts
 * ("Users: 1 only in a.json, 2 only in b.json, 3 changed, 40 unchanged"), under it each item that
 * differs, and under a changed item each field as old → new. Built off the FX thread; no nodes.
 *
 * @param leftLabel   what the left configuration is called, e.g. its file name
 * @param rightLabel  what the right one is called
 * @param summary     one sentence over everything, e.g. "12 differences between a.json and b.json."
 * @param categories  one line per compared category, in display order
 * @param differences how many items differ in all
 */
public record ComparisonModel(String leftLabel, String rightLabel, String summary, List<ChangeLine> categories,
                              int differences) {

    public ComparisonModel {
        categories = List.copyOf(categories);
    }

    /** The change list of a comparison. */
    public static ComparisonModel of(Comparison comparison, String leftLabel, String rightLabel) {
        var lines = new ArrayList<ChangeLine>();
        int total = 0;
        for (CategoryComparison<?, ?> category : comparison.categories()) {
            if (!category.compared()) {
                continue;
            }
            var items = new ArrayList<ChangeLine>(category.differences().size());
            for (Difference<?, ?> difference : category.differences()) {
                items.add(item(difference, leftLabel, rightLabel));
            }
            total += items.size();
            lines.add(new ChangeLine(ChangeLine.Kind.CATEGORY,
                    ComparisonText.summary(category, leftLabel, rightLabel), items));
        }
        String summary = total == 0
                ? "No differences between " + leftLabel + " and " + rightLabel + "."
                : total + (total == 1 ? " difference" : " differences") + " between " + leftLabel + " and "
                + rightLabel + ".";
        return new ComparisonModel(leftLabel, rightLabel, summary, lines, total);
    }

    private static ChangeLine item(Difference<?, ?> difference, String leftLabel, String rightLabel) {
        String key = ComparisonText.key(difference.key());
        if (difference instanceof Difference.OnlyLeft) {
            return new ChangeLine(ChangeLine.Kind.ONLY_LEFT, "−  " + key + "   (only in " + leftLabel + ")", List.of());
        }
        if (difference instanceof Difference.OnlyRight) {
            return new ChangeLine(ChangeLine.Kind.ONLY_RIGHT, "+  " + key + "   (only in " + rightLabel + ")",
                    List.of());
        }
        var changed = (Difference.Changed<?, ?>) difference;
        var fields = new ArrayList<ChangeLine>(changed.changes().size());
        for (FieldChange change : changed.changes()) {
            fields.add(new ChangeLine(ChangeLine.Kind.FIELD, ComparisonText.change(change), List.of()));
        }
        return new ChangeLine(ChangeLine.Kind.CHANGED, "~  " + key + "   (changed)", fields);
    }
}
