package co.pump.icm.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Address;
import co.pump.icm.model.Application;
import co.pump.icm.model.Email;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.Name;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.User;

/** The detail pane's content for each kind of item: every field worth reading, empty ones left out. */
final class ItemDetails {

    private final Lookups lookups;

    ItemDetails(Lookups lookups) {
        this.lookups = lookups;
    }

    ItemDetail user(User u) {
        var facts = new Facts()
                .add("User name", u.userName())
                .add("Display name", u.displayName())
                .add("Name", name(u.name()))
                .add("Nickname", u.nickName())
                .add("Emails", join(u.emails(), ItemDetails::email))
                .add("Phone numbers", join(u.phoneNumbers(), ItemDetails::phone))
                .add("Addresses", join(u.addresses(), ItemDetails::address))
                .add("Status", u.userStatus())
                .add("User type", u.userType())
                .add("Title", u.title())
                .add("Preferred language", u.preferredLanguage())
                .add("Locale", u.locale())
                .add("Time zone", u.timezone())
                .add("Profile URL", u.profileUrl())
                .add("Website", u.website())
                .add("Birthdate", u.birthdate())
                .add("Photos", u.photos().isEmpty() ? null : String.valueOf(u.photos().size()))
                .add("External IDs", join(u.externalIds(), ItemDetails::externalId))
                .add("Groups", String.join(", ", lookups.groupsOf(u.userName())))
                .add("ID in the source", originId(u.origin()));
        return new ItemDetail(u.userName(), facts.list, null);
    }

    ItemDetail group(Group g) {
        var facts = new Facts()
                .add("Display name", g.displayName())
                .add("Description", g.description())
                .add("Members", String.valueOf(lookups.memberCount(g.displayName())))
                .add("External IDs", join(g.externalIds(), ItemDetails::externalId))
                .add("ID in the source", originId(g.origin()));
        return new ItemDetail(g.displayName(), facts.list, null);
    }

    ItemDetail membership(GroupMembership m) {
        var facts = new Facts().add("Group", m.groupName()).add("User", m.userName())
                .add("ID in the source", originId(m.origin()));
        return new ItemDetail(m.groupName() + " ∋ " + m.userName(), facts.list, null);
    }

    ItemDetail permissionSet(PermissionSet p) {
        var facts = new Facts()
                .add("Description", p.description())
                .add("Session duration", p.sessionDuration() == null ? "PT1H (AWS default)" : p.sessionDuration())
                .add("Relay state", p.relayState())
                .add("Tags", join(p.tags(), tag -> tag.key() + " = " + tag.value()))
                .add("AWS managed policies", join(p.managedPolicies(), policy -> policy.name() == null
                        ? policy.arn() : policy.name() + "  (" + policy.arn() + ")"))
                .add("Customer managed policies", join(p.customerManagedPolicies(), ref -> ref.qualifiedName()))
                .add("Permissions boundary", boundary(p.permissionsBoundary()))
                .add("Inline policy", p.inlinePolicy() == null || p.inlinePolicy().isBlank() ? "none" : "below")
                .add("Assignments", String.valueOf(lookups.assignmentCount(p.name())))
                .add("ARN in the source", originId(p.origin()));
        return new ItemDetail(p.name(), facts.list, PolicyJson.pretty(p.inlinePolicy()));
    }

    ItemDetail assignment(AccountAssignment a) {
        var facts = new Facts()
                .add("Account", lookups.account(a.accountId()))
                .add("Permission set", a.permissionSetName())
                .add("Principal type", a.principalType() == null ? null : a.principalType().name())
                .add("Principal", a.principalName())
                .add("Principal ID in the source", originId(a.origin()));
        return new ItemDetail(String.valueOf(a.key()), facts.list, null);
    }

    ItemDetail account(Account a) {
        var facts = new Facts().add("Account ID", a.id()).add("Name", a.name()).add("Email", a.email())
                .add("Status", a.status());
        return new ItemDetail(a.id(), facts.list, null);
    }

    ItemDetail application(Application a) {
        var facts = new Facts()
                .add("Name", a.name())
                .add("Description", a.description())
                .add("Status", a.status())
                .add("Account", a.applicationAccount() == null ? null : lookups.account(a.applicationAccount()))
                .add("Provider", a.providerArn())
                .add("Visibility", a.visibility())
                .add("Sign-in origin", a.signInOrigin())
                .add("Sign-in URL", a.signInUrl())
                .add("Created", a.createdAt())
                .add("ARN", a.arn());
        return new ItemDetail(a.name() == null ? a.arn() : a.name(), facts.list, null);
    }

    static String name(Name n) {
        if (n == null) {
            return null;
        }
        if (n.formatted() != null && !n.formatted().isBlank()) {
            return n.formatted();
        }
        return joinNonBlank(" ", n.honorificPrefix(), n.givenName(), n.middleName(), n.familyName(),
                n.honorificSuffix());
    }

    private static String email(Email e) {
        return e.value() + suffix(e.type(), e.primary());
    }

    private static String phone(PhoneNumber p) {
        return p.value() + suffix(p.type(), p.primary());
    }

    private static String address(Address a) {
        String text = a.formatted() != null && !a.formatted().isBlank() ? a.formatted()
                : joinNonBlank(", ", a.streetAddress(), a.locality(), a.region(), a.postalCode(), a.country());
        return text + suffix(a.type(), a.primary());
    }

    private static String externalId(ExternalId id) {
        return id.issuer() + ": " + id.id();
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

    private static String suffix(String type, Boolean primary) {
        String kind = joinNonBlank(", ", type, Boolean.TRUE.equals(primary) ? "primary" : null);
        return kind.isEmpty() ? "" : "  (" + kind + ")";
    }

    private static String originId(Origin origin) {
        return origin == null ? null : origin.id();
    }

    private static <T> String join(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining("\n"));
    }

    private static String joinNonBlank(String separator, String... parts) {
        var kept = new ArrayList<String>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return String.join(separator, kept);
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
