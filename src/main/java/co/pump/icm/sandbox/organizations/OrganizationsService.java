package co.pump.icm.sandbox.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.AwsJson;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.JsonInput;
import co.pump.icm.sandbox.JsonService;
import co.pump.icm.sandbox.Pagination;
import co.pump.icm.sandbox.StringShape;
import co.pump.icm.sandbox.Violations;
import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxOrganization;
import co.pump.icm.sandbox.state.SandboxWorld;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * AWS Organizations ({@code AWSOrganizationsV20161128}, AWS JSON 1.1), the read operations the
 * product uses: DescribeOrganization (any account of the organization), and ListAccounts,
 * DescribeAccount, ListDelegatedAdministrators, ListDelegatedServicesForAccount and ListRoots
 * (the management account or a delegated administrator only).
 *
 * <p>Bad input is InvalidInputException (the error Organizations models) with its Reason and a
 * message in AWS's validation wording; MaxResults is 1–20.
 */
public final class OrganizationsService implements JsonService {
    private static final StringShape ACCOUNT_ID = new StringShape(0, 12, "^\\d{12}$", false);
    private static final StringShape SERVICE_PRINCIPAL = new StringShape(1, 128, "[\\w+=,.@-]*", false);
    private static final StringShape NEXT_TOKEN = new StringShape(0, 100000, "[\\s\\S]*", false);
    private static final int MAX_RESULTS = 20;

    private final SandboxWorld world;
    private final int defaultPageSize;

    /**
     * @param defaultPageSize the page size when the request gives no MaxResults (at most 20 is used)
     */
    public OrganizationsService(SandboxWorld world, int defaultPageSize) {
        this.world = world;
        this.defaultPageSize = Math.min(defaultPageSize, MAX_RESULTS);
    }

    @Override
    public String targetPrefix() {
        return "AWSOrganizationsV20161128";
    }

    @Override
    public String serviceName() {
        return "organizations";
    }

    @Override
    public JsonNode call(String operation, Caller caller, ObjectNode input) {
        synchronized (world) {
            // Accounts scheduled to move do so before anything reads the organizations (AccountMoves).
            world.settle(world.now());
        }
        return switch (operation) {
            case "DescribeOrganization" -> describeOrganization(caller);
            case "ListAccounts" -> listAccounts(caller, input);
            case "DescribeAccount" -> describeAccount(caller, input);
            case "ListDelegatedAdministrators" -> listDelegatedAdministrators(caller, input);
            case "ListDelegatedServicesForAccount" -> listDelegatedServices(caller, input);
            case "ListRoots" -> listRoots(caller, input);
            default -> throw new AwsError(400, "UnknownOperationException", null);
        };
    }

    private JsonNode describeOrganization(Caller caller) {
        synchronized (world) {
            SandboxOrganization org = organizationOf(caller);
            ObjectNode response = AwsJson.object();
            response.set("Organization", OrganizationsJson.organization(org,
                    world.accounts.get(org.managementAccountId)));
            return response;
        }
    }

    private JsonNode listAccounts(Caller caller, ObjectNode body) {
        Paging paging = paging(body);
        synchronized (world) {
            SandboxOrganization org = administeredBy(caller);
            List<SandboxAccount> accounts = members(org);
            return page(accounts, "ListAccounts|" + org.id, paging, "Accounts", a -> OrganizationsJson.account(org, a));
        }
    }

    private JsonNode describeAccount(Caller caller, ObjectNode body) {
        var in = JsonInput.of(body, new Violations("InvalidInputException"));
        String accountId = in.string("AccountId", ACCOUNT_ID, true);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxOrganization org = administeredBy(caller);
            SandboxAccount account = memberAccount(org, accountId);
            ObjectNode response = AwsJson.object();
            response.set("Account", OrganizationsJson.account(org, account));
            return response;
        }
    }

    /**
     * ListDelegatedAdministrators. The sandbox knows delegation for IAM Identity Center only, so a
     * filter on any other service principal lists nobody.
     */
    private JsonNode listDelegatedAdministrators(Caller caller, ObjectNode body) {
        var in = JsonInput.of(body, new Violations("InvalidInputException"));
        String principal = in.string("ServicePrincipal", SERVICE_PRINCIPAL, false);
        Paging paging = paging(in);
        synchronized (world) {
            SandboxOrganization org = administeredBy(caller);
            List<SandboxAccount> admins = new ArrayList<>();
            if (principal == null || SandboxOrganization.SSO_SERVICE_PRINCIPAL.equals(principal)) {
                org.ssoDelegatedAdministrators.forEach(id -> world.account(id).ifPresent(admins::add));
            }
            return page(admins, "ListDelegatedAdministrators|" + org.id + "|" + principal, paging,
                    "DelegatedAdministrators", a -> OrganizationsJson.delegatedAdministrator(org, a));
        }
    }

    private JsonNode listDelegatedServices(Caller caller, ObjectNode body) {
        var in = JsonInput.of(body, new Violations("InvalidInputException"));
        String accountId = in.string("AccountId", ACCOUNT_ID, true);
        Paging paging = paging(in);
        synchronized (world) {
            SandboxOrganization org = administeredBy(caller);
            SandboxAccount account = memberAccount(org, accountId);
            if (!org.ssoDelegatedAdministrators.contains(accountId)) {
                throw new AwsError(400, "AccountNotRegisteredException",
                        "The specified account is not a delegated administrator for this Amazon Web Services service.");
            }
            List<SandboxAccount> services = List.of(account);
            return page(services, "ListDelegatedServicesForAccount|" + org.id + "|" + accountId, paging,
                    "DelegatedServices", a -> {
                        ObjectNode service = AwsJson.object();
                        service.put("ServicePrincipal", SandboxOrganization.SSO_SERVICE_PRINCIPAL);
                        service.put("DelegationEnabledDate", AwsJson.epochSeconds(a.joinedTimestamp));
                        return service;
                    });
        }
    }

    private JsonNode listRoots(Caller caller, ObjectNode body) {
        Paging paging = paging(body);
        synchronized (world) {
            SandboxOrganization org = administeredBy(caller);
            return page(List.of(org), "ListRoots|" + org.id, paging, "Roots", OrganizationsJson::root);
        }
    }

    /** MaxResults and NextToken of a request. */
    private record Paging(int size, String token) {
    }

    private Paging paging(ObjectNode body) {
        return paging(JsonInput.of(body, new Violations("InvalidInputException")));
    }

    private Paging paging(JsonInput in) {
        Integer max = in.integer("MaxResults", 1, MAX_RESULTS);
        String token = in.string("NextToken", NEXT_TOKEN, false);
        in.violations().throwIfAny();
        return new Paging(max == null ? defaultPageSize : max, token);
    }

    private static <T> ObjectNode page(List<T> all, String scope, Paging paging, String member,
                                       Function<T, JsonNode> toJson) {
        Pagination.Page<T> page;
        try {
            page = Pagination.page(all, scope, paging.token(), paging.size());
        } catch (Pagination.InvalidTokenException e) {
            // Wording of Organizations' INVALID_NEXT_TOKEN reason (botocore InvalidInputException docs).
            throw new AwsError(400, "InvalidInputException",
                    "You specified an invalid value for nextToken. You must get the value from the response to a previous call to the API.")
                    .with("Reason", "INVALID_NEXT_TOKEN");
        }
        ObjectNode response = AwsJson.object();
        ArrayNode items = response.putArray(member);
        page.items().forEach(item -> items.add(toJson.apply(item)));
        if (page.nextToken() != null) {
            response.put("NextToken", page.nextToken());
        }
        return response;
    }

    /** The caller's organization. Call inside {@code synchronized (world)}. */
    private SandboxOrganization organizationOf(Caller caller) {
        return world.organizationOf(caller.accountId()).orElseThrow(() -> new AwsError(400,
                "AWSOrganizationsNotInUseException", "Your account is not a member of an organization."));
    }

    /** The caller's organization, when the caller is its management account or a delegated administrator. */
    private SandboxOrganization administeredBy(Caller caller) {
        SandboxOrganization org = organizationOf(caller);
        if (!org.managementAccountId.equals(caller.accountId())
                && !org.ssoDelegatedAdministrators.contains(caller.accountId())) {
            throw AwsError.accessDenied("You don't have permissions to access this resource.");
        }
        return org;
    }

    private List<SandboxAccount> members(SandboxOrganization org) {
        List<SandboxAccount> accounts = new ArrayList<>();
        org.accountIds.forEach(id -> world.account(id).ifPresent(accounts::add));
        return accounts;
    }

    private SandboxAccount memberAccount(SandboxOrganization org, String accountId) {
        return world.account(accountId).filter(a -> org.id.equals(a.organizationId))
                .orElseThrow(() -> new AwsError(400, "AccountNotFoundException",
                        "You specified an account that doesn't exist."));
    }
}
