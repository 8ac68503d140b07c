package co.pump.icm.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Email;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.Name;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.ui.inspector.Fact;
import co.pump.icm.ui.inspector.PolicyJson;

/**
 * The detail pane's content for a row: for a create the item's attributes (a user's name, email
 * and groups; a permission set's policies with the inline policy pretty-printed), for an update
 * each field old → new, for a skip or a conflict the reason, for a category its counts. Cheap:
 * one item, with lookups worked out beforehand.
 */
final class ChangeDetails {

    /** At most this many names in a list (a user's groups), then "and N more". */
    static final int LIST_LIMIT = 12;

    private ChangeDetails() {
    }

    static ChangeDetail of(PlanRow row, PlanData data, boolean included) {
        if (row.isCategory()) {
            return category(row.category(), data, included);
        }
        Change<?> change = row.change();
        ChangeKind kind = change.kind();
        var fields = new ArrayList<ChangeDetail.FieldLine>();
        if (change instanceof Change.Update<?> update) {
            for (FieldChange field : update.fields()) {
                fields.add(new ChangeDetail.FieldLine(field.path(), field.oldText(), field.newText()));
            }
        }
        Object item = change.item();
        String policy = item instanceof PermissionSet set ? PolicyJson.pretty(set.inlinePolicy()) : null;
        return new ChangeDetail(change.label(), ChangeMarks.text(kind), ChangeMarks.styleClass(kind),
                reason(change), facts(item, data.lookups()), fields, policy);
    }

    private static String reason(Change<?> change) {
        if (change instanceof Change.Skip<?> skip) {
            return "Skipped: " + skip.reason() + ".";
        }
        if (change instanceof Change.Conflict<?> conflict) {
            return "In conflict: " + conflict.reason() + ". It is left alone.";
        }
        if (change instanceof Change.Update<?> update) {
            int n = update.fields().size();
            return "Exists in the new organization; " + n + (n == 1 ? " field changes:" : " fields change:");
        }
        if (change instanceof Change.Delete<?>) {
            return "Not in the snapshot: it will be deleted from the new organization.";
        }
        return "Will be created in the new organization.";
    }

    private static ChangeDetail category(Category category, PlanData data, boolean included) {
        var facts = new Facts();
        for (ChangeKind kind : ChangeKind.values()) {
            int n = data.count(category, kind);
            if (n > 0 || kind != ChangeKind.DELETE) {
                facts.add(ChangeMarks.text(kind), String.format("%,d", n));
            }
        }
        String reason = included ? "Included in this import. Untick an item to leave it out; what needs it is "
                + "skipped too." : category.label() + " are not part of this import; tick the category to include them.";
        return new ChangeDetail(category.label(), "", "", reason, facts.list, List.of(), null);
    }

    private static List<Fact> facts(Object item, PlanLookups lookups) {
        if (item instanceof User u) {
            return user(u, lookups);
        }
        if (item instanceof Group g) {
            return new Facts().add("Display name", g.displayName()).add("Description", g.description())
                    .add("Members in the snapshot", String.format("%,d", lookups.memberCount(g.displayName())))
                    .list;
        }
        if (item instanceof GroupMembership m) {
            return new Facts().add("Group", m.groupName()).add("User", m.userName()).list;
        }
        if (item instanceof PermissionSet p) {
            return permissionSet(p, lookups);
        }
        if (item instanceof AccountAssignment a) {
            return new Facts().add("Account", lookups.account(a.accountId()))
                    .add("Permission set", a.permissionSetName())
                    .add(a.principalType() == null ? "Principal"
                            : a.principalType().name().charAt(0) + a.principalType().name().substring(1)
                            .toLowerCase(Locale.ROOT), a.principalName())
                    .list;
        }
        return List.of();
    }

    private static List<Fact> user(User u, PlanLookups lookups) {
        return new Facts()
                .add("User name", u.userName())
                .add("Display name", u.displayName())
                .add("Name", name(u.name()))
                .add("Emails", join(u.emails(), ChangeDetails::email))
                .add("Phone numbers", join(u.phoneNumbers(), ChangeDetails::phone))
                .add("Title", u.title())
                .add("User type", u.userType())
                .add("Locale", u.locale())
                .add("Time zone", u.timezone())
                .add("Status", u.userStatus())
                .add("Groups", limited(lookups.groupsOf(u.userName())))
                .list;
    }

    private static List<Fact> permissionSet(PermissionSet p, PlanLookups lookups) {
        return new Facts()
                .add("Description", p.description())
                .add("Session duration", p.sessionDuration() == null ? "PT1H (AWS default)" : p.sessionDuration())
                .add("Relay state", p.relayState())
                .add("Tags", join(p.tags(), tag -> tag.key() + " = " + tag.value()))
                .add("AWS managed policies", join(p.managedPolicies(), policy -> policy.name() == null
                        ? policy.arn() : policy.name()))
                .add("Customer managed policies", join(p.customerManagedPolicies(), ref -> ref.qualifiedName()))
                .add("Permissions boundary", boundary(p.permissionsBoundary()))
                .add("Inline policy", p.inlinePolicy() == null || p.inlinePolicy().isBlank() ? "none" : "below")
                .add("Assignments in the snapshot", String.format("%,d", lookups.assignmentCount(p.name())))
                .list;
    }

    private static String name(Name n) {
        if (n == null) {
            return null;
        }
        if (n.formatted() != null && !n.formatted().isBlank()) {
            return n.formatted();
        }
        return joinNonBlank(n.honorificPrefix(), n.givenName(), n.middleName(), n.familyName(), n.honorificSuffix());
    }

    private static String email(Email e) {
        return e.value() + (Boolean.TRUE.equals(e.primary()) ? "  (primary)" : "");
    }

    private static String phone(PhoneNumber p) {
        return p.value() + (p.type() == null ? "" : "  (" + p.type() + ")");
    }

    private static String boundary(PermissionsBoundary b) {
        if (b == null) {
            return null;
        }
        if (b.managedPolicyArn() != null) {
            return b.managedPolicyArn();
        }
        return b.customerManagedPolicyReference() == null ? null
                : b.customerManagedPolicyReference().qualifiedName() + "  (customer managed)";
    }

    private static String limited(List<String> names) {
        if (names.size() <= LIST_LIMIT) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, LIST_LIMIT)) + " and " + (names.size() - LIST_LIMIT) + " more";
    }

    private static <T> String join(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining("\n"));
    }

    private static String joinNonBlank(String... parts) {
        var kept = new ArrayList<String>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return String.join(" ", kept);
    }

    /** Collects facts, leaving out empty values. */
    private static final class Facts {
        private final List<Fact> list = new ArrayList<>();

        Facts add(String name, String value) {
            if (value != null && !value.isBlank()) {
                list.add(new Fact(name, value));
            }
            return this;
        }
    }
}
