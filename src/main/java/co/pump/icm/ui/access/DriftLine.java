package co.pump.icm.ui.access;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;

/**
 * One difference between the new organization and what the import intended, as the Compare card
 * lists it: {@code ✗ Users · alice@acme.com — missing in the new organization}.
 *
 * @param category the item's category
 * @param kind     what the import would still have to do: create, update or delete
 * @param label    how a person names the item
 * @param detail   what differs, in words
 */
public record DriftLine(Category category, ChangeKind kind, String label, String detail) {

    /** The line as shown. */
    public String text() {
        return "✗ " + category.label() + " · " + label + " — " + detail;
    }
}
