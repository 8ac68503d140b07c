package co.pump.icm.snapshot;

import java.util.List;

import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Application;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.User;

/**
 * The top level of a snapshot file, in the order it is written: the header, then the fields of
 * the configuration inline. With {@code exportedAt}, {@code tool} and {@code digest} null (and
 * so left out), its compact serialisation is what the digest covers.
 */
record SnapshotDocument(Integer formatVersion,
                        String exportedAt,
                        String tool,
                        String digest,
                        SourceInfo source,
                        List<Account> accounts,
                        List<User> users,
                        List<Group> groups,
                        List<GroupMembership> memberships,
                        List<PermissionSet> permissionSets,
                        List<AccountAssignment> assignments,
                        AccessControlConfiguration accessControl,
                        List<Application> applications) {

    /** The top-level property names that are not configuration fields, in file order. */
    static final List<String> HEADER_FIELDS = List.of("formatVersion", "exportedAt", "tool", "digest");

    static SnapshotDocument of(int formatVersion, String exportedAt, String tool, String digest,
                               IdentityCenterConfig config) {
        return new SnapshotDocument(formatVersion, exportedAt, tool, digest, config.source(), config.accounts(),
                config.users(), config.groups(), config.memberships(), config.permissionSets(),
                config.assignments(), config.accessControl(), config.applications());
    }

    /** The part the digest covers: everything except the export time, the tool and the digest itself. */
    static SnapshotDocument forDigest(int formatVersion, IdentityCenterConfig config) {
        return of(formatVersion, null, null, null, config);
    }
}
