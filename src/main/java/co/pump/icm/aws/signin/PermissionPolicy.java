package co.pump.icm.aws.signin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The least-privilege IAM policies icm documents in docs/permissions.md, as shipped resources:
 * the wizard shows them ("what permissions do I need?") and the tests run icm under them in the
 * sandbox.
 */
public enum PermissionPolicy {
    /** Reading the current instance. */
    EXPORT("export.json"),
    /** Reading and writing the new instance: plan, import and verify. */
    IMPORT("import.json"),
    /** The who-am-I checks of the sign-in steps (a subset of both others). */
    WHO_AM_I("whoami.json");

    private final String resource;

    PermissionPolicy(String resource) {
        this.resource = resource;
    }

    /** The policy document, as docs/permissions.md shows it. */
    public String json() {
        try (InputStream in = PermissionPolicy.class.getResourceAsStream("/co/pump/icm/aws/policies/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("The policy " + resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every action the policy allows, e.g. {@code sso:ListInstances}. */
    public Set<String> actions() {
        try {
            JsonNode document = new ObjectMapper().readTree(json());
            var actions = new LinkedHashSet<String>();
            for (JsonNode statement : document.path("Statement")) {
                JsonNode action = statement.path("Action");
                if (action.isTextual()) {
                    actions.add(action.asText());
                }
                action.forEach(a -> actions.add(a.asText()));
            }
            return actions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
