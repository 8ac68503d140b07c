package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.data.DemoApplications;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SandboxSeeder;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Independent readers of the sandbox: boto3 reads the demo company's applications and token issuer
 * with botocore's own model and paginators (as backup tools do), and the AWS CLI tags, lists and is
 * refused. Where the installed version does not know the application operations (Debian's older
 * awscli 2.9, or no boto3) the rest is skipped, saying why; the CLI's tag operations run everywhere.
 */
class ApplicationCliAndBoto3Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final SandboxWorld world = new SandboxWorld(11);
    private final SeededWorld seeded = SandboxSeeder.seed(world, DemoData.scenario());
    private final Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(world));

    @AfterEach
    void stop() {
        sandbox.close();
        assertThat(sandbox.stats().internalFailures()).as("sandbox bugs").isEmpty();
    }

    private record Run(int exit, String out, String err) {
    }

    @Test
    void boto3ReadsTheDemoApplicationsAsABackupToolDoes() throws Exception {
        Run probe = run(seeded.source(), DemoData.SOURCE_REGION, "python3", "-c",
                "import boto3; assert hasattr(boto3.client('sso-admin', region_name='us-east-1'), "
                        + "'list_application_assignments')");
        Assumptions.assumeTrue(probe.exit() == 0, "boto3 with the application operations is not installed: "
                + probe.err());
        Path script = home.resolve("read_applications.py");
        try (InputStream in = getClass().getResourceAsStream("read_applications.py")) {
            Files.write(script, in.readAllBytes());
        }
        Run read = run(seeded.source(), DemoData.SOURCE_REGION, "python3", script.toString());
        assertThat(read.exit()).as(read.err()).isZero();
        JsonNode out = JSON.readTree(read.out());

        JsonNode apps = out.path("applications");
        assertThat(names(apps)).containsExactly(DemoApplications.WIKI, DemoApplications.ANALYTICS,
                DemoApplications.REPORTS, DemoApplications.GRAFANA, DemoApplications.ASSISTANT);
        JsonNode wiki = apps.get(0);
        assertThat(wiki.path("account").asText()).isEqualTo(DemoData.MANAGEMENT);
        assertThat(wiki.path("created").asText()).startsWith("2023-06-02T15:40:07");
        assertThat(wiki.path("assignments")).extracting(JsonNode::asText)
                .containsExactly("GROUP", "GROUP", "GROUP", "USER");
        assertThat(wiki.path("assignmentRequired").asBoolean()).isTrue();
        assertThat(wiki.path("grants").path("authorization_code").path("AuthorizationCode").path("RedirectUris"))
                .hasSize(2);
        JsonNode analytics = apps.get(1);
        assertThat(analytics.path("assignmentRequired").asBoolean()).isFalse();
        assertThat(analytics.path("sessions").asText()).isEqualTo("ENABLED");
        String issuer = out.path("issuers").get(0).path("arn").asText();
        assertThat(analytics.path("grants").path("urn:ietf:params:oauth:grant-type:jwt-bearer").path("JwtBearer")
                .path("AuthorizedTokenIssuers").get(0).path("TrustedTokenIssuerArn").asText()).isEqualTo(issuer);
        assertThat(fieldNames(analytics.path("grants"))).containsExactly("urn:ietf:params:oauth:grant-type:jwt-bearer",
                "refresh_token", "urn:ietf:params:oauth:grant-type:token-exchange");
        assertThat(fieldNames(analytics.path("scopes"))).containsExactly("s3:access:read_write", "lakeformation:query",
                "redshift:connect");
        assertThat(analytics.path("scopes").path("redshift:connect").get(0).asText())
                .isEqualTo(apps.get(2).path("arn").asText());
        assertThat(analytics.path("methods").get(0).path("Statement").get(0).path("Action").asText())
                .isEqualTo("sso-oauth:CreateTokenWithIAM");
        assertThat(apps.get(3).path("provider").asText()).isEqualTo("arn:aws:sso::aws:applicationProvider/custom-saml");
        assertThat(out.path("issuers")).singleElement().satisfies(i -> {
            assertThat(i.path("name").asText()).isEqualTo(DemoApplications.TOKEN_ISSUER);
            assertThat(i.path("url").asText()).isEqualTo("https://login.larkspur.example/oauth2/default");
        });

        JsonNode refusals = out.path("refusals");
        assertThat(refusals.path("createSaml").path("code").asText()).isEqualTo("ValidationException");
        assertThat(refusals.path("createSaml").path("message").asText()).isEqualTo("The application provider with "
                + "arn 'arn:aws:sso::aws:applicationProvider/custom-saml' is not supported for this action.");
        assertThat(refusals.path("samlConfiguration").path("message").asText()).isEqualTo("The application with arn '"
                + apps.get(3).path("arn").asText() + "' is not supported for this action.");
        assertThat(refusals.path("twentySixthScope").path("message").asText()).isEqualTo("The application with arn '"
                + out.path("created").asText() + "' already has 25 access scopes, the most an application can have.");
        assertThat(out.path("created").asText()).startsWith("arn:aws:sso::" + DemoData.MANAGEMENT + ":application/");

        Run delegated = run(seeded.target(), DemoData.TARGET_REGION, "python3", "-c",
                "import boto3, os\n"
                        + "from botocore.exceptions import ClientError\n"
                        + "c = boto3.client('sso-admin', endpoint_url=os.environ['SANDBOX_ENDPOINT'])\n"
                        + "arn = c.list_instances()['Instances'][0]['InstanceArn']\n"
                        + "try:\n    c.list_applications(InstanceArn=arn)\n"
                        + "except ClientError as e:\n    print(e.response['Error']['Code'] + ': ' "
                        + "+ e.response['Error']['Message'])\n"
                        + "print(len(c.list_applications(InstanceArn=arn, Filter={'ApplicationAccount': '"
                        + DemoData.TARGET_DELEGATED_ADMIN + "'})['Applications']))\n");
        assertThat(delegated.exit()).as(delegated.err()).isZero();
        assertThat(delegated.out()).isEqualTo("AccessDeniedException: User: " + seeded.target().arn()
                + " is not authorized to perform: sso:ListApplications on resource: " + seeded.targetInstanceArn()
                + "\n0\n");
    }

    @Test
    void theAwsCliListsTheApplicationsAndIsRefusedAsAwsRefuses() throws Exception {
        String wikiArn;
        String issuerArn;
        synchronized (world) {
            var source = world.instances.get(seeded.sourceInstanceArn());
            wikiArn = source.applications.values().stream().filter(a -> a.name.equals(DemoApplications.WIKI))
                    .findFirst().orElseThrow().arn;
            issuerArn = source.trustedTokenIssuers.keySet().iterator().next();
        }
        // Tags exist in every AWS CLI version, including Debian's 2.9.
        Run wikiTags = aws("list-tags-for-resource", "--resource-arn", wikiArn);
        assertThat(wikiTags.exit()).as(wikiTags.err()).isZero();
        assertThat(JSON.readTree(wikiTags.out()).path("Tags").get(0).path("Key").asText()).isEqualTo("owner");
        Run tagIssuer = aws("tag-resource", "--resource-arn", issuerArn, "--tags", "Key=env,Value=prod");
        assertThat(tagIssuer.exit()).as(tagIssuer.err()).isZero();
        assertThat(JSON.readTree(aws("list-tags-for-resource", "--resource-arn", issuerArn).out()).path("Tags"))
                .extracting(t -> t.path("Key").asText()).containsExactly("owner", "env");

        Run probe = run(seeded.source(), DemoData.SOURCE_REGION, "aws", "sso-admin", "list-application-assignments",
                "--generate-cli-skeleton");
        Assumptions.assumeTrue(probe.exit() == 0, "the installed AWS CLI does not know the application operations "
                + "(the tags above were read): " + probe.err());
        String instance = seeded.sourceInstanceArn();
        Run list = aws("list-applications", "--instance-arn", instance);
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode apps = JSON.readTree(list.out()).path("Applications");
        assertThat(names(apps)).contains(DemoApplications.WIKI, DemoApplications.GRAFANA, DemoApplications.ASSISTANT)
                .hasSize(5);
        String grafana = arnOf(apps, DemoApplications.GRAFANA);
        Run assignments = aws("list-application-assignments", "--application-arn", grafana);
        assertThat(assignments.exit()).as(assignments.err()).isZero();
        assertThat(JSON.readTree(assignments.out()).path("ApplicationAssignments")).hasSize(4);
        Run issuers = aws("list-trusted-token-issuers", "--instance-arn", instance);
        assertThat(JSON.readTree(issuers.out()).path("TrustedTokenIssuers").get(0).path("Name").asText())
                .isEqualTo(DemoApplications.TOKEN_ISSUER);

        Run refused = aws("update-application", "--application-arn", grafana, "--description", "Dashboards");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err().strip()).isEqualTo("An error occurred (ValidationException) when calling the "
                + "UpdateApplication operation: The application with arn '" + grafana
                + "' is not supported for this action.");
    }

    private Run aws(String operation, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws", "sso-admin", operation, "--output", "json",
                "--endpoint-url", sandbox.endpoint().toString()));
        command.addAll(List.of(args));
        return run(seeded.source(), DemoData.SOURCE_REGION, command.toArray(String[]::new));
    }

    /** Runs a program with only the given credentials and region, and no AWS configuration files. */
    private Run run(SandboxCredential credential, String region, String... command)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", credential.accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", credential.secretAccessKey());
        if (credential.sessionToken() != null) {
            env.put("AWS_SESSION_TOKEN", credential.sessionToken());
        }
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_PAGER", "");
        env.put("SANDBOX_ENDPOINT", sandbox.endpoint().toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Run(127, "", command[0] + " is not installed: " + e.getMessage());
        }
        var out = process.getInputStream();
        var err = process.getErrorStream();
        byte[] stdout = out.readAllBytes();
        byte[] stderr = err.readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    private static List<String> names(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.path("name").isMissingNode()
                ? i.path("Name").asText() : i.path("name").asText()).filter(n -> !n.isEmpty()).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String arnOf(JsonNode apps, String name) {
        return StreamSupport.stream(apps.spliterator(), false).filter(a -> a.path("Name").asText().equals(name))
                .findFirst().orElseThrow().path("ApplicationArn").asText();
    }
}
