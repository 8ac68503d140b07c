package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Address;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.Email;
import co.pump.icm.model.Name;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.Tag;
import co.pump.icm.model.User;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.identitystore.model.CreateUserRequest;
import software.amazon.awssdk.services.ssoadmin.model.AccessControlAttribute;

/** Converts model records into AWS SDK shapes and UpdateUser attribute values. */
final class ModelToSdk {

    private ModelToSdk() {
    }

    /** A CreateUser request with every attribute CreateUser accepts, but the manager. */
    static CreateUserRequest createUser(String identityStoreId, User u) {
        return CreateUserRequest.builder()
                .identityStoreId(identityStoreId)
                .userName(u.userName())
                .displayName(u.displayName())
                .name(name(u.name()))
                .nickName(u.nickName())
                .profileUrl(u.profileUrl())
                .emails(orNull(u.emails().stream().map(ModelToSdk::email).toList()))
                .addresses(orNull(u.addresses().stream().map(ModelToSdk::address).toList()))
                .phoneNumbers(orNull(u.phoneNumbers().stream().map(ModelToSdk::phone).toList()))
                .userType(u.userType())
                .title(u.title())
                .preferredLanguage(u.preferredLanguage())
                .locale(u.locale())
                .timezone(u.timezone())
                .photos(orNull(u.photos().stream().map(ModelToSdk::photo).toList()))
                .website(u.website())
                .birthdate(u.birthdate())
                .roles(orNull(u.roles().stream().map(r -> software.amazon.awssdk.services.identitystore.model.Role
                        .builder().value(r.value()).type(r.type()).primary(r.primary()).build()).toList()))
                // The manager is set once that person exists too (UserAttributes.manager).
                .extensions(UserAttributes.extensions(u.enterprise()))
                .build();
    }

    /** The SDK sends an empty list as {@code []}, which AWS refuses (lists hold 1 item at least): leave it out. */
    static <T> List<T> orNull(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    static software.amazon.awssdk.services.identitystore.model.Name name(Name n) {
        return n == null ? null : software.amazon.awssdk.services.identitystore.model.Name.builder()
                .formatted(n.formatted()).familyName(n.familyName()).givenName(n.givenName())
                .middleName(n.middleName()).honorificPrefix(n.honorificPrefix()).honorificSuffix(n.honorificSuffix())
                .build();
    }

    static software.amazon.awssdk.services.identitystore.model.Email email(Email e) {
        return software.amazon.awssdk.services.identitystore.model.Email.builder()
                .value(e.value()).type(e.type()).primary(e.primary()).build();
    }

    static software.amazon.awssdk.services.identitystore.model.Address address(Address a) {
        return software.amazon.awssdk.services.identitystore.model.Address.builder()
                .streetAddress(a.streetAddress()).locality(a.locality()).region(a.region()).postalCode(a.postalCode())
                .country(a.country()).formatted(a.formatted()).type(a.type()).primary(a.primary()).build();
    }

    static software.amazon.awssdk.services.identitystore.model.PhoneNumber phone(PhoneNumber p) {
        return software.amazon.awssdk.services.identitystore.model.PhoneNumber.builder()
                .value(p.value()).type(p.type()).primary(p.primary()).build();
    }

    static software.amazon.awssdk.services.identitystore.model.Photo photo(Photo p) {
        return software.amazon.awssdk.services.identitystore.model.Photo.builder()
                .value(p.value()).type(p.type()).display(p.display()).primary(p.primary()).build();
    }

    static software.amazon.awssdk.services.ssoadmin.model.Tag tag(Tag t) {
        return software.amazon.awssdk.services.ssoadmin.model.Tag.builder().key(t.key()).value(t.value()).build();
    }

    static software.amazon.awssdk.services.ssoadmin.model.CustomerManagedPolicyReference customerManaged(
            CustomerManagedPolicyReference r) {
        return software.amazon.awssdk.services.ssoadmin.model.CustomerManagedPolicyReference.builder()
                .name(r.name()).path(r.path()).build();
    }

    static software.amazon.awssdk.services.ssoadmin.model.PermissionsBoundary boundary(PermissionsBoundary b) {
        var builder = software.amazon.awssdk.services.ssoadmin.model.PermissionsBoundary.builder();
        if (b.managedPolicyArn() != null) {
            builder.managedPolicyArn(b.managedPolicyArn());
        } else {
            builder.customerManagedPolicyReference(customerManaged(b.customerManagedPolicyReference()));
        }
        return builder.build();
    }

    /** The attributes of an ABAC configuration, as Create/UpdateInstanceAccessControlAttributeConfiguration take them. */
    static software.amazon.awssdk.services.ssoadmin.model.InstanceAccessControlAttributeConfiguration accessControl(
            AccessControlConfiguration c) {
        return software.amazon.awssdk.services.ssoadmin.model.InstanceAccessControlAttributeConfiguration.builder()
                .accessControlAttributes(c.attributes().stream().map(a -> AccessControlAttribute.builder()
                        .key(a.key()).value(v -> v.source(a.sources())).build()).toList())
                .build();
    }

    /**
     * The UpdateUser value of one top-level user attribute, or null to remove it. Multi-valued
     * attributes are replaced whole, as a list of structures with PascalCase members (the same
     * shape CreateUser takes).
     */
    static Document userAttribute(User u, String field) {
        return switch (field) {
            case "displayName" -> text(u.displayName());
            case "nickName" -> text(u.nickName());
            case "profileUrl" -> text(u.profileUrl());
            case "userType" -> text(u.userType());
            case "title" -> text(u.title());
            case "preferredLanguage" -> text(u.preferredLanguage());
            case "locale" -> text(u.locale());
            case "timezone" -> text(u.timezone());
            case "website" -> text(u.website());
            case "birthdate" -> text(u.birthdate());
            case "name" -> u.name() == null ? null : structure(nameMembers(u.name()));
            case "emails" -> list(u.emails().stream().map(e -> members("Value", e.value(), "Type", e.type(),
                    "Primary", e.primary())).toList());
            case "addresses" -> list(u.addresses().stream().map(a -> members("StreetAddress", a.streetAddress(),
                    "Locality", a.locality(), "Region", a.region(), "PostalCode", a.postalCode(), "Country", a.country(),
                    "Formatted", a.formatted(), "Type", a.type(), "Primary", a.primary())).toList());
            case "phoneNumbers" -> list(u.phoneNumbers().stream().map(p -> members("Value", p.value(), "Type", p.type(),
                    "Primary", p.primary())).toList());
            case "photos" -> list(u.photos().stream().map(p -> members("Value", p.value(), "Type", p.type(),
                    "Display", p.display(), "Primary", p.primary())).toList());
            case "roles" -> list(u.roles().stream().map(r -> members("Value", r.value(), "Type", r.type(),
                    "Primary", r.primary())).toList());
            default -> throw new IllegalArgumentException("Not a settable user attribute: " + field);
        };
    }

    private static Map<String, Object> nameMembers(Name n) {
        return members("Formatted", n.formatted(), "FamilyName", n.familyName(), "GivenName", n.givenName(),
                "MiddleName", n.middleName(), "HonorificPrefix", n.honorificPrefix(),
                "HonorificSuffix", n.honorificSuffix());
    }

    private static Document text(String value) {
        return value == null ? null : Document.fromString(value);
    }

    private static Map<String, Object> members(Object... pairs) {
        var result = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                result.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return result;
    }

    private static Document structure(Map<String, Object> members) {
        var map = new LinkedHashMap<String, Document>();
        members.forEach((k, v) -> map.put(k, v instanceof Boolean b ? Document.fromBoolean(b) : Document.fromString((String) v)));
        return Document.fromMap(map);
    }

    private static Document list(List<Map<String, Object>> elements) {
        var documents = new ArrayList<Document>();
        elements.forEach(e -> documents.add(structure(e)));
        return elements.isEmpty() ? null : Document.fromList(documents);
    }
}
