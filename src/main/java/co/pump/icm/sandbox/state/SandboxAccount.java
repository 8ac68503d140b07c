package co.pump.icm.sandbox.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An AWS account in the sandbox. */
public final class SandboxAccount {
    public final String id;
    public String name;
    public String email;
    /** {@code ACTIVE} or {@code SUSPENDED}. */
    public String status = "ACTIVE";
    /** {@code INVITED} or {@code CREATED}. */
    public String joinedMethod = "CREATED";
    /** Epoch seconds. */
    public double joinedTimestamp;
    /** The organization the account belongs to, or null. */
    public String organizationId;
    /** Customer managed IAM policies that exist in this account, as path + name ({@code /ReadAudit}). */
    public final Set<String> customerManagedPolicies = new TreeSet<>();
    /** IAM roles created in this account by provisioning: role name → permission set ARN. */
    public final Map<String, String> provisionedRoles = new LinkedHashMap<>();

    public SandboxAccount(String id, String name, String email) {
        this.id = id;
        this.name = name;
        this.email = email;
    }
}
