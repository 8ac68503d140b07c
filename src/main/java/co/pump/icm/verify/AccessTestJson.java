package co.pump.icm.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.model.MigratorException;
import co.pump.icm.snapshot.PrivateFiles;
import co.pump.icm.snapshot.SnapshotJson;

/**
 * An access test result saved as JSON, so that {@code icm test-access --out} and
 * {@code icm report --access-test} can meet. It names a user and accounts, never a token.
 */
public final class AccessTestJson {

    private AccessTestJson() {
    }

    /**
     * Writes the result (owner-only).
     *
     * @throws MigratorException (BAD_INPUT) if the file cannot be written
     */
    public static void write(AccessTestResult result, Path file) {
        var root = new LinkedHashMap<String, Object>();
        root.put("portalUrl", result.portalUrl());
        root.put("userName", result.userName());
        root.put("testedAt", result.testedAt().toString());
        var checks = new ArrayList<Map<String, Object>>();
        for (AccessCheck c : result.checks()) {
            var check = new LinkedHashMap<String, Object>();
            check.put("accountId", c.accountId());
            check.put("accountName", c.accountName());
            check.put("roleName", c.roleName());
            check.put("status", c.status().name());
            check.put("via", c.via());
            checks.add(check);
        }
        root.put("checks", checks);
        var roles = new ArrayList<Map<String, Object>>();
        for (SignedInRole r : result.roles()) {
            var role = new LinkedHashMap<String, Object>();
            role.put("accountId", r.accountId());
            role.put("permissionSetName", r.permissionSetName());
            role.put("roleName", r.roleName());
            role.put("roleArn", r.roleArn());
            roles.add(role);
        }
        root.put("roles", roles);
        try {
            byte[] json = SnapshotJson.prettyWriter().writeValueAsBytes(root);
            PrivateFiles.writeAtomically(file, out -> out.write(json));
        } catch (IOException e) {
            throw MigratorException.badInput("Could not write " + file + ": " + PrivateFiles.reason(e));
        }
    }

    /**
     * Reads a result written by {@link #write}.
     *
     * @throws MigratorException (BAD_INPUT) if the file is missing or is not an access test result
     */
    public static AccessTestResult read(Path file) {
        try {
            JsonNode root = SnapshotJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            var checks = new ArrayList<AccessCheck>();
            for (JsonNode c : root.path("checks")) {
                var via = new ArrayList<String>();
                c.path("via").forEach(v -> via.add(v.asText()));
                checks.add(new AccessCheck(text(c, "accountId"), c.path("accountName").asText(null), text(c, "roleName"),
                        AccessStatus.valueOf(text(c, "status")), via));
            }
            var roles = new ArrayList<SignedInRole>();
            for (JsonNode r : root.path("roles")) {
                roles.add(new SignedInRole(text(r, "accountId"), text(r, "permissionSetName"), text(r, "roleName"),
                        text(r, "roleArn")));
            }
            return new AccessTestResult(text(root, "portalUrl"), text(root, "userName"),
                    Instant.parse(text(root, "testedAt")), checks, roles);
        } catch (NoSuchFileException e) {
            throw MigratorException.badInput("The access test result " + file + " does not exist.");
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            throw MigratorException.badInput(file.getFileName() + " is not an access test result saved by icm "
                    + "test-access --out.");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field);
        }
        return value.asText();
    }
}
