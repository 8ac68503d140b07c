package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.ApplicationGrant;
import co.pump.icm.sandbox.state.SandboxApplication;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * PutApplicationGrant, GetApplicationGrant, ListApplicationGrants and DeleteApplicationGrant. An
 * application has at most one grant per grant type; putting one replaces it. A JWT bearer grant may
 * only name trusted token issuers of the application's instance. Rules and sources:
 * docs/aws-behaviour.md, "sso-admin: applications and trusted token issuers".
 */
final class ApplicationGrantOperations {

    private final ApplicationAccess access;

    ApplicationGrantOperations(ApplicationAccess access) {
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("PutApplicationGrant", this::put);
        operations.put("GetApplicationGrant", this::get);
        operations.put("ListApplicationGrants", this::list);
        operations.put("DeleteApplicationGrant", this::delete);
    }

    private JsonNode put(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String type = in.requiredEnum("GrantType", ApplicationShapes.GRANT_TYPES);
        ApplicationGrant grant = GrantInput.read(in, type);
        in.validate();
        ApplicationAccess.Target target = access.application(caller, in.operation(), arn, ApplicationAccess.OAUTH_ONLY);
        if (grant instanceof ApplicationGrant.JwtBearer bearer) {
            bearer.issuers().forEach(issuer -> requireIssuer(target.instance(), issuer.trustedTokenIssuerArn()));
        }
        target.application().grants.put(type, grant);
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode get(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String type = in.requiredEnum("GrantType", ApplicationShapes.GRANT_TYPES);
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn).application();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("Grant", ApplicationJson.grant(require(app, type)));
        return out;
    }

    /** Paged by NextToken only: the operation has no MaxResults. */
    private JsonNode list(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String token = in.nextToken();
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn).application();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, new ArrayList<>(app.grants.values()), null, token).writeTo(out, "Grants", grant -> {
            ObjectNode item = JsonNodeFactory.instance.objectNode().put("GrantType", grant.type());
            item.set("Grant", ApplicationJson.grant(grant));
            return item;
        });
        return out;
    }

    private JsonNode delete(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String type = in.requiredEnum("GrantType", ApplicationShapes.GRANT_TYPES);
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn, ApplicationAccess.OAUTH_ONLY)
                .application();
        require(app, type);
        app.grants.remove(type);
        return JsonNodeFactory.instance.objectNode();
    }

    private static ApplicationGrant require(SandboxApplication app, String type) {
        ApplicationGrant grant = app.grants.get(type);
        if (grant == null) {
            throw AwsError.notFound("The application with arn '" + app.arn + "' has no grant of type '" + type + "'.");
        }
        return grant;
    }

    /** AWS does not say; the sandbox refuses a grant that names an issuer the instance does not have. */
    private static void requireIssuer(SandboxInstance instance, String issuerArn) {
        if (!instance.trustedTokenIssuers.containsKey(issuerArn)) {
            throw AwsError.validation("The trusted token issuer with arn '" + issuerArn
                    + "' does not exist in the instance " + instance.arn + ".");
        }
    }
}
