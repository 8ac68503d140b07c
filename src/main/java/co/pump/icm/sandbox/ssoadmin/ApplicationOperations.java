package co.pump.icm.sandbox.ssoadmin;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.Tag;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.ApplicationKind;
import co.pump.icm.sandbox.state.SandboxApplication;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * CreateApplication, DescribeApplication, UpdateApplication, DeleteApplication and
 * ListApplications. The API creates customer managed OAuth applications only; an application
 * belongs to the account that creates it, and its ARN names that account. A delegated
 * administrator lists only its own account's applications, with the filter AWS requires of member
 * accounts. Rules and sources: docs/aws-behaviour.md, "sso-admin: applications and trusted token
 * issuers".
 */
final class ApplicationOperations {

    /** ApplicationList holds at most 50 items (model). */
    private static final int APPLICATIONS_PER_PAGE = 50;

    private final SandboxWorld world;
    private final ApplicationAccess access;

    ApplicationOperations(SandboxWorld world, ApplicationAccess access) {
        this.world = world;
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("CreateApplication", this::create);
        operations.put("DescribeApplication", this::describe);
        operations.put("UpdateApplication", this::update);
        operations.put("DeleteApplication", this::delete);
        operations.put("ListApplications", this::list);
    }

    private JsonNode create(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String provider = in.required("ApplicationProviderArn", Shapes.APPLICATION_PROVIDER_ARN);
        String name = in.required("Name", ApplicationShapes.APPLICATION_NAME);
        String description = in.optional("Description", ApplicationShapes.DESCRIPTION);
        PortalOptionsInput portal = PortalOptionsInput.read(in, true);
        List<Tag> tags = TagRules.read(in, false);
        String status = in.optionalEnum("Status", ApplicationShapes.STATUSES);
        String token = in.optional("ClientToken", ApplicationShapes.CLIENT_TOKEN);
        in.validate();
        SandboxInstance instance = access.instances().instance(caller, in.operation(), instanceArn);
        TagRules.checkRequest(tags);
        if (ApplicationKind.of(provider) != ApplicationKind.CUSTOMER_MANAGED_OAUTH) {
            // Observed (hashicorp/terraform-provider-aws#34813).
            throw AwsError.validation("The application provider with arn '" + provider
                    + "' is not supported for this action.");
        }
        String request = List.of(provider, name, String.valueOf(description), portal, tags, String.valueOf(status))
                .toString();
        String earlier = ClientTokens.replay(instance, in.operation(), token, request,
                instance.applications::containsKey);
        if (earlier != null) {
            return created(instance, earlier);
        }
        requireNameFree(instance, name, null);
        List<Tag> merged = TagRules.merge(List.of(), tags);
        String arn = "arn:aws:sso::" + caller.accountId() + ":application/" + instance.instanceId() + "/apl-"
                + world.ids().hex(16);
        var app = new SandboxApplication(arn, provider, caller.accountId(), world.now() / 1000.0, instance.region);
        app.name = name;
        app.description = description;
        app.status = status == null ? "ENABLED" : status;
        app.portal = portal.portal();
        app.tags.addAll(merged);
        instance.applications.put(arn, app);
        ClientTokens.remember(instance, in.operation(), token, request, arn);
        return created(instance, arn);
    }

    private JsonNode describe(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        in.validate();
        ApplicationAccess.Target target = access.application(caller, in.operation(), arn);
        return ApplicationJson.application(target.instance(), target.application());
    }

    /** Name, description, status and sign-in options; the visibility cannot be changed through the API. */
    private JsonNode update(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        String name = in.optional("Name", ApplicationShapes.APPLICATION_NAME);
        String description = in.optional("Description", ApplicationShapes.DESCRIPTION);
        String status = in.optionalEnum("Status", ApplicationShapes.STATUSES);
        PortalOptionsInput portal = PortalOptionsInput.read(in, false);
        in.validate();
        ApplicationAccess.Target target = access.application(caller, in.operation(), arn, ApplicationAccess.OAUTH_ONLY);
        SandboxApplication app = target.application();
        if (name != null) {
            requireNameFree(target.instance(), name, arn);
            app.name = name;
        }
        if (description != null) {
            app.description = description;
        }
        if (status != null) {
            app.status = status;
        }
        app.portal = portal.applyTo(app.portal);
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Any sort of application: "Deletes the association with the application. The connected service
     * resource still exists." (model documentation). Its assignments and parts go with it.
     */
    private JsonNode delete(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        in.validate();
        ApplicationAccess.Target target = access.application(caller, in.operation(), arn);
        target.instance().applications.remove(arn);
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode list(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        Input filter = in.structure("Filter", false);
        String account = filter == null ? null : filter.optional("ApplicationAccount", Shapes.ACCOUNT_ID);
        String provider = filter == null ? null : filter.optional("ApplicationProvider",
                Shapes.APPLICATION_PROVIDER_ARN);
        in.validate();
        SandboxInstance instance = access.instances().instance(caller, in.operation(), instanceArn);
        if (access.instances().isDelegatedAdministrator(caller, instance) && !caller.accountId().equals(account)) {
            // Member accounts "must use the applicationAccount parameter to filter the list to only
            // applications created from that account" (API reference); AWS's answer otherwise is not
            // documented: AccessDenied is the sandbox's guess.
            throw InstanceAccess.denied(caller, in.operation(), instance.arn);
        }
        List<SandboxApplication> applications = instance.applications.values().stream()
                .filter(app -> account == null || account.equals(app.account))
                .filter(app -> provider == null || provider.equals(app.providerArn))
                .toList();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, applications, maxResults, token, APPLICATIONS_PER_PAGE)
                .writeTo(out, "Applications", app -> ApplicationJson.application(instance, app));
        return out;
    }

    private static ObjectNode created(SandboxInstance instance, String arn) {
        return JsonNodeFactory.instance.objectNode()
                .put("ApplicationArn", arn)
                .put("InstanceArn", instance.arn)
                .put("IdentityStoreArn", ApplicationJson.identityStoreArn(instance));
    }

    /** Names are unique in an instance: AWS does not say so, the sandbox is strict (docs/aws-behaviour.md). */
    private static void requireNameFree(SandboxInstance instance, String name, String except) {
        boolean taken = instance.applications.values().stream()
                .anyMatch(app -> app.name.equals(name) && !app.arn.equals(except));
        if (taken) {
            throw AwsError.conflict("An application named '" + name + "' already exists in the instance "
                    + instance.arn + ".");
        }
    }
}
