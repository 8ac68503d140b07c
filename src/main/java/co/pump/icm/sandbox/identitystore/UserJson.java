package co.pump.icm.sandbox.identitystore;

import java.util.List;
import java.util.Locale;

import co.pump.icm.model.Address;
import co.pump.icm.model.Email;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Name;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.Role;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.AwsJson;
import co.pump.icm.sandbox.JsonInput;
import co.pump.icm.sandbox.state.EnterpriseRecord;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Identity Store {@code User} shape in JSON, to and from the model's {@link User}.
 *
 * <p>Members follow the botocore 1.43 model (the AWS SDK for Java 2.54 has the same).
 * {@code ExternalIds} and {@code UserStatus} are output members; CreateUser does not take them.
 * {@code Roles} holds exactly one role. {@code Extensions} is kept apart, in AWS's own shape
 * ({@link EnterpriseJson}), and returned only when a request asks for it.
 */
final class UserJson {
    private UserJson() {
    }

    /**
     * The User shape of DescribeUser and ListUsers.
     *
     * @param extension the user's enterprise extension when the request asked for it, else null
     */
    static ObjectNode write(User user, String identityStoreId, EnterpriseRecord extension) {
        ObjectNode json = AwsJson.object();
        json.put("IdentityStoreId", identityStoreId);
        json.put("UserId", user.origin().id());
        putIfSet(json, "UserName", user.userName());
        GroupJson.putExternalIds(json, user.externalIds());
        writeAttributes(user, json);
        putIfSet(json, "UserStatus", user.userStatus());
        EnterpriseJson.putExtensions(json, extension);
        GroupJson.putAudit(json, user.origin());
        return json;
    }

    /** The attributes CreateUser takes and UpdateUser changes, in the request's member names. */
    static ObjectNode attributes(User user) {
        ObjectNode json = AwsJson.object();
        putIfSet(json, "UserName", user.userName());
        writeAttributes(user, json);
        putIfSet(json, "UserStatus", user.userStatus());
        return json;
    }

    /**
     * Reads and checks a user's attributes: a CreateUser request, or the attributes after an
     * UpdateUser patch. Required: UserName, DisplayName and Name with GivenName and FamilyName
     * (the model marks them optional, but the API reference says "When used in IAM Identity
     * Center, this parameter is required" for Name and DisplayName, and a user without a name
     * cannot be created there).
     *
     * @param withStatus true when reading the result of an update, which keeps the user's UserStatus
     */
    static User read(JsonInput in, boolean withStatus, List<ExternalId> externalIds, Origin origin) {
        String userName = in.string("UserName", Shapes.USER_NAME, true);
        JsonInput nameIn = in.object("Name", true);
        Name name = nameIn == null ? null : new Name(
                nameIn.string("Formatted", Shapes.TEXT, false),
                nameIn.string("FamilyName", Shapes.TEXT, true),
                nameIn.string("GivenName", Shapes.TEXT, true),
                nameIn.string("MiddleName", Shapes.TEXT, false),
                nameIn.string("HonorificPrefix", Shapes.TEXT, false),
                nameIn.string("HonorificSuffix", Shapes.TEXT, false));
        String displayName = in.string("DisplayName", Shapes.TEXT, true);
        String nickName = in.string("NickName", Shapes.TEXT, false);
        String profileUrl = in.string("ProfileUrl", Shapes.TEXT, false);
        List<Email> emails = in.objects("Emails", 1, 1, false).stream().map(e -> new Email(
                e.string("Value", Shapes.TEXT, false), e.string("Type", Shapes.TEXT, false), e.bool("Primary"))).toList();
        List<Address> addresses = in.objects("Addresses", 1, 1, false).stream().map(a -> new Address(
                a.string("StreetAddress", Shapes.TEXT, false), a.string("Locality", Shapes.TEXT, false),
                a.string("Region", Shapes.TEXT, false), a.string("PostalCode", Shapes.TEXT, false),
                a.string("Country", Shapes.TEXT, false), a.string("Formatted", Shapes.TEXT, false),
                a.string("Type", Shapes.TEXT, false), a.bool("Primary"))).toList();
        List<PhoneNumber> phones = in.objects("PhoneNumbers", 1, 1, false).stream().map(p -> new PhoneNumber(
                p.string("Value", Shapes.TEXT, false), p.string("Type", Shapes.TEXT, false), p.bool("Primary"))).toList();
        String userType = in.string("UserType", Shapes.TEXT, false);
        String title = in.string("Title", Shapes.TEXT, false);
        String preferredLanguage = in.string("PreferredLanguage", Shapes.TEXT, false);
        String locale = in.string("Locale", Shapes.TEXT, false);
        String timezone = in.string("Timezone", Shapes.TEXT, false);
        List<Photo> photos = in.objects("Photos", 1, 3, false).stream().map(p -> new Photo(
                p.string("Value", Shapes.TEXT, true), p.string("Type", Shapes.TEXT, false),
                p.string("Display", Shapes.TEXT, false), p.bool("Primary"))).toList();
        String website = in.string("Website", Shapes.TEXT, false);
        String birthdate = in.string("Birthdate", Shapes.TEXT, false);
        List<Role> roles = in.objects("Roles", 1, 1, false).stream().map(r -> new Role(
                r.string("Value", Shapes.TEXT, false), r.string("Type", Shapes.TEXT, false), r.bool("Primary"))).toList();
        // New users are ENABLED: the newer model reports UserStatus for every user.
        String status = withStatus ? in.enumeration("UserStatus", Shapes.USER_STATUS, false) : "ENABLED";
        in.violations().throwIfAny();
        if (Shapes.RESERVED_NAMES.contains(userName.toLowerCase(Locale.ROOT))) {
            throw AwsError.validation("The name " + userName + " is reserved by IAM Identity Center and cannot be used.");
        }
        // The enterprise extension is kept apart, in AWS's shape (EnterpriseJson).
        return new User(userName, displayName, name, nickName, profileUrl, emails, addresses, phones, userType, title,
                preferredLanguage, locale, timezone, status, photos, website, birthdate, roles, null, externalIds,
                origin);
    }

    private static void writeAttributes(User user, ObjectNode json) {
        Name name = user.name();
        if (name != null) {
            ObjectNode n = json.putObject("Name");
            putIfSet(n, "Formatted", name.formatted());
            putIfSet(n, "FamilyName", name.familyName());
            putIfSet(n, "GivenName", name.givenName());
            putIfSet(n, "MiddleName", name.middleName());
            putIfSet(n, "HonorificPrefix", name.honorificPrefix());
            putIfSet(n, "HonorificSuffix", name.honorificSuffix());
        }
        putIfSet(json, "DisplayName", user.displayName());
        putIfSet(json, "NickName", user.nickName());
        putIfSet(json, "ProfileUrl", user.profileUrl());
        if (!user.emails().isEmpty()) {
            ArrayNode list = json.putArray("Emails");
            user.emails().forEach(e -> valueTypePrimary(list.addObject(), e.value(), e.type(), e.primary()));
        }
        if (!user.addresses().isEmpty()) {
            ArrayNode list = json.putArray("Addresses");
            for (Address a : user.addresses()) {
                ObjectNode o = list.addObject();
                putIfSet(o, "StreetAddress", a.streetAddress());
                putIfSet(o, "Locality", a.locality());
                putIfSet(o, "Region", a.region());
                putIfSet(o, "PostalCode", a.postalCode());
                putIfSet(o, "Country", a.country());
                putIfSet(o, "Formatted", a.formatted());
                putIfSet(o, "Type", a.type());
                if (a.primary() != null) {
                    o.put("Primary", a.primary());
                }
            }
        }
        if (!user.phoneNumbers().isEmpty()) {
            ArrayNode list = json.putArray("PhoneNumbers");
            user.phoneNumbers().forEach(p -> valueTypePrimary(list.addObject(), p.value(), p.type(), p.primary()));
        }
        putIfSet(json, "UserType", user.userType());
        putIfSet(json, "Title", user.title());
        putIfSet(json, "PreferredLanguage", user.preferredLanguage());
        putIfSet(json, "Locale", user.locale());
        putIfSet(json, "Timezone", user.timezone());
        if (!user.photos().isEmpty()) {
            ArrayNode list = json.putArray("Photos");
            for (Photo p : user.photos()) {
                ObjectNode o = list.addObject();
                putIfSet(o, "Value", p.value());
                putIfSet(o, "Type", p.type());
                putIfSet(o, "Display", p.display());
                if (p.primary() != null) {
                    o.put("Primary", p.primary());
                }
            }
        }
        putIfSet(json, "Website", user.website());
        putIfSet(json, "Birthdate", user.birthdate());
        if (!user.roles().isEmpty()) {
            ArrayNode list = json.putArray("Roles");
            user.roles().forEach(r -> valueTypePrimary(list.addObject(), r.value(), r.type(), r.primary()));
        }
    }

    private static void valueTypePrimary(ObjectNode o, String value, String type, Boolean primary) {
        putIfSet(o, "Value", value);
        putIfSet(o, "Type", type);
        if (primary != null) {
            o.put("Primary", primary);
        }
    }

    static void putIfSet(ObjectNode json, String member, String value) {
        if (value != null) {
            json.put(member, value);
        }
    }
}
