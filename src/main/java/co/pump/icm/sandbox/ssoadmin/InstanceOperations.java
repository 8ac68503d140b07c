package co.pump.icm.sandbox.ssoadmin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.SandboxInstance;

/** ListInstances and DescribeInstance. */
final class InstanceOperations {

    /** InstanceList holds at most 10 items (model limit). */
    private static final int INSTANCES_PER_PAGE = 10;

    private final InstanceAccess access;

    InstanceOperations(InstanceAccess access) {
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("ListInstances", this::listInstances);
        operations.put("DescribeInstance", this::describeInstance);
    }

    /** Only the instance the caller administers: an account that administers none sees an empty list. */
    private JsonNode listInstances(Caller caller, Input in) {
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        List<SandboxInstance> instances = access.administered(caller).stream().collect(Collectors.toList());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, instances, maxResults, token, INSTANCES_PER_PAGE)
                .writeTo(out, "Instances", InstanceJson::metadata);
        return out;
    }

    private JsonNode describeInstance(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        in.validate();
        return InstanceJson.description(access.instance(caller, in.operation(), instanceArn));
    }
}
