package co.pump.icm.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.User;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.IdentitySource;

/**
 * The people to tell about the new access portal. Passwords and MFA devices cannot be moved, so
 * everyone the import created in the Identity Center directory must set a password and register
 * MFA again. Users disabled in the source are left out (they should not sign in; the report asks
 * to disable them). With an external identity provider nobody needs a new password: people sign
 * in through the provider, and only the portal URL changes.
 *
 * @param identitySource how the target's users arrive
 * @param portalUrl      the new access portal URL
 * @param recipients     the users to notify, by user name
 * @param subject        the subject of the message to send them
 * @param message        the message to send them (plain text)
 */
public record UsersToNotify(IdentitySource identitySource, String portalUrl, List<Recipient> recipients,
                            String subject, String message) {

    public UsersToNotify {
        recipients = List.copyOf(recipients);
    }

    /** One person to notify; display name and email come from the snapshot and may be null. */
    public record Recipient(String userName, String displayName, String email) {
    }

    /** True when the people created must set a password and MFA (the Identity Center directory). */
    public boolean passwordsNeeded() {
        return identitySource == IdentitySource.CREATE;
    }

    /**
     * The users a run created (and that are not disabled in the source), with the names and
     * emails the snapshot holds.
     */
    public static UsersToNotify of(JournalRun run, IdentityCenterConfig snapshot, String portalUrl) {
        IdentitySource source = run.options().identitySource();
        Map<String, User> users = new HashMap<>();
        snapshot.users().forEach(u -> users.put(u.userName().toLowerCase(Locale.ROOT), u));
        var recipients = new ArrayList<Recipient>();
        for (ReportItem item : run.items(ItemStatus.DONE)) {
            if (item.category() != Category.USERS || item.kind() != ChangeKind.CREATE) {
                continue;
            }
            String userName = item.label();
            User user = users.get(userName.toLowerCase(Locale.ROOT));
            if (user != null && "DISABLED".equals(user.userStatus())) {
                continue;
            }
            recipients.add(user == null ? new Recipient(userName, null, null)
                    : new Recipient(user.userName(), user.displayName(), user.primaryEmail()));
        }
        recipients.sort((a, b) -> a.userName().compareToIgnoreCase(b.userName()));
        boolean passwords = source == IdentitySource.CREATE;
        return new UsersToNotify(source, portalUrl, recipients, NotifyMessage.subject(passwords),
                NotifyMessage.body(portalUrl, passwords));
    }
}
