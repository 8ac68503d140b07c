package co.pump.icm.kind;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.model.Tag;

/** The tag requests an update makes for the {@code tags.*} field changes: untag what went, tag what is new or changed. */
final class Tags {

    private Tags() {
    }

    static void write(InstanceWriter writer, String arn, String name, List<FieldChange> fields) {
        var remove = new ArrayList<String>();
        var set = new ArrayList<Tag>();
        for (FieldChange field : fields) {
            if (!field.field().equals("tags")) {
                continue;
            }
            if (field.kind() == FieldChange.Kind.REMOVED) {
                remove.add(((Tag) field.oldValue()).key());
            } else {
                set.add((Tag) field.newValue());
            }
        }
        if (!remove.isEmpty()) {
            writer.untag(arn, name, remove);
        }
        if (!set.isEmpty()) {
            writer.tag(arn, name, set);
        }
    }
}
