package co.pump.icm.aws.signin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import co.pump.icm.aws.AwsProblems;
import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The profiles of the AWS config and credentials files, each with its kind and region, for the
 * sign-in step's profile list. Reading the list never touches a secret value: a profile's kind is
 * decided by which settings it has, not by their values.
 *
 * <pre>{@code
 * AwsProfiles profiles = AwsProfiles.load();            // honours AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE
 * for (AwsProfile p : profiles.list()) { ... p.name(), p.kind().label(), p.region() ... }
 * }</pre>
 */
public final class AwsProfiles {

    private final ProfileFile file;
    private final String source;

    private AwsProfiles(ProfileFile file, String source) {
        this.file = file;
        this.source = source;
    }

    /**
     * The files of this computer's AWS CLI, found as the SDK finds them: {@code AWS_CONFIG_FILE}
     * and {@code AWS_SHARED_CREDENTIALS_FILE} (or the {@code aws.configFile} and
     * {@code aws.sharedCredentialsFile} system properties), else {@code ~/.aws/config} and
     * {@code ~/.aws/credentials}.
     */
    public static AwsProfiles load() {
        return new AwsProfiles(ProfileFile.defaultProfileFile(), "the AWS config and credentials files");
    }

    /** The files the given environment variables point at (tests pass a map's {@code get}). */
    public static AwsProfiles load(Function<String, String> environment) {
        var locations = new AwsFileLocations(environment);
        return load(locations.configFile(), locations.credentialsFile());
    }

    /**
     * The given config and credentials files; either may be null or missing (then it has no profiles).
     *
     * @throws MigratorException (bad input) when a file exists but cannot be parsed
     */
    public static AwsProfiles load(Path configFile, Path credentialsFile) {
        ProfileFile.Aggregator files = ProfileFile.aggregator();
        var names = new ArrayList<String>();
        // Added in the SDK's order, so that the credentials file wins where both set something.
        add(files, configFile, ProfileFile.Type.CONFIGURATION, names);
        add(files, credentialsFile, ProfileFile.Type.CREDENTIALS, names);
        return new AwsProfiles(files.build(), names.isEmpty() ? "no AWS config or credentials file" : String.join(" and ", names));
    }

    /** Profiles from an already parsed {@link ProfileFile}. */
    public static AwsProfiles of(ProfileFile file) {
        return new AwsProfiles(file, "the AWS config files");
    }

    /** Every profile, sorted by name with {@code default} first. */
    public List<AwsProfile> list() {
        return file.profiles().values().stream()
                .map(this::describe)
                .sorted(Comparator.comparing((AwsProfile p) -> !"default".equals(p.name())).thenComparing(AwsProfile::name))
                .toList();
    }

    public Optional<AwsProfile> find(String name) {
        return file.profile(name).map(this::describe);
    }

    /**
     * The named profile.
     *
     * @throws MigratorException (AWS access) when there is no such profile
     */
    public AwsProfile require(String name) {
        return find(name).orElseThrow(() -> AwsProblems.unknownProfile(name, source));
    }

    /** The parsed files, for the SDK's credential providers. */
    public ProfileFile file() {
        return file;
    }

    private static void add(ProfileFile.Aggregator files, Path path, ProfileFile.Type type, List<String> names) {
        if (path == null || !Files.isRegularFile(path)) {
            return;
        }
        try {
            files.addFile(ProfileFile.builder().content(path).type(type).build());
            names.add(path.toString());
        } catch (RuntimeException e) {
            // The SDK's parse errors name the line, not its value; still, say only where the problem is.
            throw MigratorException.badInput("The AWS " + (type == ProfileFile.Type.CREDENTIALS ? "credentials" : "config")
                    + " file " + path + " could not be read. Check it with 'aws configure list-profiles'.");
        }
    }

    private AwsProfile describe(Profile profile) {
        Map<String, String> p = profile.properties();
        String region = p.get("region");
        String endpoint = p.get("endpoint_url");
        String name = profile.name();
        if (p.containsKey("role_arn")) {
            String from = p.containsKey("source_profile") ? "profile " + p.get("source_profile")
                    : p.containsKey("credential_source") ? p.get("credential_source") : null;
            return from == null
                    ? new AwsProfile(name, ProfileKind.UNKNOWN, region, endpoint,
                    p.containsKey("web_identity_token_file") ? "web identity role (not supported)"
                            : "role " + p.get("role_arn") + " without source_profile or credential_source", null)
                    : new AwsProfile(name, ProfileKind.ASSUME_ROLE, region, endpoint,
                    "assumes " + p.get("role_arn") + " from " + from, null);
        }
        if (p.containsKey("sso_session") || p.containsKey("sso_start_url")) {
            IdentityCenterProfile sso = identityCenter(p);
            String role = sso.namesRole() ? ", account " + sso.accountId() + ", role " + sso.roleName() : "";
            return new AwsProfile(name, ProfileKind.IDENTITY_CENTER, region, endpoint,
                    "IAM Identity Center " + (sso.startUrl() == null ? "session " + sso.sessionName() : sso.startUrl()) + role,
                    sso);
        }
        if (p.containsKey("aws_access_key_id")) {
            return new AwsProfile(name, ProfileKind.STATIC_KEYS, region, endpoint,
                    p.containsKey("aws_session_token") ? "temporary access keys" : "access keys", null);
        }
        if (p.containsKey("credential_process")) {
            return new AwsProfile(name, ProfileKind.CREDENTIAL_PROCESS, region, endpoint,
                    "credentials from a command", null);
        }
        return new AwsProfile(name, ProfileKind.UNKNOWN, region, endpoint, "no credentials", null);
    }

    private IdentityCenterProfile identityCenter(Map<String, String> p) {
        String session = p.get("sso_session");
        Map<String, String> s = session == null ? Map.of()
                : file.getSection("sso-session", session).map(Profile::properties).orElse(Map.of());
        String startUrl = s.getOrDefault("sso_start_url", p.get("sso_start_url"));
        String ssoRegion = s.getOrDefault("sso_region", p.get("sso_region"));
        return new IdentityCenterProfile(session, startUrl, ssoRegion, p.get("sso_account_id"), p.get("sso_role_name"));
    }
}
