package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.identitystore.model.IdentitystoreException;
import software.amazon.awssdk.services.sts.model.StsException;

class AuthenticationTest {
    private TestWorld t;
    private Sandbox sandbox;

    @BeforeEach
    void start() {
        t = new TestWorld();
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world));
    }

    @AfterEach
    void stop() {
        assertThat(sandbox.stats().internalFailures()).isEmpty();
        sandbox.close();
    }

    @Test
    void theRightKeysPass() {
        var client = Clients.identityStore(sandbox, t.management);
        assertThat(client.listUsers(r -> r.identityStoreId(t.storeId())).users()).isEmpty();
        assertThat(sandbox.calls().records()).singleElement()
                .satisfies(c -> assertThat(c.account()).isEqualTo(t.management.accountId()));
    }

    @Test
    void aWrongSecretIsRefusedByJsonServices() {
        var client = Clients.identityStore(sandbox.endpoint(),
                Clients.credentials(t.management.accessKeyId(), "wrong" + t.management.secretAccessKey()));
        assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(t.storeId())))
                .isInstanceOfSatisfying(IdentitystoreException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("The request signature we calculated does not "
                            + "match the signature you provided. Check your AWS Secret Access Key and signing method.");
                });
        assertThat(sandbox.calls().records()).singleElement().satisfies(c -> {
            assertThat(c.account()).isNull();
            assertThat(c.error()).isEqualTo("InvalidSignatureException");
        });
    }

    @Test
    void anUnknownKeyIsRefusedByJsonServices() {
        var client = Clients.identityStore(sandbox.endpoint(), Clients.credentials("AKIANOTAKEY000000000", "secret"));
        assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(t.storeId())))
                .isInstanceOfSatisfying(IdentitystoreException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid.");
                });
    }

    @Test
    void stsAnswersAnUnknownKeyWithInvalidClientTokenIdInXml() {
        var sts = Clients.sts(sandbox, Clients.credentials("AKIANOTAKEY000000000", "secret"));
        assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid.");
        });
    }

    @Test
    void stsAnswersAWrongSecretWithSignatureDoesNotMatch() {
        var sts = Clients.sts(sandbox, Clients.credentials(t.member.accessKeyId(), "not-the-secret"));
        assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
            assertThat(e.statusCode()).isEqualTo(403);
        });
    }

    @Test
    void temporaryKeysNeedTheirSessionToken() {
        var withToken = Clients.sts(sandbox, Clients.credentials(t.temporary));
        assertThat(withToken.getCallerIdentity().arn()).isEqualTo(t.temporary.arn());
        var withoutToken = Clients.sts(sandbox, StaticCredentialsProvider.create(
                AwsBasicCredentials.create(t.temporary.accessKeyId(), t.temporary.secretAccessKey())));
        assertThatThrownBy(withoutToken::getCallerIdentity).isInstanceOfSatisfying(StsException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
    }

    @Test
    void aHandMadeBadSignatureIsRefused() {
        String body = "{\"IdentityStoreId\":\"" + t.storeId() + "\"}";
        var headers = new java.util.LinkedHashMap<>(RawHttp.sign(sandbox.endpoint(), t.management, "identitystore",
                Map.of("Content-Type", "application/x-amz-json-1.1", "X-Amz-Target", "AWSIdentityStore.ListUsers"), body));
        String auth = headers.get("Authorization");
        headers.put("Authorization", auth.substring(0, auth.indexOf("Signature=")) + "Signature=" + "0".repeat(64));
        var answer = RawHttp.post(sandbox.endpoint(), "/", headers, body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("InvalidSignatureException");
        assertThat(answer.body()).contains("\"__type\":\"InvalidSignatureException\"");
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String body = "{\"IdentityStoreId\":\"" + t.storeId() + "\"}";
        var headers = RawHttp.sign(sandbox.endpoint(), t.management, "identitystore",
                Map.of("Content-Type", "application/x-amz-json-1.1", "X-Amz-Target", "AWSIdentityStore.ListUsers"), body);
        var answer = RawHttp.post(sandbox.endpoint(), "/", headers, body.replace("}", ",\"MaxResults\":5}"));
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("InvalidSignatureException");
    }

    @Test
    void aHandMadeCorrectSignaturePasses() {
        var answer = RawHttp.json(sandbox.endpoint(), t.management, "identitystore", "AWSIdentityStore.ListUsers",
                "{\"IdentityStoreId\":\"" + t.storeId() + "\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"Users\":[]}");
    }

    @Test
    void aRequestScopedToAnotherServiceIsRefused() {
        var answer = RawHttp.json(sandbox.endpoint(), t.management, "sso", "AWSIdentityStore.ListUsers",
                "{\"IdentityStoreId\":\"" + t.storeId() + "\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("InvalidSignatureException");
        assertThat(answer.body()).contains("Credential should be scoped to correct service: 'identitystore'.");
    }

    @Test
    void aMissingAuthorizationHeaderIsRefused() {
        var answer = RawHttp.post(sandbox.endpoint(), "/", Map.of("Content-Type", "application/x-amz-json-1.1",
                "X-Amz-Target", "AWSIdentityStore.ListUsers"), "{}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
        assertThat(answer.body()).isEqualTo("{\"__type\":\"MissingAuthenticationTokenException\",\"message\":\"Missing Authentication Token\"}");
    }

    @Test
    void aMissingDateHeaderIsAnIncompleteSignature() {
        var headers = new java.util.LinkedHashMap<>(RawHttp.sign(sandbox.endpoint(), t.management, "identitystore",
                Map.of("Content-Type", "application/x-amz-json-1.1", "X-Amz-Target", "AWSIdentityStore.ListUsers"), "{}"));
        headers.remove("x-amz-date");
        var answer = RawHttp.post(sandbox.endpoint(), "/", headers, "{}");
        assertThat(answer.header("X-Amzn-ErrorType")).isEqualTo("IncompleteSignatureException");
        assertThat(answer.body()).contains("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }

    @Test
    void stsAnswersAMissingAuthorizationInXml() {
        var answer = RawHttp.post(sandbox.endpoint(), "/", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "Action=GetCallerIdentity&Version=2011-06-15");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("<Code>MissingAuthenticationToken</Code>").contains("<Type>Sender</Type>");
    }

    @Test
    void errorsAreAwsServiceExceptionsWithARequestId() {
        var client = Clients.identityStore(sandbox.endpoint(), Clients.credentials("AKIANOTAKEY000000000", "secret"));
        assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(t.storeId())))
                .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(e.requestId()).hasSize(36));
    }
}
