package co.pump.icm.ui.inspector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.Application;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.snapshot.SnapshotWriter;

/** Snapshot files for the inspector's tests: the demo company, a changed copy, broken ones. */
public final class SnapshotFiles {

    private SnapshotFiles() {
    }

    /**
     * The demo company's configuration as an export would save it. The demo data leaves the
     * applications' ARNs to the sandbox that serves it, and a snapshot requires them, so they
     * are filled in here the way AWS shapes them.
     */
    public static IdentityCenterConfig demo() {
        IdentityCenterConfig config = DemoData.scenario().sourceConfig();
        var applications = new ArrayList<Application>();
        int n = 0;
        for (Application a : config.applications()) {
            String arn = a.arn() != null ? a.arn()
                    : "arn:aws:sso::" + DemoData.MANAGEMENT + ":application/ssoins-7223a1b2c3d4e5f6/apl-" + (++n);
            applications.add(new Application(arn, a.name(), a.description(), a.status(), a.applicationAccount(),
                    a.providerArn(), a.visibility(), a.signInOrigin(), a.signInUrl(), a.createdAt()));
        }
        return new IdentityCenterConfig(config.source(), config.accounts(), config.users(), config.groups(),
                config.memberships(), config.permissionSets(), config.assignments(), config.accessControl(),
                applications);
    }

    /** Writes the demo company as a snapshot file. */
    public static Path demo(Path directory, String name) {
        Path file = directory.resolve(name);
        SnapshotWriter.write(file, demo(), Instant.parse("2026-11-27T10:15:00Z"));
        return file;
    }

    /**
     * The demo company with three differences: the Developers group's description changed, the
     * PowerUser permission set's session duration changed, and a new group "Contractors".
     */
    public static Path changedDemo(Path directory, String name) {
        IdentityCenterConfig config = demo();
        var groups = new ArrayList<Group>();
        for (Group group : config.groups()) {
            groups.add(group.displayName().equals("Developers")
                    ? new Group(group.displayName(), "Product engineering", group.externalIds(), group.origin())
                    : group);
        }
        groups.add(new Group("Contractors", "People on fixed-term contracts", List.of(), null));
        var permissionSets = new ArrayList<PermissionSet>();
        for (PermissionSet p : config.permissionSets()) {
            permissionSets.add(p.name().equals("PowerUser")
                    ? new PermissionSet(p.name(), p.description(), "PT2H", p.relayState(), p.tags(), p.inlinePolicy(),
                    p.managedPolicies(), p.customerManagedPolicies(), p.permissionsBoundary(), p.origin())
                    : p);
        }
        var changed = new IdentityCenterConfig(config.source(), config.accounts(), config.users(), groups,
                config.memberships(), permissionSets, config.assignments(), config.accessControl(),
                config.applications());
        Path file = directory.resolve(name);
        SnapshotWriter.write(file, changed, Instant.parse("2026-11-28T09:00:00Z"));
        return file;
    }

    /** A file that is not JSON at all. */
    public static Path notJson(Path directory) {
        return text(directory.resolve("notes.json"), "These are my notes, not a snapshot.\n");
    }

    /** A snapshot with two users whose names contain spaces: valid JSON, invalid content. */
    public static Path invalidUsers(Path directory) {
        IdentityCenterConfig config = demo();
        var users = new ArrayList<User>(config.users());
        users.add(renamed(config.users().get(0), "zz bad name"));
        users.add(renamed(config.users().get(1), "zz other bad"));
        var broken = new IdentityCenterConfig(config.source(), config.accounts(), users, config.groups(),
                config.memberships(), config.permissionSets(), config.assignments(), config.accessControl(),
                config.applications());
        Path file = directory.resolve("broken.json");
        SnapshotWriter.write(file, broken, Instant.parse("2026-11-27T10:15:00Z"));
        return file;
    }

    /** The demo snapshot with one group description edited by hand after export. */
    public static Path editedDemo(Path directory) {
        Path file = demo(directory, "edited.json");
        try {
            String json = Files.readString(file);
            String edited = json.replace("Finance and FinOps", "Finance, FinOps and procurement");
            if (edited.equals(json)) {
                throw new IllegalStateException("The demo data no longer has the text this fixture edits");
            }
            return text(file, edited);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static User renamed(User u, String userName) {
        return new User(userName, u.displayName(), u.name(), u.nickName(), u.profileUrl(), u.emails(), u.addresses(),
                u.phoneNumbers(), u.userType(), u.title(), u.preferredLanguage(), u.locale(), u.timezone(),
                u.userStatus(), u.photos(), u.website(), u.birthdate(), u.externalIds(), u.origin());
    }

    private static Path text(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
