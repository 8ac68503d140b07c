package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.identitystore.model.IdentitystoreException;
import software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException;

class CallLogTest {

    @Test
    void writesOneJsonLinePerRequestWithExactlyTheAgreedKeys(@TempDir Path dir) throws Exception {
        var t = new TestWorld();
        Path file = dir.resolve("calls.jsonl");
        Instant before = Instant.now().minusSeconds(1);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world).withCallLog(file))) {
            var client = Clients.identityStore(sandbox, t.management);
            client.createGroup(r -> r.identityStoreId(t.storeId()).displayName("Ops"));
            assertThatThrownBy(() -> client.describeGroup(r -> r.identityStoreId(t.storeId())
                    .groupId("1234567890-12345678-1234-1234-1234-123456789012")))
                    .isInstanceOf(ResourceNotFoundException.class);
            Clients.sts(sandbox, Clients.credentials(t.member)).getCallerIdentity();
            var stranger = Clients.identityStore(sandbox.endpoint(), Clients.credentials("AKIANOTAKEY000000000", "x"));
            assertThatThrownBy(() -> stranger.listGroups(r -> r.identityStoreId(t.storeId())))
                    .isInstanceOf(IdentitystoreException.class);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(4);
        var mapper = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String line : lines) {
            JsonNode record = mapper.readTree(line);
            List<String> keys = new ArrayList<>();
            record.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("time", "account", "service", "operation", "status", "error");
            assertThat(Instant.parse(record.get("time").asText())).isAfter(before);
            records.add(record);
        }
        assertThat(values(records.get(0))).containsExactly(t.management.accountId(), "identitystore", "CreateGroup", "200", "null");
        assertThat(values(records.get(1))).containsExactly(t.management.accountId(), "identitystore", "DescribeGroup", "400",
                "ResourceNotFoundException");
        assertThat(values(records.get(2))).containsExactly(t.member.accountId(), "sts", "GetCallerIdentity", "200", "null");
        assertThat(values(records.get(3))).containsExactly("null", "identitystore", "ListGroups", "400", "UnrecognizedClientException");
        assertThat(records.get(3).get("account").isNull()).isTrue();
        assertThat(records.get(0).get("status").isInt()).isTrue();
    }

    @Test
    void appendsToAnExistingFile(@TempDir Path dir) throws Exception {
        var t = new TestWorld();
        Path file = dir.resolve("calls.jsonl");
        Files.writeString(file, "{\"earlier\":true}\n");
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world).withCallLog(file))) {
            Clients.sts(sandbox, Clients.credentials(t.member)).getCallerIdentity();
        }
        assertThat(Files.readAllLines(file)).hasSize(2).first().isEqualTo("{\"earlier\":true}");
    }

    @Test
    void countsAndWritesInMemory() {
        var log = new CallLog();
        Instant now = Instant.now();
        log.add(new CallRecord(now, "1", "identitystore", "ListUsers", 200, null));
        log.add(new CallRecord(now, "1", "identitystore", "ListUsers", 200, null));
        log.add(new CallRecord(now, "1", "sso-admin", "ListInstances", 200, null));
        assertThat(log.anyWrite()).isFalse();
        log.add(new CallRecord(now, "1", "identitystore", "CreateUser", 400, "ConflictException"));
        assertThat(log.anyWrite()).isTrue();
        assertThat(log.writes()).extracting(CallRecord::operation).containsExactly("CreateUser");
        assertThat(log.count("ListUsers")).isEqualTo(2);
        assertThat(log.count("sso-admin", "ListUsers")).isZero();
        assertThat(log.countByOperation()).isEqualTo(Map.of("ListUsers", 2L, "ListInstances", 1L, "CreateUser", 1L));
        log.clear();
        assertThat(log.records()).isEmpty();
    }

    private static List<String> values(JsonNode record) {
        return List.of(record.get("account").asText(), record.get("service").asText(), record.get("operation").asText(),
                record.get("status").asText(), record.get("error").asText());
    }
}
