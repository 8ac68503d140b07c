package co.pump.icm.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException;

/**
 * The kinds the test-side reader compares: users, groups, memberships, permission sets, account
 * assignments and the ABAC configuration's attributes. Each reads AWS with the plainest calls that give it whole (list, then
 * describe) and leaves out only IDs, the instance's own references and audit timestamps.
 */
public final class InventoryKinds {

    public static final String USERS = "users";
    public static final String GROUPS = "groups";
    public static final String MEMBERSHIPS = "memberships";
    public static final String PERMISSION_SETS = "permission sets";
    public static final String ASSIGNMENTS = "assignments";
    public static final String ACCESS_CONTROL = "ABAC attributes";

    /** The name of the Identity Store's enterprise extension, under a user's {@code Extensions}. */
    static final String ENTERPRISE = "aws:identitystore:enterprise";

    /** Members that identify an item in one instance, or record when and by whom it was made. */
    static final Set<String> NOT_CARRIED = Set.of("IdentityStoreId", "UserId", "GroupId", "MembershipId",
            "PermissionSetArn", "InstanceArn", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "CreatedDate");

    /** Every kind, in the order they are read. */
    public static final List<InventoryKind> ALL = List.of(new Users(), new Groups(), new Memberships(),
            new PermissionSets(), new Assignments(), new AccessControlAttributes());

    private InventoryKinds() {
    }

    static Inventory.Item item(String key, java.util.Map<String, Object> fields) {
        return new Inventory.Item(key, new TreeMap<>(fields));
    }

    /**
     * Users by user name, with every attribute, the enterprise extension asked for. The extension's
     * manager is a user ID of the instance read; it is compared as that user's name, looked up in
     * the same instance ({@code unknown user ID} when no user has that ID).
     */
    static final class Users implements InventoryKind {
        @Override
        public String name() {
            return USERS;
        }

        @Override
        public List<Inventory.Item> read(InstanceView instance) {
            var items = new ArrayList<Inventory.Item>();
            instance.identityStore().listUsersPaginator(r -> r.identityStoreId(instance.identityStoreId()).maxResults(100)
                            .extensions("aws:identitystore:enterprise"))
                    .users().forEach(u -> {
                        var fields = SdkValues.members(u, NOT_CARRIED);
                        fields.remove("UserName");
                        managerValue(fields).ifPresent(manager -> manager.put("value", instance
                                .principalName("USER", String.valueOf(manager.get("value")))));
                        items.add(item(u.userName(), fields));
                    });
            return items;
        }

        @Override
        public List<Inventory.Item> fromSnapshot(JsonNode snapshot) {
            var items = new ArrayList<Inventory.Item>();
            snapshot.path("users").forEach(u -> {
                var fields = awsNames(u);
                fields.remove("UserName");
                // The file keeps the extension as "enterprise", its manager a user name: AWS's form.
                fields.remove("Enterprise");
                if (SdkValues.json(u.path("enterprise")) instanceof java.util.Map<?, ?> data && !data.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    var extension = (java.util.Map<String, Object>) data;
                    extension.computeIfPresent("manager", (k, name) -> new TreeMap<>(java.util.Map.of("value", name)));
                    fields.put("Extensions", new TreeMap<>(java.util.Map.of(ENTERPRISE, extension)));
                }
                items.add(item(u.path("userName").asText(), fields));
            });
            return items;
        }

        /**
         * The enterprise extension's {@code manager} of a user item's fields ({@code value} is
         * the manager's user ID as AWS returns it, a user name once read), if there is one.
         */
        @SuppressWarnings("unchecked")
        static java.util.Optional<java.util.Map<String, Object>> managerValue(java.util.Map<String, Object> fields) {
            return fields.get("Extensions") instanceof java.util.Map<?, ?> extensions
                    && extensions.get(ENTERPRISE) instanceof java.util.Map<?, ?> data
                    && data.get("manager") instanceof java.util.Map<?, ?> manager
                    ? java.util.Optional.of((java.util.Map<String, Object>) manager) : java.util.Optional.empty();
        }
    }

    /** Groups by display name. */
    static final class Groups implements InventoryKind {
        @Override
        public String name() {
            return GROUPS;
        }

        @Override
        public List<Inventory.Item> read(InstanceView instance) {
            var items = new ArrayList<Inventory.Item>();
            instance.identityStore().listGroupsPaginator(r -> r.identityStoreId(instance.identityStoreId()).maxResults(100))
                    .groups().forEach(g -> {
                        var fields = SdkValues.members(g, NOT_CARRIED);
                        fields.remove("DisplayName");
                        items.add(item(g.displayName(), fields));
                    });
            return items;
        }

        @Override
        public List<Inventory.Item> fromSnapshot(JsonNode snapshot) {
            var items = new ArrayList<Inventory.Item>();
            snapshot.path("groups").forEach(g -> {
                var fields = awsNames(g);
                fields.remove("DisplayName");
                items.add(item(g.path("displayName").asText(), fields));
            });
            return items;
        }
    }

    /** Memberships as {@code group ∋ user}, read group by group. */
    static final class Memberships implements InventoryKind {
        @Override
        public String name() {
            return MEMBERSHIPS;
        }

        @Override
        public List<Inventory.Item> read(InstanceView instance) {
            var items = new ArrayList<Inventory.Item>();
            instance.groupNames().forEach((groupId, group) -> instance.identityStore()
                    .listGroupMembershipsPaginator(r -> r.identityStoreId(instance.identityStoreId()).groupId(groupId)
                            .maxResults(100))
                    .groupMemberships().forEach(m -> items.add(item(key(group,
                            instance.principalName("USER", m.memberId().userId())), java.util.Map.of()))));
            return items;
        }

        @Override
        public List<Inventory.Item> fromSnapshot(JsonNode snapshot) {
            var items = new ArrayList<Inventory.Item>();
            snapshot.path("memberships").forEach(m -> items.add(item(key(m.path("groupName").asText(),
                    m.path("userName").asText()), java.util.Map.of())));
            return items;
        }

        static String key(String group, String user) {
            return group + " ∋ " + user;
        }

        /** The user name of a membership item's key. */
        public static String user(Inventory.Item membership) {
            return membership.key().substring(membership.key().lastIndexOf(" ∋ ") + " ∋ ".length());
        }
    }

    /** Permission sets by name, with their policies of every kind and their tags. */
    static final class PermissionSets implements InventoryKind {
        @Override
        public String name() {
            return PERMISSION_SETS;
        }

        @Override
        public List<Inventory.Item> read(InstanceView instance) {
            var items = new ArrayList<Inventory.Item>();
            var admin = instance.ssoAdmin();
            String instanceArn = instance.instanceArn();
            instance.permissionSetNames().forEach((arn, name) -> {
                var set = admin.describePermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn))
                        .permissionSet();
                var fields = SdkValues.members(set, NOT_CARRIED);
                fields.remove("Name");
                put(fields, "InlinePolicy", SdkValues.policy(admin.getInlinePolicyForPermissionSet(r -> r
                        .instanceArn(instanceArn).permissionSetArn(arn)).inlinePolicy()));
                put(fields, "ManagedPolicies", SdkValues.plain(admin.listManagedPoliciesInPermissionSetPaginator(r -> r
                        .instanceArn(instanceArn).permissionSetArn(arn).maxResults(100)).attachedManagedPolicies().stream()
                        .map(p -> p.arn()).toList(), NOT_CARRIED));
                put(fields, "CustomerManagedPolicies", SdkValues.plain(admin
                        .listCustomerManagedPolicyReferencesInPermissionSetPaginator(r -> r.instanceArn(instanceArn)
                                .permissionSetArn(arn).maxResults(100)).customerManagedPolicyReferences().stream()
                        .toList(), NOT_CARRIED));
                try {
                    put(fields, "PermissionsBoundary", SdkValues.plain(admin.getPermissionsBoundaryForPermissionSet(r -> r
                            .instanceArn(instanceArn).permissionSetArn(arn)).permissionsBoundary(), NOT_CARRIED));
                } catch (ResourceNotFoundException e) {
                    // AWS answers "not found" for a permission set without a boundary.
                }
                put(fields, "Tags", SdkValues.plain(admin.listTagsForResourcePaginator(r -> r.instanceArn(instanceArn)
                        .resourceArn(arn)).tags().stream().toList(), NOT_CARRIED));
                items.add(item(name, fields));
            });
            return items;
        }

        @Override
        public List<Inventory.Item> fromSnapshot(JsonNode snapshot) {
            var items = new ArrayList<Inventory.Item>();
            snapshot.path("permissionSets").forEach(p -> {
                var fields = new TreeMap<String, Object>();
                put(fields, "Description", text(p, "description"));
                put(fields, "SessionDuration", text(p, "sessionDuration"));
                put(fields, "RelayState", text(p, "relayState"));
                put(fields, "InlinePolicy", SdkValues.policy(text(p, "inlinePolicy")));
                var arns = new ArrayList<Object>();
                p.path("managedPolicies").forEach(m -> arns.add(m.path("arn").asText()));
                put(fields, "ManagedPolicies", SdkValues.plain(arns, Set.of()));
                put(fields, "CustomerManagedPolicies", SdkValues.json(awsNamesNode(p.path("customerManagedPolicies"))));
                put(fields, "PermissionsBoundary", SdkValues.json(awsNamesNode(p.path("permissionsBoundary"))));
                put(fields, "Tags", SdkValues.json(awsNamesNode(p.path("tags"))));
                items.add(item(p.path("name").asText(), fields));
            });
            return items;
        }

        private static void put(java.util.Map<String, Object> fields, String name, Object value) {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())
                    && !(value instanceof java.util.Map<?, ?> map && map.isEmpty())) {
                fields.put(name, value);
            }
        }

        private static String text(JsonNode node, String field) {
            return node.hasNonNull(field) ? node.get(field).asText() : null;
        }
    }

    /**
     * Account assignments as {@code account / permission set / USER|GROUP name}, read for every
     * permission set in every account of the caller's organization and every account the
     * permission set is provisioned to (an instance may still hold assignments in accounts that
     * have left the organization).
     */
    static final class Assignments implements InventoryKind {
        @Override
        public String name() {
            return ASSIGNMENTS;
        }

        @Override
        public List<Inventory.Item> read(InstanceView instance) {
            var items = new ArrayList<Inventory.Item>();
            instance.permissionSetNames().forEach((arn, name) -> {
                var accounts = new java.util.TreeSet<>(instance.accountIds());
                instance.ssoAdmin().listAccountsForProvisionedPermissionSetPaginator(r -> r
                        .instanceArn(instance.instanceArn()).permissionSetArn(arn).maxResults(100)).accountIds()
                        .forEach(accounts::add);
                for (String account : accounts) {
                    instance.ssoAdmin().listAccountAssignmentsPaginator(r -> r.instanceArn(instance.instanceArn())
                                    .accountId(account).permissionSetArn(arn).maxResults(100))
                            .accountAssignments().forEach(a -> items.add(item(key(account, name,
                                    a.principalTypeAsString(), instance.principalName(a.principalTypeAsString(),
                                            a.principalId())), java.util.Map.of())));
                }
            });
            return items;
        }

        @Override
        public List<Inventory.Item> fromSnapshot(JsonNode snapshot) {
            var items = new ArrayList<Inventory.Item>();
            snapshot.path("assignments").forEach(a -> items.add(item(key(a.path("accountId").asText(),
                    a.path("permissionSetName").asText(), a.path("principalType").asText(),
                    a.path("principalName").asText()), java.util.Map.of())));
            return items;
        }

        static String key(String account, String permissionSet, String principalType, String principal) {
            return account + " / " + permissionSet + " / " + principalType + " " + principal;
        }

        /** The account of an assignment item's key. */
        public static String account(Inventory.Item assignment) {
            return assignment.key().substring(0, assignment.key().indexOf(' '));
        }

        /**
         * The principal of an assignment item's key, e.g. {@code USER alice@example.com} (neither an
         * account ID nor a permission set name holds " / ", a group's name may).
         */
        public static String principal(Inventory.Item assignment) {
            int afterAccount = assignment.key().indexOf(" / ") + " / ".length();
            return assignment.key().substring(assignment.key().indexOf(" / ", afterAccount) + " / ".length());
        }
    }

    /**
     * The instance's ABAC configuration, one item per attribute: its key, and where its value comes
     * from. An instance without a configuration (DescribeInstanceAccessControlAttributeConfiguration
     * answers "not found") has none. Its status is AWS's and is not carried.
     */
    static final class AccessControlAttributes implements InventoryKind {
        @Override
        public String name() {
            return ACCESS_CONTROL;
        }

        @Override
        public List<Inventory.Item> read(InstanceView instance) {
            var items = new ArrayList<Inventory.Item>();
            try {
                instance.ssoAdmin().describeInstanceAccessControlAttributeConfiguration(r -> r
                                .instanceArn(instance.instanceArn())).instanceAccessControlAttributeConfiguration()
                        .accessControlAttributes().forEach(a -> items.add(item(a.key(),
                                java.util.Map.of("Sources", SdkValues.plain(a.value().source(), NOT_CARRIED)))));
            } catch (ResourceNotFoundException e) {
                // No configuration: no attributes.
            }
            return items;
        }

        @Override
        public List<Inventory.Item> fromSnapshot(JsonNode snapshot) {
            var items = new ArrayList<Inventory.Item>();
            snapshot.path("accessControl").path("attributes").forEach(a -> {
                var sources = new ArrayList<Object>();
                a.path("sources").forEach(source -> sources.add(source.asText()));
                items.add(item(a.path("key").asText(), java.util.Map.of("Sources", SdkValues.plain(sources, Set.of()))));
            });
            return items;
        }
    }

    /**
     * A snapshot object's fields under AWS's member names: the snapshot writes {@code userName}
     * where AWS writes {@code UserName}. Its {@code origin} (the IDs in the exporting instance) is
     * left out.
     */
    static TreeMap<String, Object> awsNames(JsonNode object) {
        @SuppressWarnings("unchecked")
        var fields = (TreeMap<String, Object>) SdkValues.json(awsNamesNode(object));
        return fields == null ? new TreeMap<>() : fields;
    }

    private static JsonNode awsNamesNode(JsonNode node) {
        if (node.isObject()) {
            ObjectNode renamed = ObjectNode.class.cast(node).objectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("origin")) {
                    renamed.set(e.getKey().substring(0, 1).toUpperCase(Locale.ROOT) + e.getKey().substring(1),
                            awsNamesNode(e.getValue()));
                }
            });
            return renamed;
        }
        if (node.isArray()) {
            ArrayNode renamed = ArrayNode.class.cast(node).arrayNode();
            node.forEach(item -> renamed.add(awsNamesNode(item)));
            return renamed;
        }
        return node;
    }
}
