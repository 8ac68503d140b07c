package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.ApplicationKind;
import co.pump.icm.sandbox.state.SandboxApplication;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * An application's access scopes (Put, Get, List, Delete), authentication methods (Put, Get,
 * List, Delete) and session configuration (Get, Put). At most 25 access scopes per application
 * (IAM Identity Center quotas), each with at most 10 authorized targets: the instance itself or
 * applications of it. Rules and sources: docs/aws-behaviour.md, "sso-admin: applications and
 * trusted token issuers".
 */
final class ApplicationPartsOperations {

    static final int MAX_SCOPES_PER_APPLICATION = 25;
    /** User background sessions are for AWS managed applications too (model documentation). */
    private static final Set<ApplicationKind> SESSION_KINDS = Set.of(ApplicationKind.CUSTOMER_MANAGED_OAUTH,
            ApplicationKind.AWS_MANAGED);

    private final ApplicationAccess access;

    ApplicationPartsOperations(ApplicationAccess access) {
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("PutApplicationAccessScope", this::putScope);
        operations.put("GetApplicationAccessScope", this::getScope);
        operations.put("ListApplicationAccessScopes", this::listScopes);
        operations.put("DeleteApplicationAccessScope", this::deleteScope);
        operations.put("PutApplicationAuthenticationMethod", this::putMethod);
        operations.put("GetApplicationAuthenticationMethod", this::getMethod);
        operations.put("ListApplicationAuthenticationMethods", this::listMethods);
        operations.put("DeleteApplicationAuthenticationMethod", this::deleteMethod);
        operations.put("GetApplicationSessionConfiguration", this::getSession);
        operations.put("PutApplicationSessionConfiguration", this::putSession);
    }

    private JsonNode putScope(Caller caller, Input in) {
        String scope = in.required("Scope", ApplicationShapes.SCOPE);
        List<String> targets = in.strings("AuthorizedTargets", ApplicationShapes.SCOPE_TARGET, false, 1,
                ApplicationShapes.LIST_MAX);
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        in.validate();
        ApplicationAccess.Target target = access.application(caller, in.operation(), arn, ApplicationAccess.OAUTH_ONLY);
        SandboxApplication app = target.application();
        targets.forEach(t -> requireTarget(target.instance(), t));
        if (!app.accessScopes.containsKey(scope) && app.accessScopes.size() >= MAX_SCOPES_PER_APPLICATION) {
            // The operation models no ServiceQuotaExceededException: ValidationException is the sandbox's guess.
            throw AwsError.validation("The application with arn '" + arn + "' already has "
                    + MAX_SCOPES_PER_APPLICATION + " access scopes, the most an application can have.");
        }
        app.accessScopes.put(scope, List.copyOf(targets));
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode getScope(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String scope = in.required("Scope", ApplicationShapes.SCOPE);
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn).application();
        return ApplicationJson.scope(scope, requireScope(app, scope));
    }

    private JsonNode listScopes(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        Integer maxResults = in.maxResults(ApplicationShapes.SCOPES_PER_PAGE);
        String token = in.nextToken();
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn).application();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, new ArrayList<>(app.accessScopes.entrySet()), maxResults, token,
                ApplicationShapes.SCOPES_PER_PAGE).writeTo(out, "Scopes", e -> ApplicationJson.scope(e.getKey(),
                e.getValue()));
        return out;
    }

    private JsonNode deleteScope(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String scope = in.required("Scope", ApplicationShapes.SCOPE);
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn, ApplicationAccess.OAUTH_ONLY)
                .application();
        requireScope(app, scope);
        app.accessScopes.remove(scope);
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode putMethod(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String type = in.requiredEnum("AuthenticationMethodType", ApplicationShapes.AUTHENTICATION_METHOD_TYPES);
        JsonNode policy = actorPolicy(in);
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn, ApplicationAccess.OAUTH_ONLY)
                .application();
        app.authenticationMethods.put(type, policy.deepCopy());
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode getMethod(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String type = in.requiredEnum("AuthenticationMethodType", ApplicationShapes.AUTHENTICATION_METHOD_TYPES);
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn).application();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("AuthenticationMethod", method(requireMethod(app, type)));
        return out;
    }

    /** Paged by NextToken only: the operation has no MaxResults. */
    private JsonNode listMethods(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String token = in.nextToken();
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn).application();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, new ArrayList<>(app.authenticationMethods.entrySet()), null, token)
                .writeTo(out, "AuthenticationMethods", e -> {
                    ObjectNode item = JsonNodeFactory.instance.objectNode().put("AuthenticationMethodType", e.getKey());
                    item.set("AuthenticationMethod", method(e.getValue()));
                    return item;
                });
        return out;
    }

    private JsonNode deleteMethod(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String type = in.requiredEnum("AuthenticationMethodType", ApplicationShapes.AUTHENTICATION_METHOD_TYPES);
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn, ApplicationAccess.OAUTH_ONLY)
                .application();
        requireMethod(app, type);
        app.authenticationMethods.remove(type);
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode getSession(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn).application();
        return JsonNodeFactory.instance.objectNode()
                .put("UserBackgroundSessionApplicationStatus", app.userBackgroundSessions);
    }

    /** The status is optional in the model: without it nothing changes. */
    private JsonNode putSession(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String status = in.optionalEnum("UserBackgroundSessionApplicationStatus", ApplicationShapes.STATUSES);
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn, SESSION_KINDS).application();
        if (status != null) {
            app.userBackgroundSessions = status;
        }
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * The {@code AuthenticationMethod} union: exactly one member, Iam, with its ActorPolicy, which
     * must be a JSON object (an IAM policy document; the model allows any document, the sandbox
     * is strict).
     */
    private static JsonNode actorPolicy(Input in) {
        Input method = in.structure("AuthenticationMethod", true);
        if (method == null) {
            return null;
        }
        if (!method.has("Iam")) {
            in.invalid("AuthenticationMethod", null, "Member must have exactly one of Iam set");
            return null;
        }
        Input iam = method.structure("Iam", true);
        JsonNode policy = iam.document("ActorPolicy", true);
        if (policy != null && !policy.isObject()) {
            iam.invalid("ActorPolicy", null, "Member must be a JSON policy document (an object)");
        }
        return policy;
    }

    private static ObjectNode method(JsonNode actorPolicy) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.putObject("Iam").set("ActorPolicy", actorPolicy.deepCopy());
        return out;
    }

    private static List<String> requireScope(SandboxApplication app, String scope) {
        List<String> targets = app.accessScopes.get(scope);
        if (targets == null) {
            throw AwsError.notFound("The application with arn '" + app.arn + "' has no access scope '" + scope + "'.");
        }
        return targets;
    }

    private static JsonNode requireMethod(SandboxApplication app, String type) {
        JsonNode policy = app.authenticationMethods.get(type);
        if (policy == null) {
            throw AwsError.notFound("The application with arn '" + app.arn + "' has no authentication method '"
                    + type + "'.");
        }
        return policy;
    }

    /** An authorized target is the instance itself or one of its applications (AWS does not say; strict). */
    private static void requireTarget(SandboxInstance instance, String target) {
        if (!target.equals(instance.arn) && !instance.applications.containsKey(target)) {
            throw AwsError.validation("The authorized target '" + target
                    + "' is neither the instance " + instance.arn + " nor one of its applications.");
        }
    }
}
