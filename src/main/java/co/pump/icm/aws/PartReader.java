package co.pump.icm.aws;

import java.util.List;
import java.util.function.Consumer;

import co.pump.icm.model.IdentityCenterConfig;

/**
 * A part of an instance's configuration that {@link InstanceReader} reads beside the rest with
 * requests of its own (applications and trusted token issuers), and names once the rest is known:
 * IDs and ARNs become the names of users, groups and other items. A kind added later reads through
 * one of these, so that the reader itself does not change.
 */
interface PartReader {

    /** What a part may use while the instance is read. */
    record Reading(AwsClients clients, AwsCallRunner runner, TaskGroup tasks, String instanceArn,
                   String memberAccount, Consumer<String> warn) {
    }

    /** A fresh reader of every part, for one reading of an instance. */
    static List<PartReader> all() {
        return List.of(new ApplicationReader());
    }

    /**
     * Submits the part's requests to the reading's tasks (both API families are busy at once).
     * {@code reading.memberAccount()} is the caller's account when it is a member account (a
     * delegated administrator), which must filter some lists by it; null for the management account.
     */
    void start(Reading reading);

    /** The configuration as read, with the part's items added by name; what cannot be named is left out with a warning. */
    IdentityCenterConfig finish(IdentityCenterConfig config, Consumer<String> warn);
}
