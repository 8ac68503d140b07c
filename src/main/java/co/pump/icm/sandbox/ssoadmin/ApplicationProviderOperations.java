package co.pump.icm.sandbox.ssoadmin;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.ApplicationKind;

/**
 * ListApplicationProviders and DescribeApplicationProvider over a small catalog: the two customer
 * managed providers and two AWS managed ones whose ARNs public code uses. AWS's catalog is much
 * longer and its display texts are not published; these are the sandbox's own. The catalog is
 * global: no instance is needed to read it.
 */
final class ApplicationProviderOperations {

    /** One provider: its ARN, federation protocol (SAML or OAUTH) and how the portal shows it. */
    record Provider(String arn, String protocol, String displayName, String description) {
    }

    static final List<Provider> CATALOG = List.of(
            new Provider(ApplicationKind.CUSTOM_OAUTH_PROVIDER, "OAUTH", "Customer managed OAuth 2.0 application",
                    "An application of your own that uses OAuth 2.0 with IAM Identity Center"),
            new Provider(ApplicationKind.CUSTOM_SAML_PROVIDER, "SAML", "Customer managed SAML 2.0 application",
                    "An application of your own that uses SAML 2.0 with IAM Identity Center"),
            new Provider("arn:aws:sso::aws:applicationProvider/qbusiness", "OAUTH", "Amazon Q Business",
                    "Generative AI assistant for your company's data"),
            new Provider("arn:aws:sso::aws:applicationProvider/redshift", "OAUTH", "Amazon Redshift",
                    "Data warehouse queries with the user's identity"));

    void register(Map<String, Operation> operations) {
        operations.put("ListApplicationProviders", this::list);
        operations.put("DescribeApplicationProvider", this::describe);
    }

    private JsonNode list(Caller caller, Input in) {
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, CATALOG, maxResults, token).writeTo(out, "ApplicationProviders",
                ApplicationProviderOperations::json);
        return out;
    }

    private JsonNode describe(Caller caller, Input in) {
        String arn = in.required("ApplicationProviderArn", Shapes.APPLICATION_PROVIDER_ARN);
        in.validate();
        return CATALOG.stream().filter(p -> p.arn().equals(arn)).findFirst()
                .map(ApplicationProviderOperations::json)
                .orElseThrow(() -> AwsError.notFound("The application provider with arn '" + arn
                        + "' does not exist."));
    }

    private static ObjectNode json(Provider provider) {
        ObjectNode out = JsonNodeFactory.instance.objectNode()
                .put("ApplicationProviderArn", provider.arn())
                .put("FederationProtocol", provider.protocol());
        out.putObject("DisplayData")
                .put("DisplayName", provider.displayName())
                .put("Description", provider.description());
        return out;
    }
}
