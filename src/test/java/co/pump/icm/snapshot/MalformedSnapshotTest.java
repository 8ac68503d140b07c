package co.pump.icm.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.MigratorException;
import co.pump.icm.model.TestConfigs;

/**
 * Every way a snapshot file can be wrong, each with the message a person gets. Each case starts
 * from a valid file of {@link TestConfigs#full()} (users alice, bob, carol; groups Admins,
 * Auditors; permission sets AdministratorAccess, ReadOnly; three assignments) and breaks one thing.
 */
class MalformedSnapshotTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    private Path file;
    private String valid;

    @BeforeEach
    void writeValidFile() throws IOException {
        file = dir.resolve("acme.json");
        SnapshotWriter.write(file, TestConfigs.full(), Instant.parse("2026-11-27T10:15:30Z"));
        valid = Files.readString(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithAMessageThatSaysWhereAndWhat(String problem, UnaryOperator<String> breakIt, String expected)
            throws IOException {
        Files.writeString(file, breakIt.apply(valid));

        var thrown = assertThatThrownBy(() -> SnapshotReader.read(file))
                .isInstanceOf(SnapshotException.class)
                .satisfies(e -> assertThat(((MigratorException) e).kind()).isEqualTo(MigratorException.Kind.BAD_INPUT));
        if (expected.endsWith("…")) {
            thrown.hasMessageStartingWith(expected.substring(0, expected.length() - 1));
        } else {
            thrown.hasMessage(expected);
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // The file as a whole
                arguments("empty file", text(t -> ""), "acme.json: the file is empty"),
                arguments("only whitespace", text(t -> " \n\t\n"), "acme.json: the file is empty"),
                arguments("not JSON", text(t -> "name,email\nalice,alice@acme.com\n"),
                        "acme.json: not a JSON file (Unrecognized token 'name'…"),
                arguments("truncated", text(t -> t.substring(0, t.indexOf("\"Bob Jones\"") + 4)),
                        "acme.json: users[1] (bob@acme.com): the file ends too early at line 123, column 26: it is probably truncated"),
                arguments("syntax error inside an entity",
                        text(t -> t.replace("\"displayName\": \"Bob Jones\",", "\"displayName\": \"Bob Jones\"")),
                        "acme.json: users[1] (bob@acme.com): invalid JSON at line 124, column 7 near displayName:"
                                + " Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
                arguments("top level is an array", text(t -> "[" + t + "]"),
                        "acme.json: the top level must be a JSON object, not an array"),
                arguments("content after the top-level object", text(t -> t + "{}\n"),
                        "acme.json: unexpected content after the end of the top-level object, at line 282"),
                arguments("property twice", text(t -> t.replace("\"userName\": \"bob@acme.com\",",
                                "\"userName\": \"bob@acme.com\", \"userName\": \"robert@acme.com\",")),
                        "acme.json: users[1] (robert@acme.com): userName appears twice; a property may appear only once"),

                // Header
                arguments("formatVersion missing", tree(root -> root.remove("formatVersion")),
                        "acme.json: formatVersion is missing: this is not a snapshot file, or it was damaged"),
                arguments("formatVersion a string", tree(root -> root.put("formatVersion", "1")),
                        "acme.json: formatVersion must be a whole number, not a string"),
                arguments("formatVersion a fraction", tree(root -> root.put("formatVersion", 1.5)),
                        "acme.json: formatVersion must be a whole number, not 1.5"),
                arguments("formatVersion zero", tree(root -> root.put("formatVersion", 0)),
                        "acme.json: formatVersion 0 is not a valid format version (it starts at 1)"),
                arguments("future format version", tree(root -> root.put("formatVersion", 5)),
                        "acme.json: was written by a newer version of Identity Center Migrator (format version 5; "
                                + "this version reads up to version 4); upgrade it to read the file"),
                arguments("future format version with new fields before it", text(t -> "{\n  \"groupsV2\": [1],\n"
                                + "  \"users\": [{\"loginName\": \"alice\"}],\n" + t.substring(2)
                                .replace("\"formatVersion\": 4", "\"formatVersion\": 5")),
                        "acme.json: was written by a newer version of Identity Center Migrator (format version 5; "
                                + "this version reads up to version 4); upgrade it to read the file"),
                arguments("exportedAt not an instant", tree(root -> root.put("exportedAt", "27/11/2026")),
                        "acme.json: exportedAt must be an ISO-8601 instant such as 2026-01-31T09:30:00Z, not '27/11/2026'"),
                arguments("exportedAt missing", tree(root -> root.remove("exportedAt")),
                        "acme.json: exportedAt is missing (when the snapshot was exported)"),
                arguments("tool not a string", tree(root -> root.put("tool", 7)),
                        "acme.json: tool must be a string, not a number"),
                arguments("digest malformed", tree(root -> root.put("digest", "md5:abc")),
                        "acme.json: digest must be 'sha256:' followed by 64 lower-case hex digits, not 'md5:abc'"),
                arguments("source missing", tree(root -> root.remove("source")),
                        "acme.json: source is missing (where the configuration was exported from)"),
                arguments("unknown top-level property", tree(root -> root.set("user", JSON.arrayNode())),
                        "acme.json: unknown property 'user' (did you mean 'users'?)"),

                // JSON types and unknown properties, located by path and key
                arguments("section of the wrong type", tree(root -> root.set("users", JSON.objectNode())),
                        "acme.json: users must be an array, not an object"),
                arguments("entity of the wrong type", tree(root -> users(root).add("dave@acme.com")),
                        "acme.json: users[3] must be an object, not 'dave@acme.com'"),
                arguments("null inside a list", tree(root -> users(root).addNull()),
                        "acme.json: users[3] must not be null"),
                arguments("string field holds a number", tree(root -> user(root, 2).put("displayName", 42)),
                        "acme.json: users[2] (carol@acme.com): displayName must be a string, not 42"),
                arguments("list field holds an object", tree(root -> user(root, 1).set("emails", JSON.objectNode())),
                        "acme.json: users[1] (bob@acme.com): emails must be an array, not an object"),
                arguments("boolean written as a string",
                        tree(root -> ((ObjectNode) user(root, 0).get("emails").get(0)).put("primary", "true")),
                        "acme.json: users[0] (alice@acme.com): emails[0].primary must be true or false, not 'true'"),
                arguments("unknown property in an entity", tree(root -> user(root, 0).put("emial", "a@b.c")),
                        "acme.json: users[0] (alice@acme.com): unknown property 'emial' (did you mean 'emails'?)"),
                arguments("unknown nested property",
                        tree(root -> ((ObjectNode) user(root, 0).get("emails").get(0)).put("prmary", true)),
                        "acme.json: users[0] (alice@acme.com): unknown property 'emails[0].prmary' (did you mean 'primary'?)"),
                arguments("invalid principalType", tree(root -> assignment(root, 0).put("principalType", "ROLE")),
                        "acme.json: assignments[0] (222222222222 / AdministratorAccess / ROLE Admins):"
                                + " principalType must be one of USER, GROUP, not 'ROLE'"),

                // Required fields
                arguments("userName missing", tree(root -> user(root, 2).remove("userName")),
                        "acme.json: users[2]: userName is missing (and 1 more problem)"),
                arguments("group displayName missing", tree(root -> group(root, 1).remove("displayName")),
                        "acme.json: groups[1]: displayName is missing"),
                arguments("permission set name missing", tree(root -> permissionSets(root).add(
                                JSON.objectNode().put("description", "nameless"))),
                        "acme.json: permissionSets[2]: name is missing"),
                arguments("membership groupName missing", tree(root -> membership(root, 1).remove("groupName")),
                        "acme.json: memberships[1] (? / bob@acme.com): groupName is missing"),
                arguments("membership userName missing", tree(root -> membership(root, 1).remove("userName")),
                        "acme.json: memberships[1] (Admins / ?): userName is missing"),
                arguments("assignment accountId missing", tree(root -> assignment(root, 2).remove("accountId")),
                        "acme.json: assignments[2] (? / ReadOnly / USER carol@acme.com): accountId is missing"),
                arguments("assignment permissionSetName missing",
                        tree(root -> assignment(root, 2).remove("permissionSetName")),
                        "acme.json: assignments[2] (333333333333 / ? / USER carol@acme.com): permissionSetName is missing"),
                arguments("assignment principalType missing", tree(root -> assignment(root, 2).remove("principalType")),
                        "acme.json: assignments[2] (333333333333 / ReadOnly / ? carol@acme.com):"
                                + " principalType is missing (USER or GROUP)"),
                arguments("assignment principalName missing", tree(root -> assignment(root, 2).remove("principalName")),
                        "acme.json: assignments[2] (333333333333 / ReadOnly / USER ?): principalName is missing"),

                // Unique natural keys
                arguments("user names that differ only in case", tree(root -> users(root).add(
                                JSON.objectNode().put("userName", "ALICE@acme.com"))),
                        "acme.json: users[3] (ALICE@acme.com): duplicate userName: users[0] has 'alice@acme.com'"
                                + " (user names are unique regardless of case)"),
                arguments("duplicate group", tree(root -> groups(root).add(JSON.objectNode().put("displayName", "Admins"))),
                        "acme.json: groups[2] (Admins): duplicate displayName: groups[0] has the same displayName"),
                arguments("duplicate permission set", tree(root -> permissionSets(root).add(
                                JSON.objectNode().put("name", "ReadOnly"))),
                        "acme.json: permissionSets[2] (ReadOnly): duplicate name: permissionSets[1] has the same name"),
                arguments("duplicate membership", tree(root -> memberships(root).add(membership(root, 0).deepCopy())),
                        "acme.json: memberships[2] (Admins / alice@acme.com): duplicate membership: memberships[0]"
                                + " is the same"),
                arguments("duplicate assignment", tree(root -> assignments(root).add(assignment(root, 1).deepCopy())),
                        "acme.json: assignments[3] (333333333333 / AdministratorAccess / USER alice@acme.com):"
                                + " duplicate assignment: assignments[1] is the same"),
                arguments("duplicate account", tree(root -> accounts(root).add(JSON.objectNode().put("id", "222222222222"))),
                        "acme.json: accounts[3] (222222222222): duplicate id: accounts[1] has the same id"),

                // References
                arguments("membership of a user not in the file", tree(root -> membership(root, 1).put("userName", "zoe@acme.com")),
                        "acme.json: memberships[1] (Admins / zoe@acme.com): userName 'zoe@acme.com' is not a user in this file"),
                arguments("membership with a user name in the wrong case",
                        tree(root -> membership(root, 1).put("userName", "Bob@acme.com")),
                        "acme.json: memberships[1] (Admins / Bob@acme.com): userName 'Bob@acme.com' is not a user in"
                                + " this file (there is 'bob@acme.com'; names must match exactly)"),
                arguments("membership of a group not in the file", tree(root -> membership(root, 1).put("groupName", "Devs")),
                        "acme.json: memberships[1] (Devs / bob@acme.com): groupName 'Devs' is not a group in this file"),
                arguments("assignment of a permission set not in the file",
                        tree(root -> assignment(root, 2).put("permissionSetName", "PowerUser")),
                        "acme.json: assignments[2] (333333333333 / PowerUser / USER carol@acme.com): permissionSetName"
                                + " 'PowerUser' is not a permission set in this file"),
                arguments("assignment to a user not in the file", tree(root -> assignment(root, 2).put("principalName", "zoe")),
                        "acme.json: assignments[2] (333333333333 / ReadOnly / USER zoe): principalName 'zoe' is not"
                                + " a user in this file"),
                arguments("assignment to a group not in the file", tree(root -> assignment(root, 0).put("principalName", "Ops")),
                        "acme.json: assignments[0] (222222222222 / AdministratorAccess / GROUP Ops): principalName"
                                + " 'Ops' is not a group in this file"),

                // Account IDs
                arguments("assignment account ID too short", tree(root -> assignment(root, 2).put("accountId", "33333333333")),
                        "acme.json: assignments[2] (33333333333 / ReadOnly / USER carol@acme.com): accountId must be"
                                + " 12 digits, not '33333333333'"),
                arguments("account ID with letters", tree(root -> account(root, 2).put("id", "33333333333x")),
                        "acme.json: accounts[2] (33333333333x): id must be 12 digits, not '33333333333x'"),
                arguments("source account ID", tree(root -> ((ObjectNode) root.get("source")).put("accountId", "1111-1111-1111")),
                        "acme.json: source.accountId must be 12 digits, not '1111-1111-1111'"),

                // Users
                arguments("userName with a space", tree(root -> users(root).add(JSON.objectNode().put("userName", "dave smith"))),
                        "acme.json: users[3] (dave smith): userName must not contain whitespace"),
                arguments("userName too long", tree(root -> users(root).add(JSON.objectNode().put("userName", "u".repeat(129)))),
                        "acme.json: users[3] (" + "u".repeat(129) + "): userName is 129 characters long; the limit is 128"),
                arguments("two emails", tree(root -> ((ArrayNode) user(root, 0).get("emails")).add(
                                JSON.objectNode().put("value", "alice@example.org"))),
                        "acme.json: users[0] (alice@acme.com): has 2 emails; Identity Center allows one email per user"),
                arguments("two addresses", tree(root -> ((ArrayNode) user(root, 0).get("addresses")).add(
                                JSON.objectNode().put("locality", "Paris"))),
                        "acme.json: users[0] (alice@acme.com): has 2 addresses; Identity Center allows one address per user"),
                arguments("two roles", tree(root -> ((ArrayNode) user(root, 0).get("roles")).add(
                                JSON.objectNode().put("value", "Manager"))),
                        "acme.json: users[0] (alice@acme.com): has 2 roles; Identity Center allows one role per user"),
                arguments("a manager who is not in the file", tree(root -> ((ObjectNode) user(root, 0).get("enterprise"))
                                .put("manager", "zoe@acme.com")),
                        "acme.json: users[0] (alice@acme.com): enterprise.manager 'zoe@acme.com' is not a user in this file"),
                arguments("a manager's name in another case", tree(root -> ((ObjectNode) user(root, 0).get("enterprise"))
                                .put("manager", "Bob@Acme.com")),
                        "acme.json: users[0] (alice@acme.com): enterprise.manager 'Bob@Acme.com' is not a user in this file"
                                + " (there is 'bob@acme.com'; names must match exactly)"),
                arguments("an unknown enterprise part", tree(root -> ((ObjectNode) user(root, 0).get("enterprise"))
                                .put("site", "Berlin")),
                        "acme.json: users[0] (alice@acme.com): unknown property 'enterprise.site'"),
                arguments("two phone numbers", tree(root -> ((ArrayNode) user(root, 0).get("phoneNumbers")).add(
                                JSON.objectNode().put("value", "+33 1 23 45 67 89"))),
                        "acme.json: users[0] (alice@acme.com): has 2 phoneNumbers; Identity Center allows one phone"
                                + " number per user"),
                arguments("four photos", tree(root -> {
                    var photos = (ArrayNode) user(root, 0).get("photos");
                    for (int i = 0; i < 3; i++) {
                        photos.add(JSON.objectNode().put("value", "https://photos.example.com/" + i + ".png"));
                    }
                }), "acme.json: users[0] (alice@acme.com): has 4 photos; Identity Center allows at most 3"),
                arguments("birthdate in another format", tree(root -> user(root, 0).put("birthdate", "31/01/1990")),
                        "acme.json: users[0] (alice@acme.com): birthdate must be a date written YYYY-MM-DD, not '31/01/1990'"),
                arguments("birthdate that is not a day", tree(root -> user(root, 0).put("birthdate", "1990-02-30")),
                        "acme.json: users[0] (alice@acme.com): birthdate must be a date written YYYY-MM-DD, not '1990-02-30'"),
                arguments("userStatus unknown", tree(root -> user(root, 0).put("userStatus", "ACTIVE")),
                        "acme.json: users[0] (alice@acme.com): userStatus must be ENABLED or DISABLED, not 'ACTIVE'"),

                // Permission sets
                arguments("permission set name with a space", tree(root -> permissionSets(root).add(
                                JSON.objectNode().put("name", "Admin Access"))),
                        "acme.json: permissionSets[2] (Admin Access): name must be 1 to 32 letters, digits or"
                                + " + = , . @ _ -, not 'Admin Access'"),
                arguments("permission set name too long", tree(root -> permissionSets(root).add(
                                JSON.objectNode().put("name", "P".repeat(33)))),
                        "acme.json: permissionSets[2] (" + "P".repeat(33) + "): name must be 1 to 32 letters, digits or"
                                + " + = , . @ _ -, not '" + "P".repeat(33) + "'"),
                arguments("description too long", tree(root -> permissionSet(root, 1).put("description", "d".repeat(701))),
                        "acme.json: permissionSets[1] (ReadOnly): description is 701 characters long; the limit is 700"),
                arguments("relay state too long", tree(root -> permissionSet(root, 1).put("relayState", "r".repeat(241))),
                        "acme.json: permissionSets[1] (ReadOnly): relayState is 241 characters long; the limit is 240"),
                arguments("session duration not ISO-8601", tree(root -> permissionSet(root, 1).put("sessionDuration", "8 hours")),
                        "acme.json: permissionSets[1] (ReadOnly): sessionDuration must be an ISO-8601 duration such as"
                                + " PT8H, not '8 hours'"),
                arguments("session duration too long", tree(root -> permissionSet(root, 1).put("sessionDuration", "PT13H")),
                        "acme.json: permissionSets[1] (ReadOnly): sessionDuration must be between PT1H and PT12H, not PT13H"),
                arguments("session duration too short", tree(root -> permissionSet(root, 1).put("sessionDuration", "PT30M")),
                        "acme.json: permissionSets[1] (ReadOnly): sessionDuration must be between PT1H and PT12H, not PT30M"),
                arguments("inline policy is an array", tree(root -> permissionSet(root, 1).put("inlinePolicy", "[1, 2]")),
                        "acme.json: permissionSets[1] (ReadOnly): inlinePolicy must be a JSON object (a policy"
                                + " document), not array"),
                arguments("inline policy is not JSON", tree(root -> permissionSet(root, 1).put("inlinePolicy", "{\"Version\":")),
                        "acme.json: permissionSets[1] (ReadOnly): inlinePolicy must be a JSON object (a policy"
                                + " document), but it is not valid JSON: …"),
                arguments("inline policy is empty text", tree(root -> permissionSet(root, 1).put("inlinePolicy", "")),
                        "acme.json: permissionSets[1] (ReadOnly): inlinePolicy must be a JSON object (a policy"
                                + " document), not empty text; leave inlinePolicy out when there is none"),
                arguments("inline policy with text after the object",
                        tree(root -> permissionSet(root, 1).put("inlinePolicy", "{} {}")),
                        "acme.json: permissionSets[1] (ReadOnly): inlinePolicy must be a JSON object (a policy"
                                + " document), but it is not valid JSON: …"),
                arguments("inline policy over 32,768 bytes", tree(root -> permissionSet(root, 1).put("inlinePolicy",
                                "{\"Sid\":\"" + "é".repeat(16_380) + "\"}")),
                        "acme.json: permissionSets[1] (ReadOnly): inlinePolicy is 32770 bytes; the limit is 32768"),
                arguments("21 policies", tree(root -> {
                    var policies = (ArrayNode) permissionSet(root, 1).get("managedPolicies");
                    for (int i = 0; i < 20; i++) {
                        policies.add(JSON.objectNode().put("arn", "arn:aws:iam::aws:policy/Policy" + i));
                    }
                }), "acme.json: permissionSets[1] (ReadOnly): has 21 managed and customer managed policies; the limit is 20"),
                arguments("managed policy of an account", tree(root -> ((ObjectNode) permissionSet(root, 1)
                                .get("managedPolicies").get(0)).put("arn", "arn:aws:iam::123456789012:policy/Mine")),
                        "acme.json: permissionSets[1] (ReadOnly): managedPolicies[0].arn must be an AWS managed policy"
                                + " ARN such as arn:aws:iam::aws:policy/ReadOnlyAccess, not"
                                + " 'arn:aws:iam::123456789012:policy/Mine' (a policy of your own account is a customer"
                                + " managed policy reference: name and path)"),
                arguments("permissions boundary with both kinds", tree(root -> ((ObjectNode) permissionSet(root, 1)
                                .get("permissionsBoundary")).put("managedPolicyArn", "arn:aws:iam::aws:policy/PowerUserAccess")),
                        "acme.json: permissionSets[1] (ReadOnly): permissionsBoundary must have either managedPolicyArn"
                                + " or customerManagedPolicyReference, not both"),
                arguments("permissions boundary with neither kind",
                        tree(root -> permissionSet(root, 1).set("permissionsBoundary", JSON.objectNode())),
                        "acme.json: permissionSets[1] (ReadOnly): permissionsBoundary must have either managedPolicyArn"
                                + " or customerManagedPolicyReference; it has neither"),
                arguments("customer managed policy path without slashes", tree(root -> ((ObjectNode) permissionSet(root, 0)
                                .get("customerManagedPolicies").get(0)).put("path", "security")),
                        "acme.json: permissionSets[0] (AdministratorAccess): customerManagedPolicies[0].path must be"
                                + " an IAM path that starts and ends with /, such as /team/, not 'security'"),
                arguments("tag key too long", tree(root -> ((ObjectNode) permissionSet(root, 0).get("tags").get(0))
                                .put("key", "k".repeat(129))),
                        "acme.json: permissionSets[0] (AdministratorAccess): tags[0].key must be 1 to 128 characters long"),
                arguments("tag value too long", tree(root -> ((ObjectNode) permissionSet(root, 0).get("tags").get(1))
                                .put("value", "v".repeat(257))),
                        "acme.json: permissionSets[0] (AdministratorAccess): tags[1].value is longer than 256 characters"),
                arguments("76 tags", tree(root -> {
                    var tags = permissionSet(root, 1).putArray("tags");
                    for (int i = 0; i < 76; i++) {
                        tags.add(JSON.objectNode().put("key", "k" + i).put("value", ""));
                    }
                }), "acme.json: permissionSets[1] (ReadOnly): has 76 tags; the limit is 75"),
                arguments("tag key twice", tree(root -> ((ObjectNode) permissionSet(root, 0).get("tags").get(1))
                                .put("key", "cost-center")),
                        "acme.json: permissionSets[0] (AdministratorAccess): tags[1].key 'cost-center' appears twice;"
                                + " tag keys must be unique")
        );
    }

    @Test
    void folderIsNotASnapshotFile() {
        assertThatThrownBy(() -> SnapshotReader.read(dir))
                .isInstanceOf(SnapshotException.class)
                .hasMessage(dir + " is a folder, not a snapshot file");
    }

    @Test
    void missingFileSaysSo() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> SnapshotReader.read(missing))
                .isInstanceOf(SnapshotException.class)
                .hasMessage(missing + " does not exist");
    }

    @Test
    void deviceIsNotASnapshotFile() {
        Path device = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device), "a Unix-like system");

        assertThatThrownBy(() -> SnapshotReader.read(device))
                .isInstanceOf(SnapshotException.class)
                .hasMessage("/dev/null is not a regular file");
    }

    @Test
    void severalProblemsAreListedInFileOrderAndCounted() throws IOException {
        Files.writeString(file, tree(root -> {
            root.put("exportedAt", "yesterday");
            user(root, 2).put("birthdate", "1990");
            assignment(root, 0).put("accountId", "2");
        }).apply(valid));

        assertThatThrownBy(() -> SnapshotReader.read(file))
                .isInstanceOfSatisfying(SnapshotException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("acme.json: exportedAt must be an ISO-8601 instant such as"
                            + " 2026-01-31T09:30:00Z, not 'yesterday' (and 2 more problems)");
                    assertThat(e.problemCount()).isEqualTo(3);
                    assertThat(e.problems()).extracting(SnapshotProblem::toString).containsExactly(
                            "acme.json: exportedAt must be an ISO-8601 instant such as 2026-01-31T09:30:00Z,"
                                    + " not 'yesterday'",
                            "acme.json: users[2] (carol@acme.com): birthdate must be a date written YYYY-MM-DD, not '1990'",
                            "acme.json: assignments[0] (2 / AdministratorAccess / GROUP Admins): accountId must be"
                                    + " 12 digits, not '2'");
                });
    }

    @Test
    void atMostTenProblemsAreKeptButAllAreCounted() throws IOException {
        Files.writeString(file, tree(root -> {
            for (int i = 0; i < 25; i++) {
                users(root).add(JSON.objectNode().put("userName", "user " + i));
            }
        }).apply(valid));

        assertThatThrownBy(() -> SnapshotReader.read(file))
                .isInstanceOfSatisfying(SnapshotException.class, e -> {
                    assertThat(e.problems()).hasSize(10);
                    assertThat(e.problemCount()).isEqualTo(25);
                    assertThat(e.getMessage()).isEqualTo(
                            "acme.json: users[3] (user 0): userName must not contain whitespace (and 24 more problems)");
                });
    }

    @Test
    void managedPoliciesOfOtherPartitionsAreAccepted() throws IOException {
        Files.writeString(file, tree(root -> ((ObjectNode) permissionSet(root, 1).get("managedPolicies").get(0))
                .put("arn", "arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess")).apply(valid));

        assertThat(SnapshotReader.read(file).config().permissionSets().get(1).managedPolicies().get(0).arn())
                .isEqualTo("arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess");
    }

    @Test
    void inlinePolicyIsOnlyCheckedForBeingAJsonObject() throws IOException {
        // A repeated key is not this file's business: AWS returned the policy, AWS decides.
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[],\"Statement\":[]}";
        Files.writeString(file, tree(root -> permissionSet(root, 1).put("inlinePolicy", policy)).apply(valid));

        assertThat(SnapshotReader.read(file).config().permissionSets().get(1).inlinePolicy()).isEqualTo(policy);
    }

    @Test
    void absentListsReadAsEmpty() throws IOException {
        Files.writeString(file, tree(root -> {
            root.remove("memberships");
            root.putNull("applications");
        }).apply(valid));

        var config = SnapshotReader.read(file).config();

        assertThat(config.memberships()).isEmpty();
        assertThat(config.applications()).isEmpty();
    }

    // Helpers: a mutation of the text, or of the JSON tree written back pretty-printed.

    private static UnaryOperator<String> text(UnaryOperator<String> change) {
        return change;
    }

    private static UnaryOperator<String> tree(Consumer<ObjectNode> change) {
        return text -> {
            try {
                var root = (ObjectNode) SnapshotJson.mapper().readTree(text);
                change.accept(root);
                return SnapshotJson.prettyWriter().writeValueAsString(root);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static ArrayNode list(ObjectNode root, String name) {
        return (ArrayNode) root.get(name);
    }

    private static ArrayNode users(ObjectNode root) {
        return list(root, "users");
    }

    private static ArrayNode groups(ObjectNode root) {
        return list(root, "groups");
    }

    private static ArrayNode memberships(ObjectNode root) {
        return list(root, "memberships");
    }

    private static ArrayNode permissionSets(ObjectNode root) {
        return list(root, "permissionSets");
    }

    private static ArrayNode assignments(ObjectNode root) {
        return list(root, "assignments");
    }

    private static ArrayNode accounts(ObjectNode root) {
        return list(root, "accounts");
    }

    private static ObjectNode user(ObjectNode root, int i) {
        return (ObjectNode) users(root).get(i);
    }

    private static ObjectNode group(ObjectNode root, int i) {
        return (ObjectNode) groups(root).get(i);
    }

    private static ObjectNode membership(ObjectNode root, int i) {
        return (ObjectNode) memberships(root).get(i);
    }

    private static ObjectNode permissionSet(ObjectNode root, int i) {
        return (ObjectNode) permissionSets(root).get(i);
    }

    private static ObjectNode assignment(ObjectNode root, int i) {
        return (ObjectNode) assignments(root).get(i);
    }

    private static ObjectNode account(ObjectNode root, int i) {
        return (ObjectNode) accounts(root).get(i);
    }
}
