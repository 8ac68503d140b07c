package co.pump.icm.kind;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import co.pump.icm.model.Address;
import co.pump.icm.model.Email;
import co.pump.icm.model.EnterpriseExtension;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.Name;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Role;
import co.pump.icm.model.User;
import co.pump.icm.compare.Category;

/** How a user reads in a CSV row and in the inspector's detail pane. */
final class UserText {

    /** At most this many names in a list (a user's groups in the preview), then "and N more". */
    static final int LIST_LIMIT = 12;

    private static final EnterpriseExtension NO_ENTERPRISE = new EnterpriseExtension(null, null, null, null, null, null);

    private UserText() {
    }

    /** The user's role as a person reads it, e.g. {@code Engineer (Work, primary)}, or null. */
    static String role(User u) {
        return u.roles().isEmpty() ? null : Facts.lines(u.roles(), r -> r.value() + suffix(r.type(), r.primary()));
    }

    /** The enterprise data, one fact per part that is set. */
    static List<Fact> enterprise(User u) {
        EnterpriseExtension e = u.enterprise() == null ? NO_ENTERPRISE : u.enterprise();
        return new Facts()
                .add("Employee number", e.employeeNumber())
                .add("Cost center", e.costCenter())
                .add("Organization", e.organization())
                .add("Division", e.division())
                .add("Department", e.department())
                .add("Manager", e.manager())
                .list();
    }

    static List<String> csvRow(User u, Related related) {
        Name n = u.name() == null ? new Name(null, null, null, null, null, null) : u.name();
        EnterpriseExtension e = u.enterprise() == null ? NO_ENTERPRISE : u.enterprise();
        Origin o = CsvCells.origin(u.origin());
        String groups = related.referring(Kinds.MEMBERSHIPS, Category.USERS, u.userName()).stream()
                .map(GroupMembership::groupName).collect(Collectors.joining(CsvCells.JOIN));
        return java.util.Arrays.asList(u.userName(), u.displayName(), n.givenName(), n.middleName(), n.familyName(),
                n.formatted(), n.honorificPrefix(), n.honorificSuffix(), u.nickName(),
                CsvCells.join(u.emails(), Email::value), CsvCells.join(u.phoneNumbers(), PhoneNumber::value),
                CsvCells.join(u.addresses(), UserText::csvAddress), u.title(), u.userType(), u.preferredLanguage(),
                u.locale(), u.timezone(), u.userStatus(), u.profileUrl(), u.website(), u.birthdate(),
                CsvCells.join(u.photos(), p -> p.value()), groups,
                CsvCells.join(u.externalIds(), CsvCells::externalId), o.id(), o.createdAt(), o.updatedAt(),
                CsvCells.join(u.roles(), Role::value), e.employeeNumber(), e.costCenter(), e.organization(), e.division(), e.department(),
                e.manager());
    }

    private static String csvAddress(Address a) {
        if (a.formatted() != null) {
            return a.formatted();
        }
        return Stream.of(a.streetAddress(), a.locality(), a.region(), a.postalCode(), a.country())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    /** Every field worth reading, for the inspector. */
    static List<Fact> detail(User u, String groups, String reports) {
        return new Facts()
                .add("User name", u.userName())
                .add("Display name", u.displayName())
                .add("Name", name(u.name()))
                .add("Nickname", u.nickName())
                .add("Emails", Facts.lines(u.emails(), e -> e.value() + suffix(e.type(), e.primary())))
                .add("Phone numbers", Facts.lines(u.phoneNumbers(), p -> p.value() + suffix(p.type(), p.primary())))
                .add("Addresses", Facts.lines(u.addresses(), UserText::address))
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
                .add("Role", role(u))
                .addAll(enterprise(u))
                .add("Direct reports", reports)
                .add("External IDs", Facts.lines(u.externalIds(), UserText::externalId))
                .add("Groups", groups)
                .add("ID in the source", u.origin() == null ? null : u.origin().id())
                .list();
    }

    static String name(Name n) {
        if (n == null) {
            return null;
        }
        if (n.formatted() != null && !n.formatted().isBlank()) {
            return n.formatted();
        }
        return Facts.joinNonBlank(" ", n.honorificPrefix(), n.givenName(), n.middleName(), n.familyName(),
                n.honorificSuffix());
    }

    static String externalId(ExternalId id) {
        return id.issuer() + ": " + id.id();
    }

    static String limited(List<String> names) {
        if (names.size() <= LIST_LIMIT) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, LIST_LIMIT)) + " and " + (names.size() - LIST_LIMIT) + " more";
    }

    private static String address(Address a) {
        String text = a.formatted() != null && !a.formatted().isBlank() ? a.formatted()
                : Facts.joinNonBlank(", ", a.streetAddress(), a.locality(), a.region(), a.postalCode(), a.country());
        return text + suffix(a.type(), a.primary());
    }

    private static String suffix(String type, Boolean primary) {
        String kind = Facts.joinNonBlank(", ", type, Boolean.TRUE.equals(primary) ? "primary" : null);
        return kind.isEmpty() ? "" : "  (" + kind + ")";
    }
}
