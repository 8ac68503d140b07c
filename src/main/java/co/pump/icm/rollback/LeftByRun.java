package co.pump.icm.rollback;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import co.pump.icm.compare.FieldChange;
import co.pump.icm.model.Group;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;
import co.pump.icm.plan.ChangeKind;

/**
 * An item as an import change left it in the target, worked out from the journal: what the change
 * wrote (its {@code after}) for the fields it writes, and for the rest what was there before (an
 * update) or what AWS gives a new item (a create). A target item that still equals this has not
 * been touched since the run.
 */
final class LeftByRun {

    private LeftByRun() {
    }

    /**
     * @param change  a create or update with its {@code after}
     * @param current the item as it is in the target now (for what AWS sets by itself)
     */
    static Object of(JournaledChange change, Object current) {
        return switch (change.category()) {
            case USERS -> user(change, (User) current);
            case GROUPS -> group(change);
            default -> change.after();
        };
    }

    /**
     * The state "before" of a permission set the run created: only its name. A create that was
     * stopped half-way leaves something between this and what it meant to write.
     */
    static PermissionSet nothingBut(PermissionSet set) {
        return new PermissionSet(set.name(), null, null, null, List.of(), null, List.of(), List.of(), null, null);
    }

    /**
     * icm creates users with the attributes CreateUser takes and updates them field by field;
     * external IDs come only from an identity provider, and AWS creates users enabled.
     */
    private static User user(JournaledChange change, User current) {
        User after = (User) change.after();
        if (change.kind() == ChangeKind.CREATE) {
            String status = current == null || current.userStatus() == null ? null : "ENABLED";
            return new User(after.userName(), after.displayName(), after.name(), after.nickName(), after.profileUrl(),
                    after.emails(), after.addresses(), after.phoneNumbers(), after.userType(), after.title(),
                    after.preferredLanguage(), after.locale(), after.timezone(), status, after.photos(),
                    after.website(), after.birthdate(), List.of(), null);
        }
        User b = (User) change.before();
        Set<String> f = topLevel(change.fields());
        return new User(b.userName(),
                f.contains("displayName") ? after.displayName() : b.displayName(),
                f.contains("name") ? after.name() : b.name(),
                f.contains("nickName") ? after.nickName() : b.nickName(),
                f.contains("profileUrl") ? after.profileUrl() : b.profileUrl(),
                f.contains("emails") ? after.emails() : b.emails(),
                f.contains("addresses") ? after.addresses() : b.addresses(),
                f.contains("phoneNumbers") ? after.phoneNumbers() : b.phoneNumbers(),
                f.contains("userType") ? after.userType() : b.userType(),
                f.contains("title") ? after.title() : b.title(),
                f.contains("preferredLanguage") ? after.preferredLanguage() : b.preferredLanguage(),
                f.contains("locale") ? after.locale() : b.locale(),
                f.contains("timezone") ? after.timezone() : b.timezone(),
                b.userStatus(),
                f.contains("photos") ? after.photos() : b.photos(),
                f.contains("website") ? after.website() : b.website(),
                f.contains("birthdate") ? after.birthdate() : b.birthdate(),
                b.externalIds(), b.origin());
    }

    /** icm writes a group's display name (on create) and description, nothing else. */
    private static Group group(JournaledChange change) {
        Group after = (Group) change.after();
        if (change.kind() == ChangeKind.CREATE) {
            return new Group(after.displayName(), after.description(), List.of(), null);
        }
        Group before = (Group) change.before();
        return new Group(before.displayName(), after.description(), before.externalIds(), before.origin());
    }

    /** {@code name} for {@code name.givenName}, as {@link FieldChange#field()} has it. */
    private static Set<String> topLevel(List<String> paths) {
        var result = new HashSet<String>();
        for (String path : paths) {
            result.add(new FieldChange(path, FieldChange.Kind.CHANGED, null, null).field());
        }
        return result;
    }
}
