package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.ValidationException;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;

/**
 * A request member the operation does not have is refused, never dropped unread. The AWS SDKs and
 * the AWS CLI only send modelled members, so the test adds one to the SDK's signed request body
 * (an interceptor runs before signing), as a hand-written or newer client could.
 */
class UnknownMembersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestWorld t = new TestWorld();
    private final Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world));

    @AfterEach
    void stop() {
        sandbox.close();
        assertThat(sandbox.stats().internalFailures()).as("sandbox bugs").isEmpty();
    }

    /** Adds {@code member: "x"} at the top of every request body (and fixes its length). */
    private static ExecutionInterceptor adding(String member) {
        return new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
                return context.httpRequest().toBuilder()
                        .putHeader("Content-Length", String.valueOf(body(context).length)).build();
            }

            @Override
            public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context,
                                                           ExecutionAttributes attributes) {
                return Optional.of(RequestBody.fromBytes(body(context)));
            }

            private byte[] body(Context.ModifyHttpRequest context) {
                try (InputStream in = context.requestBody().orElseThrow().contentStreamProvider().newStream()) {
                    var bytes = new ByteArrayOutputStream();
                    in.transferTo(bytes);
                    ObjectNode body = (ObjectNode) JSON.readTree(bytes.toByteArray());
                    body.put(member, "x");
                    return JSON.writeValueAsBytes(body);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Test
    void identityStoreRefusesAMisspelledMember() {
        try (var client = IdentitystoreClient.builder().endpointOverride(sandbox.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(Clients.credentials(t.management)).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(Clients.noRetries().toBuilder().addExecutionInterceptor(adding("Nickname"))
                        .build()).build()) {
            var refused = catchThrowableOfType(ValidationException.class, () -> client.createUser(r -> r
                    .identityStoreId(t.storeId()).userName("alice").displayName("Alice")
                    .name(n -> n.givenName("Alice").familyName("Smith"))));
            assertThat(refused.awsErrorDetails().errorMessage())
                    .isEqualTo("The CreateUser request has a member the operation does not have: 'Nickname'.");
        }
        synchronized (t.world) {
            assertThat(t.instance.users).isEmpty();
        }
    }

    @Test
    void ssoAdminRefusesAMemberOfAnotherOperation() {
        try (var client = SsoAdminClient.builder().endpointOverride(sandbox.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(Clients.credentials(t.management)).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(Clients.noRetries().toBuilder().addExecutionInterceptor(adding("Name"))
                        .build()).build()) {
            var refused = catchThrowableOfType(software.amazon.awssdk.services.ssoadmin.model.ValidationException.class,
                    () -> client.listPermissionSets(r -> r.instanceArn(t.instance.arn)));
            assertThat(refused.awsErrorDetails().errorMessage())
                    .isEqualTo("The ListPermissionSets request has a member the operation does not have: 'Name'.");
        }
    }

    @Test
    void membersOfNestedStructuresListsAndUnionsAreCheckedTooButDocumentsAreFree() {
        ModelMembers.requireKnown("sso-admin", "CreatePermissionSet", json("{\"InstanceArn\":\"a\",\"Name\":\"n\","
                + "\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}"));
        var nested = catchThrowableOfType(AwsError.class, () -> ModelMembers.requireKnown("sso-admin",
                "CreatePermissionSet", json("{\"InstanceArn\":\"a\",\"Name\":\"n\",\"Tags\":[{\"Key\":\"k\","
                        + "\"Colour\":\"v\"}]}")));
        assertThat(nested.code()).isEqualTo("ValidationException");
        assertThat(nested.getMessage())
                .isEqualTo("The CreatePermissionSet request has a member the operation does not have: 'Tags.Colour'.");
        var union = catchThrowableOfType(AwsError.class, () -> ModelMembers.requireKnown("identitystore",
                "GetGroupMembershipId", json("{\"IdentityStoreId\":\"d\",\"GroupId\":\"g\",\"MemberId\":"
                        + "{\"GroupId\":\"g\"}}")));
        assertThat(union.getMessage()).endsWith("'MemberId.GroupId'.");
        // An attribute value is a document: any JSON is a valid value (what it may be is checked elsewhere).
        ModelMembers.requireKnown("identitystore", "UpdateUser", json("{\"IdentityStoreId\":\"d\",\"UserId\":\"u\","
                + "\"Operations\":[{\"AttributePath\":\"name\",\"AttributeValue\":{\"anything\":1}}]}"));
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
