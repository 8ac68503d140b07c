package co.pump.icm.sandbox.ssoadmin;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.state.ApplicationAssignmentRecord;
import co.pump.icm.sandbox.state.ApplicationGrant;
import co.pump.icm.sandbox.state.ApplicationPortal;
import co.pump.icm.sandbox.state.SandboxApplication;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxTokenIssuer;

/** Applications, their parts and trusted token issuers in the sso-admin output shapes. */
final class ApplicationJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ApplicationJson() {
    }

    /** The {@code Application} shape, which DescribeApplication returns member for member too. */
    static ObjectNode application(SandboxInstance instance, SandboxApplication app) {
        ObjectNode out = JSON.objectNode();
        out.put("ApplicationArn", app.arn);
        PermissionSetJson.putIfPresent(out, "ApplicationProviderArn", app.providerArn);
        out.put("Name", app.name);
        out.put("ApplicationAccount", app.account);
        out.put("InstanceArn", instance.arn);
        out.put("IdentityStoreArn", identityStoreArn(instance));
        out.put("Status", app.status);
        ObjectNode portal = portal(app.portal);
        if (portal != null) {
            out.set("PortalOptions", portal);
        }
        PermissionSetJson.putIfPresent(out, "Description", app.description);
        out.put("CreatedDate", app.createdDate);
        PermissionSetJson.putIfPresent(out, "CreatedFrom", app.createdFrom);
        return out;
    }

    /** {@code arn:aws:identitystore::<owner>:identitystore/<store id>}. */
    static String identityStoreArn(SandboxInstance instance) {
        return "arn:aws:identitystore::" + instance.ownerAccountId + ":identitystore/" + instance.identityStoreId;
    }

    /** The {@code Grant} union: the one member its type names. */
    static ObjectNode grant(ApplicationGrant grant) {
        ObjectNode out = JSON.objectNode();
        if (grant instanceof ApplicationGrant.AuthorizationCode code) {
            strings(out.putObject("AuthorizationCode").putArray("RedirectUris"), code.redirectUris());
        } else if (grant instanceof ApplicationGrant.JwtBearer bearer) {
            ArrayNode issuers = out.putObject("JwtBearer").putArray("AuthorizedTokenIssuers");
            for (ApplicationGrant.AuthorizedTokenIssuer issuer : bearer.issuers()) {
                ObjectNode item = issuers.addObject();
                item.put("TrustedTokenIssuerArn", issuer.trustedTokenIssuerArn());
                if (!issuer.audiences().isEmpty()) {
                    strings(item.putArray("AuthorizedAudiences"), issuer.audiences());
                }
            }
        } else {
            // The two grants without contents.
            out.putObject(grant instanceof ApplicationGrant.RefreshToken ? "RefreshToken" : "TokenExchange");
        }
        return out;
    }

    /** {@code ScopeDetails}: AuthorizedTargets is left out when the scope has none. */
    static ObjectNode scope(String scope, List<String> targets) {
        ObjectNode out = JSON.objectNode().put("Scope", scope);
        if (!targets.isEmpty()) {
            strings(out.putArray("AuthorizedTargets"), targets);
        }
        return out;
    }

    /** {@code ApplicationAssignment} (and {@code ApplicationAssignmentForPrincipal}, the same members). */
    static ObjectNode assignment(String applicationArn, ApplicationAssignmentRecord assignment) {
        return JSON.objectNode()
                .put("ApplicationArn", applicationArn)
                .put("PrincipalId", assignment.principalId())
                .put("PrincipalType", assignment.principalType());
    }

    /** {@code TrustedTokenIssuerMetadata}. */
    static ObjectNode tokenIssuerMetadata(SandboxTokenIssuer issuer) {
        return JSON.objectNode()
                .put("TrustedTokenIssuerArn", issuer.arn())
                .put("Name", issuer.name())
                .put("TrustedTokenIssuerType", SandboxTokenIssuer.TYPE);
    }

    /** The DescribeTrustedTokenIssuer response. */
    static ObjectNode tokenIssuer(SandboxTokenIssuer issuer) {
        ObjectNode out = tokenIssuerMetadata(issuer);
        out.putObject("TrustedTokenIssuerConfiguration").putObject("OidcJwtConfiguration")
                .put("IssuerUrl", issuer.issuerUrl())
                .put("ClaimAttributePath", issuer.claimAttributePath())
                .put("IdentityStoreAttributePath", issuer.identityStoreAttributePath())
                .put("JwksRetrievalOption", issuer.jwksRetrievalOption());
        return out;
    }

    private static ObjectNode portal(ApplicationPortal portal) {
        if (portal == null || (portal.visibility() == null && portal.signInOrigin() == null)) {
            return null;
        }
        ObjectNode out = JSON.objectNode();
        if (portal.signInOrigin() != null) {
            ObjectNode signIn = out.putObject("SignInOptions").put("Origin", portal.signInOrigin());
            PermissionSetJson.putIfPresent(signIn, "ApplicationUrl", portal.applicationUrl());
        }
        PermissionSetJson.putIfPresent(out, "Visibility", portal.visibility());
        return out;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
