package co.pump.icm.kind;

import java.util.List;

/**
 * What a detail pane shows about one item.
 *
 * @param title    the item's key, e.g. a user name
 * @param facts    its fields, in reading order; empty values are left out
 * @param document a document shown below the facts as it is (a permission set's inline policy), or null
 */
public record Detail(String title, List<Fact> facts, String document) {

    public Detail {
        facts = List.copyOf(facts);
    }
}
