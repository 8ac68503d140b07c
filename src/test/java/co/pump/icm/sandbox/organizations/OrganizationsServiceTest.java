package co.pump.icm.sandbox.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.TestWorld;
import co.pump.icm.sandbox.state.SandboxAccount;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountJoinedMethod;
import software.amazon.awssdk.services.organizations.model.AccountNotFoundException;
import software.amazon.awssdk.services.organizations.model.AccountNotRegisteredException;
import software.amazon.awssdk.services.organizations.model.AccountStatus;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

class OrganizationsServiceTest {
    private TestWorld t;
    private Sandbox sandbox;
    private OrganizationsClient management;

    @BeforeEach
    void start() {
        t = new TestWorld();
        synchronized (t.world) {
            for (int i = 0; i < 5; i++) {
                var account = new SandboxAccount(t.world.ids().accountId(), "Extra " + i, "extra" + i + "@example.com");
                account.organizationId = t.organization.id;
                account.joinedMethod = "INVITED";
                t.world.accounts.put(account.id, account);
                t.organization.accountIds.add(account.id);
            }
        }
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world).withPageSize(3));
        management = Clients.organizations(sandbox, t.management);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        assertThat(sandbox.stats().internalFailures()).isEmpty();
    }

    @Test
    void describesTheOrganizationToAnyMember() {
        var org = Clients.organizations(sandbox, t.member).describeOrganization().organization();
        assertThat(org.id()).isEqualTo(t.organization.id);
        assertThat(org.arn()).isEqualTo("arn:aws:organizations::" + t.management.accountId() + ":organization/" + t.organization.id);
        assertThat(org.masterAccountId()).isEqualTo(t.management.accountId());
        assertThat(org.masterAccountArn()).isEqualTo("arn:aws:organizations::" + t.management.accountId() + ":account/"
                + t.organization.id + "/" + t.management.accountId());
        assertThat(org.masterAccountEmail()).isEqualTo("root@example.com");
        assertThat(org.featureSet()).isEqualTo(OrganizationFeatureSet.ALL);
    }

    @Test
    void anAccountOutsideAnyOrganizationIsNotInUse() {
        var outsider = Clients.organizations(sandbox, t.outsider);
        assertThatThrownBy(outsider::describeOrganization).isInstanceOfSatisfying(AwsOrganizationsNotInUseException.class,
                e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Your account is not a member of an organization."));
        assertThatThrownBy(outsider::listAccounts).isInstanceOf(AwsOrganizationsNotInUseException.class);
    }

    @Test
    void listsAccountsPageByPage() {
        var first = management.listAccounts();
        assertThat(first.accounts()).hasSize(3);
        assertThat(first.nextToken()).isNotNull();
        List<Account> all = management.listAccountsPaginator().stream().flatMap(p -> p.accounts().stream()).toList();
        assertThat(all).hasSize(8);
        assertThat(all.get(0).id()).isEqualTo(t.management.accountId());
        Account mgmt = all.get(0);
        assertThat(mgmt.name()).isEqualTo("Management");
        assertThat(mgmt.email()).isEqualTo("root@example.com");
        assertThat(mgmt.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(mgmt.joinedMethod()).isEqualTo(AccountJoinedMethod.CREATED);
        assertThat(mgmt.joinedTimestamp()).isEqualTo(Instant.ofEpochMilli(1_600_000_000_500L));
        assertThat(mgmt.arn()).matches("arn:aws:organizations::\\d{12}:account/o-[a-z0-9]{10,32}/\\d{12}");
        assertThat(all.get(7).joinedMethod()).isEqualTo(AccountJoinedMethod.INVITED);
        assertThat(management.listAccounts(r -> r.maxResults(20)).accounts()).hasSize(8);
    }

    @Test
    void maxResultsIsOneToTwenty() {
        assertThatThrownBy(() -> management.listAccounts(r -> r.maxResults(21)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value '21' at 'maxResults' failed to satisfy constraint: "
                                + "Member must have value less than or equal to 20"));
    }

    @Test
    void refusesATokenThatWasNotIssued() {
        assertThatThrownBy(() -> management.listAccounts(r -> r.nextToken("nope")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.reasonAsString()).isEqualTo("INVALID_NEXT_TOKEN");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("You specified an invalid value for nextToken. "
                            + "You must get the value from the response to a previous call to the API.");
                });
    }

    @Test
    void onlyTheManagementAccountOrADelegatedAdministratorListsAccounts() {
        assertThat(Clients.organizations(sandbox, t.delegatedAdmin).listAccounts().accounts()).hasSize(3);
        assertThatThrownBy(() -> Clients.organizations(sandbox, t.member).listAccounts())
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("You don't have permissions to access this resource."));
    }

    @Test
    void describesAnAccount() {
        var account = management.describeAccount(r -> r.accountId(t.member.accountId())).account();
        assertThat(account.name()).isEqualTo("Workload");
        assertThatThrownBy(() -> management.describeAccount(r -> r.accountId(t.outsider.accountId())))
                .isInstanceOfSatisfying(AccountNotFoundException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("You specified an account that doesn't exist."));
        assertThatThrownBy(() -> management.describeAccount(r -> r.accountId("12")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value '12' at 'accountId' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern: ^\\d{12}$"));
    }

    @Test
    void listsDelegatedAdministrators() {
        var admins = management.listDelegatedAdministrators(r -> r.servicePrincipal("sso.amazonaws.com")).delegatedAdministrators();
        assertThat(admins).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(t.delegatedAdmin.accountId());
            assertThat(a.name()).isEqualTo("Identity");
            assertThat(a.delegationEnabledDate()).isNotNull();
        });
        assertThat(management.listDelegatedAdministrators(r -> { }).delegatedAdministrators()).hasSize(1);
        assertThat(management.listDelegatedAdministrators(r -> r.servicePrincipal("securityhub.amazonaws.com"))
                .delegatedAdministrators()).isEmpty();
    }

    @Test
    void listsTheServicesAnAccountAdministers() {
        var services = management.listDelegatedServicesForAccount(r -> r.accountId(t.delegatedAdmin.accountId()))
                .delegatedServices();
        assertThat(services).singleElement().satisfies(s -> assertThat(s.servicePrincipal()).isEqualTo("sso.amazonaws.com"));
        assertThatThrownBy(() -> management.listDelegatedServicesForAccount(r -> r.accountId(t.member.accountId())))
                .isInstanceOfSatisfying(AccountNotRegisteredException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("The specified account is not a delegated administrator for this Amazon Web Services service."));
        assertThatThrownBy(() -> management.listDelegatedServicesForAccount(r -> r.accountId(t.outsider.accountId())))
                .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void listsTheRoot() {
        assertThat(management.listRoots().roots()).singleElement().satisfies(root -> {
            assertThat(root.id()).matches("r-[0-9a-z]{4,32}");
            assertThat(root.name()).isEqualTo("Root");
            assertThat(root.arn()).isEqualTo("arn:aws:organizations::" + t.management.accountId() + ":root/"
                    + t.organization.id + "/" + root.id());
        });
    }
}
