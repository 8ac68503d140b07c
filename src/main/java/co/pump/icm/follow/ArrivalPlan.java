package co.pump.icm.follow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.compare.Category;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeIds;
import co.pump.icm.plan.Plan;
import co.pump.icm.snapshot.SnapshotJson;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssoadmin.model.ListAccountAssignmentsResponse;

/**
 * The plan for accounts that have just arrived: a create for each of their awaited assignments
 * that is not in place yet, against a target that knows the IDs of the users, groups and
 * permission sets they need (those the import found, and those the run created, from its
 * journal), so that the import engine makes them exactly as it makes an import's assignments.
 * One cheap read per account and permission set ({@code ListAccountAssignments}) finds what is
 * already in place, so nothing right is written twice.
 */
final class ArrivalPlan {

    /**
     * The plan, and for each account how many of its assignments were already in place.
     *
     * @param plan         creates only; empty when everything is in place
     * @param alreadyThere per account, awaited assignments found in place
     */
    record Prepared(Plan plan, Map<String, Integer> alreadyThere) {
    }

    private final Plan preview;
    private final Map<String, Map<String, String>> createdIds;
    private final AwsClients clients;
    private final AwsCallRunner runner;

    ArrivalPlan(Plan preview, Map<String, Map<String, String>> createdIds, AwsClients clients, AwsCallRunner runner) {
        this.preview = preview;
        this.createdIds = createdIds;
        this.clients = clients;
        this.runner = runner;
    }

    Prepared prepare(List<AwaitedAccount> arrived) {
        var users = new LinkedHashMap<String, User>();
        var groups = new LinkedHashMap<String, Group>();
        var sets = new LinkedHashMap<String, PermissionSet>();
        for (AwaitedAccount account : arrived) {
            for (AwaitedAssignment awaited : account.assignments()) {
                AccountAssignment a = awaited.assignment();
                if (a.principalType() == PrincipalType.USER) {
                    String key = a.principalName().toLowerCase(Locale.ROOT);
                    if (!users.containsKey(key)) {
                        User user = user(a.principalName());
                        if (user != null) {
                            users.put(key, user);
                        }
                    }
                } else if (!groups.containsKey(a.principalName())) {
                    Group group = group(a.principalName());
                    if (group != null) {
                        groups.put(a.principalName(), group);
                    }
                }
                if (!sets.containsKey(a.permissionSetName())) {
                    PermissionSet set = permissionSet(a.permissionSetName());
                    if (set != null) {
                        sets.put(a.permissionSetName(), set);
                    }
                }
            }
        }
        var changes = new ArrayList<Change<?>>();
        var alreadyThere = new HashMap<String, Integer>();
        var inPlace = new HashMap<String, Set<String>>();
        for (AwaitedAccount account : arrived) {
            alreadyThere.put(account.accountId(), 0);
            for (AwaitedAssignment awaited : account.assignments()) {
                AccountAssignment a = awaited.assignment();
                PermissionSet set = sets.get(a.permissionSetName());
                String principalId = a.principalType() == PrincipalType.USER
                        ? idOf(users.get(a.principalName().toLowerCase(Locale.ROOT)))
                        : idOf(groups.get(a.principalName()));
                if (set != null && principalId != null) {
                    String arn = set.origin().id();
                    Set<String> present = inPlace.computeIfAbsent(a.accountId() + "|" + arn,
                            k -> assigned(a.accountId(), arn));
                    if (present.contains(a.principalType().name() + "/" + principalId)) {
                        alreadyThere.merge(account.accountId(), 1, Integer::sum);
                        continue;
                    }
                }
                // Without an ID the import engine ends it as not attempted, naming what does not exist.
                changes.add(new Change.Create<>(Category.ASSIGNMENTS, awaited.changeId(), awaited.label(), a));
            }
        }
        IdentityCenterConfig base = preview.target();
        var target = new IdentityCenterConfig(base.source(), base.accounts(), List.copyOf(users.values()),
                List.copyOf(groups.values()), List.of(), List.copyOf(sets.values()), List.of(), null, List.of());
        return new Prepared(new Plan(preview.snapshot(), target, preview.options(), changes, Map.of(), List.of()),
                alreadyThere);
    }

    private User user(String userName) {
        return find(preview.target().users(), u -> u.userName().equalsIgnoreCase(userName), ChangeIds.user(userName),
                "userId");
    }

    private Group group(String displayName) {
        return find(preview.target().groups(), g -> g.displayName().equals(displayName), ChangeIds.group(displayName),
                "groupId");
    }

    private PermissionSet permissionSet(String name) {
        return find(preview.target().permissionSets(), p -> p.name().equals(name), ChangeIds.permissionSet(name),
                "permissionSetArn");
    }

    /** The item as the target had it when read, or as the run created it (the preview's create, with the new ID). */
    @SuppressWarnings("unchecked")
    private <T> T find(List<T> read, Predicate<T> named, String changeId, String idName) {
        for (T item : read) {
            if (named.test(item)) {
                return item;
            }
        }
        Change<?> created = preview.change(changeId);
        return created == null ? null : withId((T) created.item(), created.id(), idName);
    }

    /** The item as the run created it: its target ID from the journal, or null when the run did not create it. */
    private <T> T withId(T item, String changeId, String idName) {
        String id = createdIds.getOrDefault(changeId, Map.of()).get(idName);
        if (id == null) {
            return null;
        }
        ObjectMapper json = SnapshotJson.mapper();
        ObjectNode node = json.valueToTree(item);
        node.set("origin", json.valueToTree(Origin.of(id)));
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) item.getClass();
        return json.convertValue(node, type);
    }

    private static String idOf(Object item) {
        if (item instanceof User u) {
            return u.origin() == null ? null : u.origin().id();
        }
        if (item instanceof Group g) {
            return g.origin() == null ? null : g.origin().id();
        }
        return null;
    }

    /** The principals assigned in the account with the permission set, as {@code TYPE/id}. */
    private Set<String> assigned(String accountId, String permissionSetArn) {
        String instanceArn = preview.target().source().instanceArn();
        var found = new HashSet<String>();
        String token = null;
        try {
            do {
                String current = token;
                ListAccountAssignmentsResponse page = runner.call(ApiFamily.SSO_ADMIN, "ListAccountAssignments",
                        "account " + accountId, () -> clients.ssoAdmin().listAccountAssignments(r -> r
                                .instanceArn(instanceArn).accountId(accountId).permissionSetArn(permissionSetArn)
                                .nextToken(current)));
                page.accountAssignments().forEach(a -> found.add(a.principalTypeAsString() + "/" + a.principalId()));
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
        } catch (SdkException e) {
            throw AwsProblems.explain(e, ApiFamily.SSO_ADMIN, "ListAccountAssignments", "account " + accountId);
        }
        return found;
    }
}
