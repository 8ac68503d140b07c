package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code icm login} in a terminal, approved on the sandbox's page by a "browser" over HTTP. */
class LoginCommandTest {

    private static final Pattern CODE = Pattern.compile("user_code=([A-Z]{4}-[A-Z]{4})");

    static SandboxFixture fixture;

    @BeforeAll
    static void start() {
        fixture = SandboxFixture.demo();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private String startUrl() {
        return "https://" + fixture.seeded().sourceIdentityStoreId() + ".awsapps.com/start";
    }

    /** Runs icm login, approves (or denies) the code it prints, and returns what it printed. */
    private CommandRun login(String button, String... more) throws Exception {
        var out = new StringWriter();
        var err = new StringWriter();
        var args = new java.util.ArrayList<>(java.util.List.of("login", "--start-url", startUrl(), "--region",
                "us-east-1", "--endpoint-url", fixture.sandbox().endpoint().toString()));
        args.addAll(java.util.List.of(more));
        String[] all = args.toArray(String[]::new);
        var running = CompletableFuture.supplyAsync(() -> Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true)));
        String code = null;
        for (int i = 0; i < 300 && code == null && !running.isDone(); i++) {
            Matcher m = CODE.matcher(out.toString());
            if (m.find()) {
                code = m.group(1);
            } else {
                Thread.sleep(50);
            }
        }
        assertThat(code).as(out + err.toString()).isNotNull();
        String form = "user_code=" + code + "&user_name=" + URLEncoder.encode("maya.okafor@larkspur.example",
                StandardCharsets.UTF_8);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(fixture.sandbox().endpoint()
                        .resolve(URI.create("/device/" + button))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        int exit = running.get(60, TimeUnit.SECONDS);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    @Test
    void listsTheAccountsAndRolesAfterSigningIn() throws Exception {
        var run = login("approve");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("To sign in, open this page in a browser and approve the code ")
                .contains("  " + fixture.sandbox().endpoint() + "/device?user_code=")
                .contains("Waiting for the approval (the code expires in 10 minutes; Ctrl-C cancels)...")
                .contains("You may use these accounts and roles:")
                .contains("  111111111111  larkspur-management          AdministratorAccess")
                .endsWith("Choose one with --account ID --role NAME." + System.lineSeparator());
    }

    @Test
    void saysWhichIdentityAChosenRoleIsWithoutASecret() throws Exception {
        var run = login("approve", "--account", "111111111111", "--role", "AdministratorAccess");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Role AdministratorAccess in account 111111111111 signs in as "
                + "arn:aws:sts::111111111111:assumed-role/AWSReservedSSO_AdministratorAccess_[0-9a-f]{16}/"
                + "maya\\.okafor@larkspur\\.example \\(its credentials last until .*\\)\\.");
        for (var credential : fixture.world().credentials.values()) {
            if (credential.sessionToken() != null) {
                assertThat(run.out()).doesNotContain(credential.secretAccessKey()).doesNotContain(credential.sessionToken());
            }
        }
        assertThat(run.out()).doesNotContain("export AWS_");
    }

    @Test
    void aDeniedSignInIsAnAccessProblem() throws Exception {
        var run = login("deny");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.AWS_ACCESS);
        assertThat(run.err()).isEqualTo("icm: The sign-in was denied on the verification page. Start again and approve "
                + "the code if it matches the one shown here." + System.lineSeparator());
    }

    @Test
    void badOptionsAreRefusedBeforeSigningIn() {
        var run = CommandRun.of("login", "--start-url", "http://x", "--region", "us-east-1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("icm: 'http://x' is not an AWS access portal URL.");
        var half = CommandRun.of("login", "--start-url", startUrl(), "--region", "us-east-1", "--account", "111111111111");
        assertThat(half.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(half.err()).isEqualTo("icm: Give both --account and --role, or neither (to list the choices)."
                + System.lineSeparator());
        var noRegion = CommandRun.of("login", "--start-url", startUrl());
        assertThat(noRegion.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noRegion.err()).contains("Missing required option: '--region=REGION'");
    }
}
