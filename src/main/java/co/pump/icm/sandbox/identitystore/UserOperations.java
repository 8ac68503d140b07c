package co.pump.icm.sandbox.identitystore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Origin;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.AwsJson;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.JsonInput;
import co.pump.icm.sandbox.Violations;
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
 */
final class UserOperations {
    private final SandboxWorld world;
    private final Listing listing;

    UserOperations(SandboxWorld world, Listing listing) {
        this.world = world;
        this.listing = listing;
    }

    JsonNode create(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        User user = UserJson.read(in, false, List.of(), Origin.of(null));
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "CreateUser");
            requireUnique(instance, user, null);
            String now = Instant.ofEpochMilli(world.now()).toString();
            String userId = world.ids().resourceId(storeId);
            user = withOrigin(user, user.externalIds(), new Origin(userId, now, caller.arn(), now, caller.arn()));
            instance.users.put(userId, user);
            return ids(storeId, userId);
        }
    }

    JsonNode describe(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String userId = in.string("UserId", Shapes.RESOURCE_ID, true);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "DescribeUser");
            return UserJson.write(find(instance, userId), storeId);
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
            AttributePatch.apply(attributes, operations);
            User patched = UserJson.read(JsonInput.document(attributes, new Violations()), true, current.externalIds(),
                    current.origin());
            requireUnique(instance, patched, userId);
            String now = Instant.ofEpochMilli(world.now()).toString();
            Origin was = current.origin();
            instance.users.put(userId, withOrigin(patched, current.externalIds(),
                    new Origin(was.id(), was.createdAt(), was.createdBy(), now, caller.arn())));
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
            find(instance, userId);
            instance.users.remove(userId);
            instance.memberships.values().removeIf(m -> m.userId().equals(userId));
            return AwsJson.object();
        }
    }

    /** ListUsers, with the deprecated {@code Filters} (AttributePath {@code UserName}) still honoured. */
    JsonNode list(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        Listing.PageRequest page = listing.read(in);
        Filter filter = Filter.read(in, "UserName");
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "ListUsers");
            List<User> users = new ArrayList<>();
            for (User user : instance.users.values()) {
                if (filter == null || filter.value().equalsIgnoreCase(user.userName())) {
                    users.add(user);
                }
            }
            String scope = "ListUsers|" + storeId + "|" + (filter == null ? "" : filter.value());
            return Listing.respond(users, scope, page, "Users", u -> UserJson.write(u, storeId));
        }
    }

    /** GetUserId by ExternalId or by the unique attributes {@code userName} and {@code emails.value}. */
    JsonNode getId(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        AlternateIdentifier identifier = AlternateIdentifier.read(in, List.of("userName", "emails.value"));
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "GetUserId");
            User match = instance.users.values().stream().filter(u -> identifier.matches(u.externalIds(),
                    path -> path.equals("userName") ? List.of(u.userName())
                            : u.emails().stream().map(e -> e.value()).filter(Objects::nonNull).toList()))
                    .findFirst().orElseThrow(() -> Errors.notFound("USER", null));
            return ids(storeId, match.origin().id());
        }
    }

    static User find(SandboxInstance instance, String userId) {
        User user = instance.users.get(userId);
        if (user == null) {
            throw Errors.notFound("USER", userId);
        }
        return user;
    }

    private static void requireUnique(SandboxInstance instance, User user, String exceptUserId) {
        for (User other : instance.users.values()) {
            if (other.origin().id().equals(exceptUserId)) {
                continue;
            }
            if (other.userName() != null && other.userName().equalsIgnoreCase(user.userName())) {
                throw Errors.duplicate("UserName");
            }
            for (var email : user.emails()) {
                if (email.value() != null && other.emails().stream()
                        .anyMatch(e -> email.value().toLowerCase(Locale.ROOT).equals(
                                e.value() == null ? null : e.value().toLowerCase(Locale.ROOT)))) {
                    throw Errors.duplicate("Email");
                }
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
                u.timezone(), u.userStatus(), u.photos(), u.website(), u.birthdate(), externalIds, origin);
    }

}
