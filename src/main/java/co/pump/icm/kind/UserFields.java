package co.pump.icm.kind;

import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.FieldDiff;
import java.util.Comparator;
import java.util.List;

import co.pump.icm.model.Address;
import co.pump.icm.model.Email;
import co.pump.icm.model.EnterpriseExtension;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Name;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.Role;
import co.pump.icm.model.User;

/** Compares two users with the same user name (regardless of case), field by field. */
final class UserFields {

    static final Comparator<ExternalId> EXTERNAL_ID_ORDER = Comparator
            .comparing(ExternalId::issuer, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(ExternalId::id, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    private static final Name NO_NAME = new Name(null, null, null, null, null, null);
    private static final EnterpriseExtension NO_ENTERPRISE = new EnterpriseExtension(null, null, null, null, null, null);

    private UserFields() {
    }

    /** The fields that differ, in the order of the record; {@code origin} is never compared. */
    static List<FieldChange> diff(User left, User right) {
        var diff = new FieldDiff();
        // Users are matched regardless of case, so this can only be a change of case.
        diff.value("userName", left.userName(), right.userName());
        diff.value("displayName", left.displayName(), right.displayName());
        name(diff, left.name(), right.name());
        diff.value("nickName", left.nickName(), right.nickName());
        diff.value("profileUrl", left.profileUrl(), right.profileUrl());
        diff.positional("emails", left.emails(), right.emails(), UserFields::email);
        diff.positional("addresses", left.addresses(), right.addresses(), UserFields::address);
        diff.positional("phoneNumbers", left.phoneNumbers(), right.phoneNumbers(), UserFields::phoneNumber);
        diff.value("userType", left.userType(), right.userType());
        diff.value("title", left.title(), right.title());
        diff.value("preferredLanguage", left.preferredLanguage(), right.preferredLanguage());
        diff.value("locale", left.locale(), right.locale());
        diff.value("timezone", left.timezone(), right.timezone());
        diff.value("userStatus", left.userStatus(), right.userStatus());
        diff.positional("photos", left.photos(), right.photos(), UserFields::photo);
        diff.value("website", left.website(), right.website());
        diff.value("birthdate", left.birthdate(), right.birthdate());
        diff.positional("roles", left.roles(), right.roles(), UserFields::role);
        enterprise(diff, left.enterprise(), right.enterprise());
        externalIds(diff, left.externalIds(), right.externalIds());
        return diff.changes();
    }

    /** External IDs, as a set of (issuer, ID) pairs; shared with groups. */
    static void externalIds(FieldDiff diff, List<ExternalId> left, List<ExternalId> right) {
        diff.set("externalIds", left, right, id -> id, EXTERNAL_ID_ORDER);
    }

    // An absent name and a name with no parts are the same: each part is compared on its own.
    private static void name(FieldDiff diff, Name left, Name right) {
        if (left == right) {
            return;
        }
        Name l = left == null ? NO_NAME : left;
        Name r = right == null ? NO_NAME : right;
        diff.value("name", "formatted", l.formatted(), r.formatted());
        diff.value("name", "familyName", l.familyName(), r.familyName());
        diff.value("name", "givenName", l.givenName(), r.givenName());
        diff.value("name", "middleName", l.middleName(), r.middleName());
        diff.value("name", "honorificPrefix", l.honorificPrefix(), r.honorificPrefix());
        diff.value("name", "honorificSuffix", l.honorificSuffix(), r.honorificSuffix());
    }

    // Like the name: no enterprise data and an extension with no part set are the same.
    private static void enterprise(FieldDiff diff, EnterpriseExtension left, EnterpriseExtension right) {
        if (left == right) {
            return;
        }
        EnterpriseExtension l = left == null ? NO_ENTERPRISE : left;
        EnterpriseExtension r = right == null ? NO_ENTERPRISE : right;
        diff.value("enterprise", "employeeNumber", l.employeeNumber(), r.employeeNumber());
        diff.value("enterprise", "costCenter", l.costCenter(), r.costCenter());
        diff.value("enterprise", "organization", l.organization(), r.organization());
        diff.value("enterprise", "division", l.division(), r.division());
        diff.value("enterprise", "department", l.department(), r.department());
        diff.value("enterprise", "manager", l.manager(), r.manager());
    }

    private static void role(FieldDiff diff, String list, int i, Role l, Role r) {
        diff.element(list, i, "value", l.value(), r.value());
        diff.element(list, i, "type", l.type(), r.type());
        diff.primary(list, i, l.primary(), r.primary());
    }

    private static void email(FieldDiff diff, String list, int i, Email l, Email r) {
        diff.element(list, i, "value", l.value(), r.value());
        diff.element(list, i, "type", l.type(), r.type());
        diff.primary(list, i, l.primary(), r.primary());
    }

    private static void address(FieldDiff diff, String list, int i, Address l, Address r) {
        diff.element(list, i, "streetAddress", l.streetAddress(), r.streetAddress());
        diff.element(list, i, "locality", l.locality(), r.locality());
        diff.element(list, i, "region", l.region(), r.region());
        diff.element(list, i, "postalCode", l.postalCode(), r.postalCode());
        diff.element(list, i, "country", l.country(), r.country());
        diff.element(list, i, "formatted", l.formatted(), r.formatted());
        diff.element(list, i, "type", l.type(), r.type());
        diff.primary(list, i, l.primary(), r.primary());
    }

    private static void phoneNumber(FieldDiff diff, String list, int i, PhoneNumber l, PhoneNumber r) {
        diff.element(list, i, "value", l.value(), r.value());
        diff.element(list, i, "type", l.type(), r.type());
        diff.primary(list, i, l.primary(), r.primary());
    }

    private static void photo(FieldDiff diff, String list, int i, Photo l, Photo r) {
        diff.element(list, i, "value", l.value(), r.value());
        diff.element(list, i, "type", l.type(), r.type());
        diff.element(list, i, "display", l.display(), r.display());
        diff.primary(list, i, l.primary(), r.primary());
    }
}
