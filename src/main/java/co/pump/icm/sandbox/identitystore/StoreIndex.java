package co.pump.icm.sandbox.identitystore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import co.pump.icm.model.Email;
import co.pump.icm.model.Group;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.state.MembershipRecord;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * Lookups the Identity Store needs at every request, kept fast for stores of 100,000 users and
 * 300,000 memberships: users by name and email, groups by name (ignoring case, for uniqueness),
 * and memberships by group and by user.
 *
 * <p>The instance's maps stay the truth. An index is built from them on first use and rebuilt
 * whenever their size changed behind its back (the seeder and tests write the maps directly);
 * the operations here report their own writes. Every hit is checked against the maps, so a stale
 * entry is never returned. Use inside {@code synchronized (world)}.
 */
final class StoreIndex {

    private static final class Entry {
        int users = -1;
        int groups = -1;
        int memberships = -1;
        final Map<String, String> userByName = new HashMap<>();
        final Map<String, String> userByEmail = new HashMap<>();
        final Map<String, String> groupByName = new HashMap<>();
        final Map<String, Set<String>> membershipsOfGroup = new HashMap<>();
        final Map<String, Set<String>> membershipsOfUser = new HashMap<>();
    }

    private final Map<SandboxInstance, Entry> entries = new WeakHashMap<>();

    /** The ID of the user with this name (ignoring case), or null. */
    String userNamed(SandboxInstance instance, String userName) {
        String id = users(instance).userByName.get(key(userName));
        User user = id == null ? null : instance.users.get(id);
        return user != null && userName.equalsIgnoreCase(user.userName()) ? id : null;
    }

    /** The ID of a user with this email address (ignoring case), or null. */
    String userWithEmail(SandboxInstance instance, String email) {
        String id = users(instance).userByEmail.get(key(email));
        User user = id == null ? null : instance.users.get(id);
        return user != null && user.emails().stream().anyMatch(e -> email.equalsIgnoreCase(e.value())) ? id : null;
    }

    /** The ID of the group with this display name (ignoring case), or null. */
    String groupNamed(SandboxInstance instance, String displayName) {
        String id = groups(instance).groupByName.get(key(displayName));
        Group group = id == null ? null : instance.groups.get(id);
        return group != null && displayName.equalsIgnoreCase(group.displayName()) ? id : null;
    }

    /** A group's memberships, in the order they were made. */
    List<MembershipRecord> ofGroup(SandboxInstance instance, String groupId) {
        return resolve(instance, memberships(instance).membershipsOfGroup.get(groupId), m -> m.groupId().equals(groupId));
    }

    /** A user's memberships, in the order they were made. */
    List<MembershipRecord> ofUser(SandboxInstance instance, String userId) {
        return resolve(instance, memberships(instance).membershipsOfUser.get(userId), m -> m.userId().equals(userId));
    }

    /** The membership of a user in a group, or null. */
    MembershipRecord membership(SandboxInstance instance, String groupId, String userId) {
        for (MembershipRecord m : ofUser(instance, userId)) {
            if (m.groupId().equals(groupId)) {
                return m;
            }
        }
        return null;
    }

    /** Call after putting a user (new, or replacing {@code previous}) in the instance. */
    void userPut(SandboxInstance instance, User previous, User user) {
        Entry e = entry(instance);
        if (e.users != instance.users.size() - (previous == null ? 1 : 0)) {
            e.users = -1;
            return;
        }
        if (previous != null) {
            forget(e.userByName, previous.userName(), previous.origin().id());
            previous.emails().forEach(m -> forget(e.userByEmail, m.value(), previous.origin().id()));
        }
        indexUser(e, user);
        e.users = instance.users.size();
    }

    /** Call after removing a user from the instance. */
    void userRemoved(SandboxInstance instance, User user) {
        Entry e = entry(instance);
        if (e.users != instance.users.size() + 1) {
            e.users = -1;
            return;
        }
        forget(e.userByName, user.userName(), user.origin().id());
        user.emails().forEach(m -> forget(e.userByEmail, m.value(), user.origin().id()));
        e.users = instance.users.size();
    }

    /** Call after putting a group (new, or replacing {@code previous}) in the instance. */
    void groupPut(SandboxInstance instance, Group previous, Group group) {
        Entry e = entry(instance);
        if (e.groups != instance.groups.size() - (previous == null ? 1 : 0)) {
            e.groups = -1;
            return;
        }
        if (previous != null) {
            forget(e.groupByName, previous.displayName(), previous.origin().id());
        }
        e.groupByName.put(key(group.displayName()), group.origin().id());
        e.groups = instance.groups.size();
    }

    /** Call after removing a group from the instance. */
    void groupRemoved(SandboxInstance instance, Group group) {
        Entry e = entry(instance);
        if (e.groups != instance.groups.size() + 1) {
            e.groups = -1;
            return;
        }
        forget(e.groupByName, group.displayName(), group.origin().id());
        e.groups = instance.groups.size();
    }

    /** Call after putting a new membership in the instance. */
    void membershipAdded(SandboxInstance instance, MembershipRecord m) {
        Entry e = entry(instance);
        if (e.memberships != instance.memberships.size() - 1) {
            e.memberships = -1;
            return;
        }
        indexMembership(e, m);
        e.memberships = instance.memberships.size();
    }

    /** Call after removing memberships from the instance. */
    void membershipsRemoved(SandboxInstance instance, List<MembershipRecord> removed) {
        Entry e = entry(instance);
        if (e.memberships != instance.memberships.size() + removed.size()) {
            e.memberships = -1;
            return;
        }
        for (MembershipRecord m : removed) {
            Set<String> ofGroup = e.membershipsOfGroup.get(m.groupId());
            if (ofGroup != null) {
                ofGroup.remove(m.membershipId());
            }
            Set<String> ofUser = e.membershipsOfUser.get(m.userId());
            if (ofUser != null) {
                ofUser.remove(m.membershipId());
            }
        }
        e.memberships = instance.memberships.size();
    }

    private Entry entry(SandboxInstance instance) {
        return entries.computeIfAbsent(instance, i -> new Entry());
    }

    private Entry users(SandboxInstance instance) {
        Entry e = entry(instance);
        if (e.users != instance.users.size()) {
            e.userByName.clear();
            e.userByEmail.clear();
            instance.users.values().forEach(u -> indexUser(e, u));
            e.users = instance.users.size();
        }
        return e;
    }

    private Entry groups(SandboxInstance instance) {
        Entry e = entry(instance);
        if (e.groups != instance.groups.size()) {
            e.groupByName.clear();
            instance.groups.values().forEach(g -> {
                if (g.displayName() != null) {
                    e.groupByName.put(key(g.displayName()), g.origin().id());
                }
            });
            e.groups = instance.groups.size();
        }
        return e;
    }

    private Entry memberships(SandboxInstance instance) {
        Entry e = entry(instance);
        if (e.memberships != instance.memberships.size()) {
            e.membershipsOfGroup.clear();
            e.membershipsOfUser.clear();
            instance.memberships.values().forEach(m -> indexMembership(e, m));
            e.memberships = instance.memberships.size();
        }
        return e;
    }

    private static void indexUser(Entry e, User user) {
        if (user.userName() != null) {
            e.userByName.put(key(user.userName()), user.origin().id());
        }
        for (Email email : user.emails()) {
            if (email.value() != null) {
                e.userByEmail.put(key(email.value()), user.origin().id());
            }
        }
    }

    private static void indexMembership(Entry e, MembershipRecord m) {
        e.membershipsOfGroup.computeIfAbsent(m.groupId(), k -> new LinkedHashSet<>()).add(m.membershipId());
        e.membershipsOfUser.computeIfAbsent(m.userId(), k -> new LinkedHashSet<>()).add(m.membershipId());
    }

    private static List<MembershipRecord> resolve(SandboxInstance instance, Set<String> ids,
                                                  java.util.function.Predicate<MembershipRecord> belongs) {
        var result = new ArrayList<MembershipRecord>();
        if (ids != null) {
            for (String id : ids) {
                MembershipRecord m = instance.memberships.get(id);
                if (m != null && belongs.test(m)) {
                    result.add(m);
                }
            }
        }
        return result;
    }

    private static void forget(Map<String, String> index, String name, String id) {
        if (name != null) {
            index.remove(key(name), id);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
