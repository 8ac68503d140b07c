package co.pump.icm.sandbox.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.model.Group;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;

/**
 * An IAM Identity Center instance and its identity store. Users, groups and permission sets are
 * model records whose {@code origin().id()} is their sandbox ID (user ID, group ID, permission set
 * ARN); maps are keyed by that ID and keep insertion order, which is the order lists return.
 */
public final class SandboxInstance {
    public final String arn;
    public final String identityStoreId;
    /** The organization's management account, which owns the instance. */
    public final String ownerAccountId;
    public final String region;
    public String name;
    /** Epoch seconds. */
    public double createdDate;
    /** ACTIVE, CREATE_IN_PROGRESS or DELETE_IN_PROGRESS. */
    public String status = "ACTIVE";

    public final Map<String, User> users = new LinkedHashMap<>();
    /**
     * The enterprise extension of each user that has one, by user ID, in AWS's own shape (the
     * manager as an ID); the users above never hold it.
     */
    public final Map<String, EnterpriseRecord> enterprise = new LinkedHashMap<>();
    public final Map<String, Group> groups = new LinkedHashMap<>();
    public final Map<String, MembershipRecord> memberships = new LinkedHashMap<>();

    public final Map<String, PermissionSet> permissionSets = new LinkedHashMap<>();
    /** Epoch seconds of creation, by permission set ARN. */
    public final Map<String, Double> permissionSetCreated = new LinkedHashMap<>();
    /** Accounts each permission set is provisioned to, by permission set ARN. */
    public final Map<String, Set<String>> provisionedTo = new LinkedHashMap<>();
    /** Permission sets changed since they were last provisioned (by ARN). */
    public final Set<String> outdatedPermissionSets = new LinkedHashSet<>();
    public final List<AssignmentRecord> assignments = new ArrayList<>();
    /** Asynchronous requests by request ID, in the order they were made. */
    public final Map<String, AsyncRequest> requests = new LinkedHashMap<>();

    /** The ABAC configuration, or null when attribute-based access control is off. */
    public AccessControlRecord accessControl;
    /** Applications by ARN. */
    public final Map<String, SandboxApplication> applications = new LinkedHashMap<>();
    /** Trusted token issuers by ARN. */
    public final Map<String, SandboxTokenIssuer> trustedTokenIssuers = new LinkedHashMap<>();
    /** Create requests made with a ClientToken, by operation and token ({@code CreateApplication/token}). */
    public final Map<String, ClientTokenUse> clientTokens = new LinkedHashMap<>();

    /** True when the instance uses an external identity provider (users arrive through SCIM). */
    public boolean externalIdentityProvider;

    /**
     * The additional Regions of a multi-Region instance, by name, with when each was added (epoch
     * seconds); {@link #region} is its primary Region. Empty for an instance in one Region.
     */
    public final Map<String, Double> additionalRegions = new LinkedHashMap<>();
    /** The customer managed KMS key that encrypts the instance's data, or null for an AWS owned key. */
    public String kmsKeyArn;
    /** How KMS refuses that key when the instance's data is used, or null when it works (a test hook). */
    public KmsRefusal kmsRefusal;

    public SandboxInstance(String arn, String identityStoreId, String ownerAccountId, String region) {
        this.arn = arn;
        this.identityStoreId = identityStoreId;
        this.ownerAccountId = ownerAccountId;
        this.region = region;
    }

    /** True when a request signed for {@code requestRegion} reaches the instance: its primary Region or another of its Regions. */
    public boolean servesRegion(String requestRegion) {
        return requestRegion == null || requestRegion.equals(region) || additionalRegions.containsKey(requestRegion);
    }

    /** True when a request signed for {@code requestRegion} is in the primary Region (or the region is unknown). */
    public boolean isPrimaryRegion(String requestRegion) {
        return requestRegion == null || requestRegion.equals(region);
    }

    /** The instance ID part of the ARN, e.g. {@code ssoins-1234567890abcdef}. */
    public String instanceId() {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
