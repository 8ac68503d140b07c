package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.ApplicationAssignmentRecord;
import co.pump.icm.sandbox.state.ApplicationKind;
import co.pump.icm.sandbox.state.SandboxApplication;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * Create, delete and describe application assignments, list them by application and by principal,
 * and get or put whether an application requires an assignment. Every sort of application takes
 * assignments; only customer managed OAuth applications take an assignment configuration. Rules
 * and sources: docs/aws-behaviour.md, "sso-admin: applications and trusted token issuers".
 */
final class ApplicationAssignmentOperations {

    /** At most 100 groups per application (IAM Identity Center quotas). */
    static final int MAX_GROUPS_PER_APPLICATION = 100;

    private final ApplicationAccess access;

    ApplicationAssignmentOperations(ApplicationAccess access) {
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("CreateApplicationAssignment", this::create);
        operations.put("DeleteApplicationAssignment", this::delete);
        operations.put("DescribeApplicationAssignment", this::describe);
        operations.put("ListApplicationAssignments", this::list);
        operations.put("ListApplicationAssignmentsForPrincipal", this::listForPrincipal);
        operations.put("GetApplicationAssignmentConfiguration", this::getConfiguration);
        operations.put("PutApplicationAssignmentConfiguration", this::putConfiguration);
    }

    private JsonNode create(Caller caller, Input in) {
        Request request = Request.read(in);
        ApplicationAccess.Target target = access.application(caller, in.operation(), request.applicationArn);
        SandboxApplication app = target.application();
        AssignmentOperations.requirePrincipal(target.instance(), request.record.principalType(),
                request.record.principalId());
        if (app.assignments.contains(request.record)) {
            throw AwsError.conflict("The " + request.record.principalType() + " " + request.record.principalId()
                    + " is already assigned to the application with arn '" + app.arn + "'.");
        }
        long groups = app.assignments.stream().filter(a -> "GROUP".equals(a.principalType())).count();
        if ("GROUP".equals(request.record.principalType()) && groups >= MAX_GROUPS_PER_APPLICATION) {
            throw AwsError.quotaExceeded("The application with arn '" + app.arn + "' already has "
                    + MAX_GROUPS_PER_APPLICATION + " groups assigned, the most an application can have.");
        }
        app.assignments.add(request.record);
        return JsonNodeFactory.instance.objectNode();
    }

    /** The principal need not exist any more: an assignment can outlive its user or group. */
    private JsonNode delete(Caller caller, Input in) {
        Request request = Request.read(in);
        SandboxApplication app = access.application(caller, in.operation(), request.applicationArn).application();
        if (!app.assignments.remove(request.record)) {
            throw notAssigned(app, request.record);
        }
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode describe(Caller caller, Input in) {
        Request request = Request.read(in);
        SandboxApplication app = access.application(caller, in.operation(), request.applicationArn).application();
        if (!app.assignments.contains(request.record)) {
            throw notAssigned(app, request.record);
        }
        return ApplicationJson.assignment(app.arn, request.record);
    }

    private JsonNode list(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn).application();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, new ArrayList<>(app.assignments), maxResults, token)
                .writeTo(out, "ApplicationAssignments", a -> ApplicationJson.assignment(arn, a));
        return out;
    }

    /**
     * The applications a user or group is assigned to; for a user, also those its groups are
     * assigned to (listed with the group as principal), since DescribeApplicationAssignment's
     * documentation sends callers here for access through a group.
     */
    private JsonNode listForPrincipal(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String principalId = in.required("PrincipalId", Shapes.PRINCIPAL_ID);
        String principalType = in.requiredEnum("PrincipalType", Shapes.PRINCIPAL_TYPES);
        Input filter = in.structure("Filter", false);
        String applicationArn = filter == null ? null
                : filter.optional("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        SandboxInstance instance = access.instances().instance(caller, in.operation(), instanceArn);
        if (applicationArn == null && access.instances().isDelegatedAdministrator(caller, instance)) {
            // "You must provide a filter when calling this action from a member account against your
            // organization instance" (API reference); the error for a missing one is a guess.
            throw InstanceAccess.denied(caller, in.operation(), instance.arn);
        }
        if (applicationArn != null) {
            access.application(caller, in.operation(), applicationArn);
        }
        AssignmentOperations.requirePrincipal(instance, principalType, principalId);
        Set<ApplicationAssignmentRecord> principals = principalAndGroups(instance, principalType, principalId);
        List<ObjectNode> found = new ArrayList<>();
        for (SandboxApplication app : instance.applications.values()) {
            if (applicationArn == null || applicationArn.equals(app.arn)) {
                app.assignments.stream().filter(principals::contains)
                        .forEach(a -> found.add(ApplicationJson.assignment(app.arn, a)));
            }
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, found, maxResults, token).writeTo(out, "ApplicationAssignments", item -> item);
        return out;
    }

    /** SAML applications always require an assignment: the console offers no other setting. */
    private JsonNode getConfiguration(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        in.validate();
        SandboxApplication app = access.application(caller, in.operation(), arn).application();
        boolean required = app.kind() == ApplicationKind.CUSTOMER_MANAGED_SAML || app.assignmentRequired;
        return JsonNodeFactory.instance.objectNode().put("AssignmentRequired", required);
    }

    private JsonNode putConfiguration(Caller caller, Input in) {
        String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
        Boolean required = in.bool("AssignmentRequired", true);
        in.validate();
        access.application(caller, in.operation(), arn, ApplicationAccess.OAUTH_ONLY).application()
                .assignmentRequired = required;
        return JsonNodeFactory.instance.objectNode();
    }

    private static Set<ApplicationAssignmentRecord> principalAndGroups(SandboxInstance instance, String type,
                                                                        String id) {
        Set<ApplicationAssignmentRecord> principals = instance.memberships.values().stream()
                .filter(m -> "USER".equals(type) && m.userId().equals(id))
                .map(m -> new ApplicationAssignmentRecord("GROUP", m.groupId()))
                .collect(Collectors.toCollection(HashSet::new));
        principals.add(new ApplicationAssignmentRecord(type, id));
        return principals;
    }

    private static AwsError notAssigned(SandboxApplication app, ApplicationAssignmentRecord record) {
        return AwsError.notFound("The " + record.principalType() + " " + record.principalId()
                + " is not assigned to the application with arn '" + app.arn + "'.");
    }

    /** The members Create, Delete and DescribeApplicationAssignment share. */
    private record Request(String applicationArn, ApplicationAssignmentRecord record) {
        static Request read(Input in) {
            String arn = in.required("ApplicationArn", ApplicationShapes.APPLICATION_ARN);
            String principalId = in.required("PrincipalId", Shapes.PRINCIPAL_ID);
            String principalType = in.requiredEnum("PrincipalType", Shapes.PRINCIPAL_TYPES);
            in.validate();
            return new Request(arn, new ApplicationAssignmentRecord(principalType, principalId));
        }
    }
}
