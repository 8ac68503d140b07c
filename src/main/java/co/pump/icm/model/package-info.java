/**
 * Immutable records of an IAM Identity Center configuration: users, groups, memberships,
 * permission sets, account assignments, and what is kept for the record only (accounts, the
 * attribute-based access control configuration, applications).
 *
 * <p>Everything refers to everything else by natural key ({@code UserName}, group
 * {@code DisplayName}, permission set {@code Name}, account ID), because Identity Center IDs
 * differ between instances. The IDs of the instance a record was read from are kept in
 * {@link co.pump.icm.model.Origin} for traceability only and never take part in a comparison.
 *
 * <p>No I/O and no AWS SDK types live here. Optional strings are {@code null} when absent;
 * lists are never {@code null} (an absent list is empty).
 */
package co.pump.icm.model;
