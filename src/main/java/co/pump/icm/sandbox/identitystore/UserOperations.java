package co.pump.icm.sandbox.identitystore;

import java.time.Instant;
import java.util.List;

import co.pump.icm.model.Email;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Origin;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.AwsJson;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.JsonInput;
import co.pump.icm.sandbox.Violations;
import co.pump.icm.sandbox.state.EnterpriseRecord;
import co.pump.icm.sandbox.state.MembershipRecord;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CreateUser, DescribeUser, UpdateUser, DeleteUser, ListUsers and GetUserId.
 *
 * <p>User names are unique ignoring case, and so are email addresses (the Terraform and Pulumi
 * documentation of the Identity Store user says the email "must be unique across the identity
 * store"); both conflicts are ConflictException with Reason UNIQUENESS_CONSTRAINT_VIOLATION.
 *
 * <p>The enterprise extension is returned only when the request asks for it, and its manager must
 * be a user of the store when it is written; deleting a user leaves others' manager IDs as they
 * are. No operation sets UserStatus: users are created enabled and stay so (docs/aws-behaviour.md,
 * "Identity Store users").
 */
final class UserOperations {
    private final SandboxWorld world;
    private final Listing listing;
    private final StoreIndex index;

    UserOperations(SandboxWorld world, Listing listing, StoreIndex index) {
        this.world = world;
        this.listing = listing;
        this.index = index;
    }

    JsonNode create(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        User user = UserJson.read(in, false, List.of(), Origin.of(null));
        EnterpriseRecord extension = EnterpriseJson.read(in);
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "CreateUser");
            requireUnique(instance, user, null);
            EnterpriseJson.requireManager(instance, extension);
            String now = Instant.ofEpochMilli(world.now()).toString();
            String userId = world.ids().resourceId(storeId);
            user = withOrigin(user, user.externalIds(), new Origin(userId, now, caller.arn(), now, caller.arn()));
            instance.users.put(userId, user);
            putExtension(instance, userId, extension);
            index.userPut(instance, null, user);
            return ids(storeId, userId);
        }
    }

    JsonNode describe(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String userId = in.string("UserId", Shapes.RESOURCE_ID, true);
        boolean extensions = EnterpriseJson.asked(in);
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "DescribeUser");
            return UserJson.write(find(instance, userId), storeId,
                    extensions ? instance.enterprise.get(userId) : null);
        }
    }

    JsonNode update(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String userId = in.string("UserId", Shapes.RESOURCE_ID, true);
        List<AttributePatch.Operation> operations = AttributePatch.read(in, AttributePatch.USER_PATHS);
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "UpdateUser");
            User current = find(instance, userId);
            ObjectNode attributes = UserJson.attributes(current);
            AttributePatch.apply(attributes, AttributePatch.outside(operations, EnterpriseJson.NAME));
            User patched = UserJson.read(JsonInput.document(attributes, new Violations()), true, current.externalIds(),
                    current.origin());
            EnterpriseRecord extension = patchedExtension(instance.enterprise.get(userId),
                    AttributePatch.within(operations, EnterpriseJson.NAME));
            requireUnique(instance, patched, userId);
            EnterpriseJson.requireManager(instance, extension);
            String now = Instant.ofEpochMilli(world.now()).toString();
            Origin was = current.origin();
            User updated = withOrigin(patched, current.externalIds(),
                    new Origin(was.id(), was.createdAt(), was.createdBy(), now, caller.arn()));
            instance.users.put(userId, updated);
            putExtension(instance, userId, extension);
            index.userPut(instance, current, updated);
            return AwsJson.object();
        }
    }

    /** Deletes the user and, as AWS does, its group memberships. A missing user is ResourceNotFound. */
    JsonNode delete(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String userId = in.string("UserId", Shapes.RESOURCE_ID, true);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "DeleteUser");
            User user = find(instance, userId);
            List<MembershipRecord> memberships = index.ofUser(instance, userId);
            memberships.forEach(m -> instance.memberships.remove(m.membershipId()));
            index.membershipsRemoved(instance, memberships);
            instance.users.remove(userId);
            instance.enterprise.remove(userId);
            index.userRemoved(instance, user);
            return AwsJson.object();
        }
    }

    /** ListUsers, with the deprecated {@code Filters} (AttributePath {@code UserName}) still honoured. */
    JsonNode list(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        Listing.PageRequest page = listing.read(in);
        Filter filter = Filter.read(in, "UserName");
        boolean extensions = EnterpriseJson.asked(in);
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "ListUsers");
            Iterable<User> users = instance.users.values();
            if (filter != null) {
                String id = index.userNamed(instance, filter.value());
                users = id == null ? List.of() : List.of(instance.users.get(id));
            }
            String scope = "ListUsers|" + storeId + "|" + (filter == null ? "" : filter.value());
            return Listing.respond(users, scope, page, "Users", u -> UserJson.write(u, storeId,
                    extensions ? instance.enterprise.get(u.origin().id()) : null));
        }
    }

    /** GetUserId by ExternalId or by the unique attributes {@code userName} and {@code emails.value}. */
    JsonNode getId(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        AlternateIdentifier identifier = AlternateIdentifier.read(in, List.of("userName", "emails.value"));
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "GetUserId");
            String id;
            if (identifier.externalId() != null) {
                id = instance.users.values().stream().filter(u -> u.externalIds().contains(identifier.externalId()))
                        .map(u -> u.origin().id()).findFirst().orElse(null);
            } else if (identifier.attributePath().equals("userName")) {
                id = index.userNamed(instance, identifier.attributeValue());
            } else {
                id = index.userWithEmail(instance, identifier.attributeValue());
            }
            if (id == null) {
                throw Errors.notFound("USER", null);
            }
            return ids(storeId, id);
        }
    }

    static User find(SandboxInstance instance, String userId) {
        User user = instance.users.get(userId);
        if (user == null) {
            throw Errors.notFound("USER", userId);
        }
        return user;
    }

    private void requireUnique(SandboxInstance instance, User user, String exceptUserId) {
        String sameName = index.userNamed(instance, user.userName());
        if (sameName != null && !sameName.equals(exceptUserId)) {
            throw Errors.duplicate("UserName");
        }
        for (Email email : user.emails()) {
            String sameEmail = email.value() == null ? null : index.userWithEmail(instance, email.value());
            if (sameEmail != null && !sameEmail.equals(exceptUserId)) {
                throw Errors.duplicate("Email");
            }
        }
    }

    private static ObjectNode ids(String storeId, String userId) {
        ObjectNode response = AwsJson.object();
        response.put("IdentityStoreId", storeId);
        response.put("UserId", userId);
        return response;
    }

    static User withOrigin(User u, List<ExternalId> externalIds, Origin origin) {
        return new User(u.userName(), u.displayName(), u.name(), u.nickName(), u.profileUrl(), u.emails(),
                u.addresses(), u.phoneNumbers(), u.userType(), u.title(), u.preferredLanguage(), u.locale(),
                u.timezone(), u.userStatus(), u.photos(), u.website(), u.birthdate(), u.roles(), null, externalIds,
                origin);
    }

    /**
     * The extension after UpdateUser's operations on it ({@code aws:identitystore:enterprise} whole,
     * or a part such as {@code aws:identitystore:enterprise.costCenter}); null when none is left.
     */
    private static EnterpriseRecord patchedExtension(EnterpriseRecord current, List<AttributePatch.Operation> operations) {
        if (operations.isEmpty()) {
            return current;
        }
        ObjectNode document = current == null ? AwsJson.object() : EnterpriseJson.write(current);
        for (AttributePatch.Operation operation : operations) {
            String path = operation.path();
            if (path.equals(EnterpriseJson.NAME)) {
                document = operation.value() == null ? AwsJson.object() : (ObjectNode) operation.value().deepCopy();
            } else {
                AttributePatch.set(document, path.substring(EnterpriseJson.NAME.length() + 1), operation.value(), false);
            }
        }
        // Removing every attribute removes the extension (a guess: AWS returns no empty extension).
        return document.isEmpty() ? null : EnterpriseJson.document(document);
    }

    private static void putExtension(SandboxInstance instance, String userId, EnterpriseRecord extension) {
        if (extension == null) {
            instance.enterprise.remove(userId);
        } else {
            instance.enterprise.put(userId, extension);
        }
    }
}
