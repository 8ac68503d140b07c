package co.pump.icm.ui.inspector;

import java.util.List;

/**
 * What the detail pane shows for the selected item.
 *
 * @param title        the item's key, e.g. a user name or a permission set name
 * @param facts        its fields, in reading order; empty values are left out
 * @param inlinePolicy the permission set's inline policy pretty-printed as JSON, or null
 */
public record ItemDetail(String title, List<Fact> facts, String inlinePolicy) {

    public ItemDetail {
        facts = List.copyOf(facts);
    }

    /** The value of the named fact, or null. */
    public String fact(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).map(Fact::value).findFirst().orElse(null);
    }
}
