package co.pump.icm.verify;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.compare.Category;
import co.pump.icm.model.Face;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.ChangeKind;

/**
 * What to do when the target's users and groups come from a third-party identity provider (Okta,
 * Microsoft Entra ID, Google Workspace, ...): a new application in the provider that links to the
 * new instance by SAML (sign-in) and SCIM (provisioning), and what to copy between the provider
 * and the IAM Identity Center console. Until provisioning has run, the snapshot's users and groups
 * are not in the target, and their assignments cannot be made.
 *
 * @param steps                the steps, in order, as sentences
 * @param usersNotProvisioned  the snapshot's users not in the target yet, by user name
 * @param groupsNotProvisioned the snapshot's groups not in the target yet, by display name
 */
public record IdentityProviderChecklist(List<String> steps, List<String> usersNotProvisioned,
                                        List<String> groupsNotProvisioned) {

    public IdentityProviderChecklist {
        steps = List.copyOf(steps);
        usersNotProvisioned = List.copyOf(usersNotProvisioned);
        groupsNotProvisioned = List.copyOf(groupsNotProvisioned);
    }

    /** How the plan says an identity provider has not provisioned a user or group yet. */
    static final String NOT_PROVISIONED = "not provisioned by your identity provider";

    /** True when a skip reason of the plan says the identity provider has not provisioned the item yet. */
    public static boolean notProvisioned(String skipReason) {
        return skipReason != null && skipReason.contains(NOT_PROVISIONED);
    }

    /** True when every user and group of the snapshot has arrived in the target. */
    public boolean allProvisioned() {
        return usersNotProvisioned.isEmpty() && groupsNotProvisioned.isEmpty();
    }

    /**
     * The checklist for a target.
     *
     * @param face      the wizard or the command line: the steps name its actions
     * @param target    the new instance (account and region name where to click)
     * @param portalUrl its access portal URL
     */
    public static IdentityProviderChecklist of(Face face, SourceInfo target, String portalUrl,
                                               List<String> usersNotProvisioned, List<String> groupsNotProvisioned) {
        return new IdentityProviderChecklist(steps(face, target, portalUrl), usersNotProvisioned, groupsNotProvisioned);
    }

    /** The checklist for a target, with what the drift check's plan says has not been provisioned yet. */
    public static IdentityProviderChecklist of(Face face, SourceInfo target, String portalUrl, DriftCheck check) {
        var users = new ArrayList<String>();
        var groups = new ArrayList<String>();
        for (DriftItem item : check.leftAlone()) {
            if (item.kind() != ChangeKind.SKIP || !notProvisioned(item.detail())) {
                continue;
            }
            if (item.category() == Category.USERS) {
                users.add(item.label());
            } else if (item.category() == Category.GROUPS) {
                groups.add(item.label());
            }
        }
        return of(face, target, portalUrl, users, groups);
    }

    private static List<String> steps(Face face, SourceInfo target, String portalUrl) {
        String where = target == null ? "the new instance"
                : "the new instance (account " + target.accountId() + ", region " + target.region() + ")";
        var steps = new ArrayList<String>();
        steps.add("In the IAM Identity Center console of " + where + ", open Settings → Identity source → Actions → "
                + "Change identity source, and choose External identity provider.");
        steps.add("Under Service provider metadata, download the metadata file, or copy the AWS access portal sign-in "
                + "URL (" + portalUrl + "), the IAM Identity Center Assertion Consumer Service (ACS) URL and the IAM "
                + "Identity Center issuer URL.");
        steps.add("In your identity provider, create a new AWS IAM Identity Center application for the new instance "
                + "(keep the old one until everyone has moved), and give it that metadata file or those three URLs "
                + "(SAML).");
        steps.add("Download the identity provider's SAML metadata from the new application, upload it under Identity "
                + "provider metadata in the IAM Identity Center console, review, and confirm the change.");
        steps.add("In the IAM Identity Center console, enable Automatic provisioning, and copy the SCIM endpoint and "
                + "the access token. The token is shown once and is a secret: paste it straight into the identity "
                + "provider, never into email or chat.");
        steps.add("In the new application, turn on provisioning (SCIM) with that endpoint and token, assign the same "
                + "users and groups as the old application, and push the groups.");
        steps.add("When the users and groups have arrived, import again with the identity source \"match\" "
                + "(" + face.importMatchingProvider() + "): the memberships and assignments left out so far are made.");
        steps.add("Test: sign in as one of the users at " + portalUrl + " (" + face.accessTest() + ") and check the accounts "
                + "and roles they see.");
        return steps;
    }
}
