package co.pump.icm.sandbox.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.model.Tag;

/**
 * An application of an instance with everything IAM Identity Center keeps about it: its fields,
 * portal options and tags, whether an assignment is required, the user background session
 * setting, its grants, access scopes and authentication methods, and the users and groups assigned
 * to it. Maps keep insertion order, which is the order lists return.
 */
public final class SandboxApplication {
    public final String arn;
    public final String providerArn;
    /** The account that owns it, named in its ARN ({@code arn:aws:sso::<account>:application/...}). */
    public final String account;
    /** Epoch seconds. */
    public final double createdDate;
    /** The Region it was created in. */
    public final String createdFrom;

    public String name;
    /** Null when it has none. */
    public String description;
    /** ENABLED or DISABLED. */
    public String status;
    public ApplicationPortal portal;
    public final List<Tag> tags = new ArrayList<>();

    /** True until PutApplicationAssignmentConfiguration says otherwise, as for a new application on AWS. */
    public boolean assignmentRequired = true;
    /** User background sessions, ENABLED or DISABLED; DISABLED until set (AWS's default is not documented). */
    public String userBackgroundSessions = "DISABLED";
    /** By grant type. */
    public final Map<String, ApplicationGrant> grants = new LinkedHashMap<>();
    /** Authorized target ARNs (possibly none) by scope. */
    public final Map<String, List<String>> accessScopes = new LinkedHashMap<>();
    /** IAM actor policies by authentication method type (IAM is the only one). */
    public final Map<String, JsonNode> authenticationMethods = new LinkedHashMap<>();
    public final Set<ApplicationAssignmentRecord> assignments = new LinkedHashSet<>();

    public SandboxApplication(String arn, String providerArn, String account, double createdDate, String createdFrom) {
        this.arn = arn;
        this.providerArn = providerArn;
        this.account = account;
        this.createdDate = createdDate;
        this.createdFrom = createdFrom;
    }

    public ApplicationKind kind() {
        return ApplicationKind.of(providerArn);
    }
}
