package co.pump.icm.aws.signin;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsProblems;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The who-am-I line about users and groups: one page of each is read, enough to know that the
 * identity store is readable and roughly how big it is, without paging through 50,000 users.
 */
final class DirectoryCheck {

    /** The two counts and the line. */
    record Counts(VisibleCount users, VisibleCount groups, Check check) {
    }

    private static final int PAGE = 100;

    private final AwsClients clients;
    private final AwsCallRunner runner;

    DirectoryCheck(AwsClients clients, AwsCallRunner runner) {
        this.clients = clients;
        this.runner = runner;
    }

    Counts run(IdentityCenterInstance instance) {
        String store = instance.identityStoreId();
        String resource = "identity store " + store;
        VisibleCount users;
        VisibleCount groups;
        try {
            var userPage = runner.call(ApiFamily.IDENTITY_STORE, "ListUsers", resource,
                    () -> clients.identityStore().listUsers(r -> r.identityStoreId(store).maxResults(PAGE)));
            users = new VisibleCount(userPage.users().size(), hasMore(userPage.nextToken()));
        } catch (SdkException e) {
            return failed(AwsProblems.explain(e, ApiFamily.IDENTITY_STORE, "ListUsers", resource).getMessage());
        }
        try {
            var groupPage = runner.call(ApiFamily.IDENTITY_STORE, "ListGroups", resource,
                    () -> clients.identityStore().listGroups(r -> r.identityStoreId(store).maxResults(PAGE)));
            groups = new VisibleCount(groupPage.groups().size(), hasMore(groupPage.nextToken()));
        } catch (SdkException e) {
            return failed(AwsProblems.explain(e, ApiFamily.IDENTITY_STORE, "ListGroups", resource).getMessage());
        }
        String message = users.count() == 0 && groups.count() == 0
                ? "The identity store " + store + " has no users or groups yet."
                : users + " users and " + groups + " groups are visible in the identity store " + store + ".";
        return new Counts(users, groups, Check.ok(WhoAmI.DIRECTORY, message));
    }

    private static Counts failed(String sentence) {
        return new Counts(null, null, Check.problem(WhoAmI.DIRECTORY, sentence));
    }

    private static boolean hasMore(String nextToken) {
        return nextToken != null && !nextToken.isEmpty();
    }
}
