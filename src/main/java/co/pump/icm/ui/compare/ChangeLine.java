package co.pump.icm.ui.compare;

import java.util.List;

/**
 * One line of a change list, with the lines under it: a category with its counts, an item that
 * is only on one side or changed, or one field's old → new value. Every line carries its mark in
 * words ("only in a.json", "changed"), never in colour alone.
 *
 * @param kind     what the line is, for its style
 * @param text     what it says
 * @param children the lines under it (items under a category, fields under a changed item)
 */
public record ChangeLine(Kind kind, String text, List<ChangeLine> children) {

    /** What a line is. */
    public enum Kind {
        CATEGORY, ONLY_LEFT, ONLY_RIGHT, CHANGED, FIELD
    }

    public ChangeLine {
        children = List.copyOf(children);
    }
}
