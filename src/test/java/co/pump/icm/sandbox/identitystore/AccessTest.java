package co.pump.icm.sandbox.identitystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import co.pump.icm.sandbox.Clients;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.AccessDeniedException;
import software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException;

/** Only the account that administers the instance may use its identity store. */
class AccessTest extends IdentityStoreTestBase {

    @Test
    void theDelegatedAdministratorMayUseTheStore() {
        var admin = Clients.identityStore(sandbox, t.delegatedAdmin);
        String id = admin.createUser(r -> r.identityStoreId(store).userName("via.admin").displayName("A")
                .name(n -> n.givenName("A").familyName("B"))).userId();
        assertThat(client.describeUser(r -> r.identityStoreId(store).userId(id)).createdBy()).isEqualTo(t.delegatedAdmin.arn());
    }

    @Test
    void temporaryCredentialsOfTheManagementAccountWork() {
        var temp = Clients.identityStore(sandbox, t.temporary);
        assertThat(temp.listUsers(r -> r.identityStoreId(store)).users()).isEmpty();
    }

    @Test
    void aMemberAccountIsDenied() {
        var member = Clients.identityStore(sandbox, t.member);
        assertThatThrownBy(() -> member.listUsers(r -> r.identityStoreId(store)))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(message(e)).isEqualTo("User: " + t.member.arn()
                            + " is not authorized to perform: identitystore:ListUsers on resource: arn:aws:identitystore::"
                            + t.member.accountId() + ":identitystore/" + store);
                });
    }

    @Test
    void anAccountOutsideTheOrganizationIsDenied() {
        var outsider = Clients.identityStore(sandbox, t.outsider);
        assertThatThrownBy(() -> outsider.createGroup(r -> r.identityStoreId(store).displayName("X")))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(message(e)).contains("identitystore:CreateGroup"));
        assertThat(sandbox.calls().writes()).singleElement()
                .satisfies(c -> assertThat(c.error()).isEqualTo("AccessDeniedException"));
    }

    @Test
    void anotherStoreIsDenied() {
        assertThatThrownBy(() -> client.listGroups(r -> r.identityStoreId("d-0000000000")))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(message(e)).endsWith(":identitystore/d-0000000000"));
    }

    @Test
    void theStoreIsNotFoundInAnotherRegion() {
        IdentitystoreClient elsewhere = IdentitystoreClient.builder().endpointOverride(sandbox.endpoint())
                .region(Region.EU_WEST_1).credentialsProvider(Clients.credentials(t.management))
                .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(Clients.noRetries()).build();
        assertThatThrownBy(() -> elsewhere.listUsers(r -> r.identityStoreId(store)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceTypeAsString()).isEqualTo("IDENTITY_STORE");
                    assertThat(e.resourceId()).isEqualTo(store);
                });
    }
}
