package co.pump.icm.ui.preview;

import java.util.List;

import co.pump.icm.ui.inspector.Fact;

/**
 * What the preview's detail pane shows for the selected row.
 *
 * @param title        the item's name, e.g. {@code alice@acme.com}, or the category's
 * @param kind         the change in symbol and word, e.g. {@code ⊘ Skip}, or empty for a category
 * @param styleClass   the kind's style class, e.g. {@code kind-skip}, or empty
 * @param reason       why it is skipped or in conflict, or what happens, as a sentence; or empty
 * @param facts        the item's attributes worth reading, in reading order
 * @param fields       for an update: each field as it is in the new organization and as it will be
 * @param inlinePolicy a permission set's inline policy pretty-printed, or null
 */
public record ChangeDetail(String title, String kind, String styleClass, String reason, List<Fact> facts,
                           List<FieldLine> fields, String inlinePolicy) {

    public ChangeDetail {
        facts = List.copyOf(facts);
        fields = List.copyOf(fields);
    }

    /**
     * One field of an update.
     *
     * @param field the field's path, e.g. {@code emails[0].value}
     * @param now   its value in the new organization now
     * @param after its value after the import
     */
    public record FieldLine(String field, String now, String after) {
    }

    /** The value of the named fact, or null. */
    public String fact(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).map(Fact::value).findFirst().orElse(null);
    }
}
