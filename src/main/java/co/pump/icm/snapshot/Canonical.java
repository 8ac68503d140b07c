package co.pump.icm.snapshot;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Application;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.Tag;
import co.pump.icm.model.User;

/**
 * The canonical order of a configuration, so that two exports of the same organization give
 * byte-identical files (apart from the export time) whatever order AWS listed things in.
 *
 * <p>Collections of keyed things are sorted by their natural key: users by user name, groups by
 * display name, memberships by (group name, user name), permission sets by name, assignments by
 * {@link AccountAssignment.AssignmentKey} order, accounts by ID, applications by ARN, ABAC
 * attributes by key; inside a permission set, tags by key, managed policies by ARN and customer
 * managed policy references by (path, name). Strings compare by their UTF-16 code units
 * ({@link String#compareTo}), never by locale. Lists that belong to one thing and whose order
 * may mean something (a user's emails, addresses, phone numbers, photos, external IDs; an
 * attribute's sources) keep their order. A missing key sorts first, so even a configuration
 * that would not pass validation has a well-defined order.
 */
public final class Canonical {

    private static final Comparator<String> TEXT = nullsFirst(naturalOrder());

    private static final Comparator<GroupMembership> MEMBERSHIP_ORDER =
            comparing(GroupMembership::groupName, TEXT).thenComparing(GroupMembership::userName, TEXT);

    // The same order as AssignmentKey.compareTo, but safe for missing fields.
    private static final Comparator<AccountAssignment> ASSIGNMENT_ORDER =
            comparing(AccountAssignment::accountId, TEXT)
                    .thenComparing(AccountAssignment::permissionSetName, TEXT)
                    .thenComparing(AccountAssignment::principalType, nullsFirst(naturalOrder()))
                    .thenComparing(AccountAssignment::principalName, TEXT);

    private static final Comparator<CustomerManagedPolicyReference> REFERENCE_ORDER =
            comparing(CustomerManagedPolicyReference::path, TEXT)
                    .thenComparing(CustomerManagedPolicyReference::name, TEXT);

    private Canonical() {
    }

    /** The same configuration with every keyed collection in canonical order. */
    public static IdentityCenterConfig of(IdentityCenterConfig config) {
        return new IdentityCenterConfig(config.source(),
                sorted(config.accounts(), comparing(Account::id, TEXT)),
                sorted(config.users(), comparing(User::userName, TEXT)),
                sorted(config.groups(), comparing(Group::displayName, TEXT)),
                sorted(config.memberships(), MEMBERSHIP_ORDER),
                sorted(map(config.permissionSets(), Canonical::of), comparing(PermissionSet::name, TEXT)),
                sorted(config.assignments(), ASSIGNMENT_ORDER),
                of(config.accessControl()),
                sorted(config.applications(), comparing(Application::arn, TEXT)));
    }

    /** The same permission set with its tags, managed policies and customer managed references sorted. */
    public static PermissionSet of(PermissionSet set) {
        return new PermissionSet(set.name(), set.description(), set.sessionDuration(), set.relayState(),
                sorted(set.tags(), comparing(Tag::key, TEXT)),
                set.inlinePolicy(),
                sorted(set.managedPolicies(), comparing(ManagedPolicy::arn, TEXT)),
                sorted(set.customerManagedPolicies(), REFERENCE_ORDER),
                set.permissionsBoundary(), set.origin());
    }

    private static AccessControlConfiguration of(AccessControlConfiguration accessControl) {
        if (accessControl == null) {
            return null;
        }
        return new AccessControlConfiguration(accessControl.status(), accessControl.statusReason(),
                sorted(accessControl.attributes(), comparing(AccessControlAttribute::key, TEXT)));
    }

    private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        if (list.size() < 2) {
            return list;
        }
        // The sort is stable, so things with equal keys (which validation refuses) keep their order.
        return list.stream().sorted(order).toList();
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list.stream().map(f).toList();
    }
}
