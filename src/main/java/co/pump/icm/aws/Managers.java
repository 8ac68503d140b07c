package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import co.pump.icm.model.User;

/**
 * The users' managers as an export reads them: AWS gives each manager as a user ID of the
 * instance, the model names the manager by user name. A manager ID that is not a user of the
 * identity store (the manager was deleted; AWS does not clear the reference) is left out, with a
 * warning.
 */
final class Managers {

    private final Map<String, String> managerIdByUserId = new ConcurrentHashMap<>();

    /** Notes the manager of a user as AWS listed it. */
    void read(software.amazon.awssdk.services.identitystore.model.User user) {
        String managerId = SdkToModel.managerId(user);
        if (managerId != null) {
            managerIdByUserId.put(user.userId(), managerId);
        }
    }

    /** The users with their managers named. */
    List<User> named(Map<String, User> usersById, Consumer<String> warn) {
        var result = new ArrayList<User>(usersById.size());
        usersById.forEach((id, user) -> {
            String managerId = managerIdByUserId.get(id);
            User manager = managerId == null ? null : usersById.get(managerId);
            if (managerId != null && manager == null) {
                warn.accept("The manager of user " + user.userName() + " is not a user of the identity store ("
                        + managerId + "); the manager is left out.");
            }
            result.add(manager == null ? user : user.withManager(manager.userName()));
        });
        return result;
    }
}
