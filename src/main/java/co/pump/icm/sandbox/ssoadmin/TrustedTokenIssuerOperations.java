package co.pump.icm.sandbox.ssoadmin;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.Tag;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxTokenIssuer;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * CreateTrustedTokenIssuer, DescribeTrustedTokenIssuer, ListTrustedTokenIssuers,
 * UpdateTrustedTokenIssuer and DeleteTrustedTokenIssuer. {@code OIDC_JWT} is the only type; at
 * most 10 per instance; the issuer URL cannot be changed. Like an application, an issuer belongs to
 * the account that creates it, and a delegated administrator sees only its own account's. Rules and
 * sources: docs/aws-behaviour.md, "sso-admin: applications and trusted token issuers".
 */
final class TrustedTokenIssuerOperations {

    /** IAM Identity Center quotas: trusted token issuers per instance. */
    static final int MAX_PER_INSTANCE = 10;
    private static final String CONFIGURATION = "TrustedTokenIssuerConfiguration";
    private static final String OIDC_JWT = "OidcJwtConfiguration";

    private final SandboxWorld world;
    private final ApplicationAccess access;

    TrustedTokenIssuerOperations(SandboxWorld world, ApplicationAccess access) {
        this.world = world;
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("CreateTrustedTokenIssuer", this::create);
        operations.put("DescribeTrustedTokenIssuer", this::describe);
        operations.put("ListTrustedTokenIssuers", this::list);
        operations.put("UpdateTrustedTokenIssuer", this::update);
        operations.put("DeleteTrustedTokenIssuer", this::delete);
    }

    private JsonNode create(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String name = in.required("Name", ApplicationShapes.TRUSTED_TOKEN_ISSUER_NAME);
        in.requiredEnum("TrustedTokenIssuerType", ApplicationShapes.TRUSTED_TOKEN_ISSUER_TYPES);
        Input oidc = oidcConfiguration(in, true);
        String url = oidc == null ? null : oidc.required("IssuerUrl", ApplicationShapes.ISSUER_URL);
        String claim = oidc == null ? null
                : oidc.required("ClaimAttributePath", ApplicationShapes.CLAIM_ATTRIBUTE_PATH);
        String storePath = oidc == null ? null : oidc.required("IdentityStoreAttributePath",
                ApplicationShapes.IDENTITY_STORE_ATTRIBUTE_PATH);
        String jwks = oidc == null ? null : oidc.requiredEnum("JwksRetrievalOption",
                ApplicationShapes.JWKS_RETRIEVAL_OPTIONS);
        String token = in.optional("ClientToken", ApplicationShapes.CLIENT_TOKEN);
        List<Tag> tags = TagRules.read(in, false);
        in.validate();
        SandboxInstance instance = access.instances().instance(caller, in.operation(), instanceArn);
        TagRules.checkRequest(tags);
        String request = List.of(name, url, claim, storePath, jwks, tags).toString();
        String earlier = ClientTokens.replay(instance, in.operation(), token, request,
                instance.trustedTokenIssuers::containsKey);
        if (earlier != null) {
            return JsonNodeFactory.instance.objectNode().put("TrustedTokenIssuerArn", earlier);
        }
        requireNameFree(instance, name, null);
        if (instance.trustedTokenIssuers.values().stream().anyMatch(i -> i.issuerUrl().equals(url))) {
            throw AwsError.conflict("A trusted token issuer with the issuer URL '" + url
                    + "' already exists in the instance " + instance.arn + ".");
        }
        if (instance.trustedTokenIssuers.size() >= MAX_PER_INSTANCE) {
            throw AwsError.quotaExceeded("The instance " + instance.arn + " already has " + MAX_PER_INSTANCE
                    + " trusted token issuers, the most an instance can have.");
        }
        String arn = "arn:aws:sso::" + caller.accountId() + ":trustedTokenIssuer/" + instance.instanceId() + "/tti-"
                + world.ids().uuid();
        instance.trustedTokenIssuers.put(arn, new SandboxTokenIssuer(arn, caller.accountId(), name, url, claim,
                storePath, jwks, TagRules.merge(List.of(), tags)));
        ClientTokens.remember(instance, in.operation(), token, request, arn);
        return JsonNodeFactory.instance.objectNode().put("TrustedTokenIssuerArn", arn);
    }

    private JsonNode describe(Caller caller, Input in) {
        String arn = in.required("TrustedTokenIssuerArn", ApplicationShapes.TRUSTED_TOKEN_ISSUER_ARN);
        in.validate();
        return ApplicationJson.tokenIssuer(access.tokenIssuer(caller, in.operation(), arn));
    }

    private JsonNode list(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        SandboxInstance instance = access.instances().instance(caller, in.operation(), instanceArn);
        List<SandboxTokenIssuer> issuers = instance.trustedTokenIssuers.values().stream()
                .filter(i -> access.mayUse(caller, instance, i.account()))
                .toList();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, issuers, maxResults, token).writeTo(out, "TrustedTokenIssuers",
                ApplicationJson::tokenIssuerMetadata);
        return out;
    }

    /** The name and the claim and attribute paths; the issuer URL cannot change. */
    private JsonNode update(Caller caller, Input in) {
        String arn = in.required("TrustedTokenIssuerArn", ApplicationShapes.TRUSTED_TOKEN_ISSUER_ARN);
        String name = in.optional("Name", ApplicationShapes.TRUSTED_TOKEN_ISSUER_NAME);
        Input oidc = oidcConfiguration(in, false);
        String claim = oidc == null ? null
                : oidc.optional("ClaimAttributePath", ApplicationShapes.CLAIM_ATTRIBUTE_PATH);
        String storePath = oidc == null ? null : oidc.optional("IdentityStoreAttributePath",
                ApplicationShapes.IDENTITY_STORE_ATTRIBUTE_PATH);
        String jwks = oidc == null ? null : oidc.optionalEnum("JwksRetrievalOption",
                ApplicationShapes.JWKS_RETRIEVAL_OPTIONS);
        in.validate();
        SandboxTokenIssuer issuer = access.tokenIssuer(caller, in.operation(), arn);
        SandboxInstance instance = access.tokenIssuerInstance(caller, in.operation(), arn);
        if (name != null) {
            requireNameFree(instance, name, arn);
            issuer = issuer.withName(name);
        }
        issuer = issuer.withPaths(claim == null ? issuer.claimAttributePath() : claim,
                storePath == null ? issuer.identityStoreAttributePath() : storePath,
                jwks == null ? issuer.jwksRetrievalOption() : jwks);
        instance.trustedTokenIssuers.put(arn, issuer);
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Allowed while applications' JWT bearer grants name the issuer: "Deleting this trusted token
     * issuer configuration will cause users to lose access to any applications that are configured
     * to use the trusted token issuer" (model documentation). The grants keep its ARN.
     */
    private JsonNode delete(Caller caller, Input in) {
        String arn = in.required("TrustedTokenIssuerArn", ApplicationShapes.TRUSTED_TOKEN_ISSUER_ARN);
        in.validate();
        access.tokenIssuer(caller, in.operation(), arn);
        access.tokenIssuerInstance(caller, in.operation(), arn).trustedTokenIssuers.remove(arn);
        return JsonNodeFactory.instance.objectNode();
    }

    /** The union's one member, OidcJwtConfiguration; null (with a violation when needed) otherwise. */
    private static Input oidcConfiguration(Input in, boolean required) {
        Input configuration = in.structure(CONFIGURATION, required);
        if (configuration == null) {
            return null;
        }
        if (!configuration.has(OIDC_JWT)) {
            in.invalid(CONFIGURATION, null, "Member must have exactly one of " + OIDC_JWT + " set");
            return null;
        }
        return configuration.structure(OIDC_JWT, true);
    }

    /** Names are unique in an instance: AWS does not say so, the sandbox is strict (docs/aws-behaviour.md). */
    private static void requireNameFree(SandboxInstance instance, String name, String except) {
        boolean taken = instance.trustedTokenIssuers.values().stream()
                .anyMatch(i -> i.name().equals(name) && !i.arn().equals(except));
        if (taken) {
            throw AwsError.conflict("A trusted token issuer named '" + name + "' already exists in the instance "
                    + instance.arn + ".");
        }
    }
}
