package co.pump.icm.aws;

import java.time.Instant;
import java.util.List;

import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.Address;
import co.pump.icm.model.Application;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.Email;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.Name;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.Role;
import co.pump.icm.model.Tag;
import co.pump.icm.model.User;
import software.amazon.awssdk.services.ssoadmin.model.AttachedManagedPolicy;

/** Converts AWS SDK shapes into model records, field for field. */
final class SdkToModel {

    private SdkToModel() {
    }

    /** The user, without its manager (AWS gives the manager's ID: see {@link #managerId}). */
    static User user(software.amazon.awssdk.services.identitystore.model.User u) {
        return new User(u.userName(), u.displayName(), name(u.name()), u.nickName(), u.profileUrl(),
                u.hasEmails() ? u.emails().stream().map(e -> new Email(e.value(), e.type(), e.primary())).toList() : List.of(),
                u.hasAddresses() ? u.addresses().stream().map(SdkToModel::address).toList() : List.of(),
                u.hasPhoneNumbers() ? u.phoneNumbers().stream()
                        .map(p -> new PhoneNumber(p.value(), p.type(), p.primary())).toList() : List.of(),
                u.userType(), u.title(), u.preferredLanguage(), u.locale(), u.timezone(), u.userStatusAsString(),
                u.hasPhotos() ? u.photos().stream()
                        .map(p -> new Photo(p.value(), p.type(), p.display(), p.primary())).toList() : List.of(),
                u.website(), u.birthdate(),
                u.hasRoles() ? u.roles().stream().map(r -> new Role(r.value(), r.type(), r.primary())).toList() : List.of(),
                // The manager is a user ID here: the reader names it once every user is known.
                UserAttributes.enterprise(u.hasExtensions() ? u.extensions() : null),
                u.hasExternalIds() ? externalIds(u.externalIds()) : List.of(),
                new Origin(u.userId(), iso(u.createdAt()), u.createdBy(), iso(u.updatedAt()), u.updatedBy()));
    }

    /** The user ID of the user's manager, or null. */
    static String managerId(software.amazon.awssdk.services.identitystore.model.User u) {
        return UserAttributes.managerId(u.hasExtensions() ? u.extensions() : null);
    }

    static Group group(software.amazon.awssdk.services.identitystore.model.Group g) {
        return new Group(g.displayName(), g.description(),
                g.hasExternalIds() ? externalIds(g.externalIds()) : List.of(),
                new Origin(g.groupId(), iso(g.createdAt()), g.createdBy(), iso(g.updatedAt()), g.updatedBy()));
    }

    static Origin membershipOrigin(software.amazon.awssdk.services.identitystore.model.GroupMembership m) {
        return new Origin(m.membershipId(), iso(m.createdAt()), m.createdBy(), iso(m.updatedAt()), m.updatedBy());
    }

    static Tag tag(software.amazon.awssdk.services.ssoadmin.model.Tag t) {
        return new Tag(t.key(), t.value() == null ? "" : t.value());
    }

    static ManagedPolicy managedPolicy(AttachedManagedPolicy p) {
        return new ManagedPolicy(p.arn(), p.name());
    }

    static CustomerManagedPolicyReference customerManaged(
            software.amazon.awssdk.services.ssoadmin.model.CustomerManagedPolicyReference r) {
        return new CustomerManagedPolicyReference(r.name(), r.path());
    }

    static PermissionsBoundary boundary(software.amazon.awssdk.services.ssoadmin.model.PermissionsBoundary b) {
        if (b == null || (b.managedPolicyArn() == null && b.customerManagedPolicyReference() == null)) {
            return null;
        }
        return new PermissionsBoundary(b.managedPolicyArn(),
                b.customerManagedPolicyReference() == null ? null : customerManaged(b.customerManagedPolicyReference()));
    }

    static Application application(software.amazon.awssdk.services.ssoadmin.model.Application a) {
        var portal = a.portalOptions();
        var signIn = portal == null ? null : portal.signInOptions();
        return new Application(a.applicationArn(), a.name(), a.description(), a.statusAsString(),
                a.applicationAccount(), a.applicationProviderArn(),
                portal == null ? null : portal.visibilityAsString(),
                signIn == null ? null : signIn.originAsString(),
                signIn == null ? null : signIn.applicationUrl(),
                iso(a.createdDate()));
    }

    /** The ABAC configuration as DescribeInstanceAccessControlAttributeConfiguration returns it. */
    static AccessControlConfiguration accessControl(
            software.amazon.awssdk.services.ssoadmin.model.DescribeInstanceAccessControlAttributeConfigurationResponse r) {
        var configuration = r.instanceAccessControlAttributeConfiguration();
        List<AccessControlAttribute> attributes = configuration == null || !configuration.hasAccessControlAttributes()
                ? List.of() : configuration.accessControlAttributes().stream()
                .map(a -> new AccessControlAttribute(a.key(), a.value() == null || !a.value().hasSource() ? List.of()
                        : a.value().source()))
                .toList();
        return new AccessControlConfiguration(r.statusAsString(), r.statusReason(), attributes);
    }

    static Account account(software.amazon.awssdk.services.organizations.model.Account a) {
        return new Account(a.id(), a.name(), a.email(), a.statusAsString());
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Name name(software.amazon.awssdk.services.identitystore.model.Name n) {
        return n == null ? null : new Name(n.formatted(), n.familyName(), n.givenName(), n.middleName(),
                n.honorificPrefix(), n.honorificSuffix());
    }

    private static Address address(software.amazon.awssdk.services.identitystore.model.Address a) {
        return new Address(a.streetAddress(), a.locality(), a.region(), a.postalCode(), a.country(), a.formatted(),
                a.type(), a.primary());
    }

    private static List<ExternalId> externalIds(List<software.amazon.awssdk.services.identitystore.model.ExternalId> ids) {
        return ids.stream().map(e -> new ExternalId(e.issuer(), e.id())).toList();
    }
}
