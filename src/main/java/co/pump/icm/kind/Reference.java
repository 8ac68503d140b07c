package co.pump.icm.kind;

import co.pump.icm.compare.Category;

/**
 * One item's need for another, always by name: a membership needs its group and its user, an
 * assignment its permission set and its principal. Never an ID or ARN of one instance.
 *
 * @param to    the kind of the item referred to
 * @param field the field that holds the name, as the snapshot file spells it (e.g. {@code groupName})
 * @param name  the name, e.g. a group's display name
 */
public record Reference(Category to, String field, String name) {

    /** How a person names what is referred to, e.g. {@code group Admins}. */
    public String describe() {
        return Kinds.of(to).noun() + " " + name;
    }
}
