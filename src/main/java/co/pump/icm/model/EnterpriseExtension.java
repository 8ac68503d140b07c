package co.pump.icm.model;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * A user's enterprise data: the Identity Store extension {@code aws:identitystore:enterprise}
 * (SCIM's enterprise user), which attribute-based access control reads as
 * {@code ${path:enterprise.costCenter}} and the like.
 *
 * @param manager the manager's <em>user name</em>. AWS keeps the manager's user ID, which differs
 *                between instances; like every other reference in the model, the manager is
 *                named, and an import points it at that person's ID in the target.
 */
public record EnterpriseExtension(String employeeNumber, String costCenter, String organization, String division,
                                  String department, String manager) {

    /** True when no part is set: the user has no enterprise data. */
    public boolean noneSet() {
        return Stream.of(employeeNumber, costCenter, organization, division, department, manager)
                .allMatch(Objects::isNull);
    }

    /** The same data with another manager (a user name, or null for none). */
    public EnterpriseExtension withManager(String userName) {
        return new EnterpriseExtension(employeeNumber, costCenter, organization, division, department, userName);
    }
}
