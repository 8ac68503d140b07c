package co.pump.icm.kind;

import java.util.List;
import java.util.Objects;

import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.model.User;

/**
 * A user's manager, set by a request of its own once both people exist in the target: AWS keeps
 * the manager as a user ID, the snapshot names the manager, and managers are users too (chains and
 * cycles exist, so neither create may wait for the other). A user is created, or updated, without
 * a new manager; then the manager's ID is written with UpdateUser.
 */
final class UserManager implements LaterReferences<User> {

    /** Where the snapshot file keeps the manager's user name. */
    static final String FIELD = "enterprise.manager";

    /** The user's manager, by user name, or null. */
    static Reference of(User user) {
        return user.manager() == null ? null : new Reference(Category.USERS, FIELD, user.manager());
    }

    @Override
    public List<Reference> of(User desired, User current) {
        Reference manager = of(desired);
        if (manager == null || current != null && Objects.equals(desired.manager(), current.manager())) {
            return List.of();
        }
        return List.of(manager);
    }

    @Override
    public User without(User desired, Reference reference, User current) {
        return desired.withManager(current == null ? null : current.manager());
    }

    @Override
    public void write(User user, String id, List<Reference> references, Resolved ids, InstanceWriter writer) {
        for (Reference reference : references) {
            writer.setManager(id, user.userName(), ids.id(reference));
        }
    }
}
