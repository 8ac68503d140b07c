package co.pump.icm.aws.signin;

import java.net.URI;
import java.time.Clock;
import java.util.function.Function;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.profiles.Profile;

/**
 * Signs in with a profile of the AWS config files. Credentials come from the SDK's own providers
 * ({@link ProfileCredentialsProvider}: access keys, assume role, IAM Identity Center,
 * credential_process), fetched once so that a problem shows now, as a sentence, and not in the
 * middle of an export.
 *
 * <p>An IAM Identity Center profile is checked against the AWS CLI's token cache first: a missing
 * or expired sign-in is a {@link ProfileResolution.LoginNeeded}, not an error.
 *
 * <p>With an endpoint override (the sandbox: {@code --endpoint-url} or the profile's
 * {@code endpoint_url}), the SDK's assume-role and IAM Identity Center providers would still call
 * AWS itself, so those two kinds are resolved by {@link EndpointCredentials} with clients pointed
 * at the endpoint; access keys and credential_process need no endpoint and always use the SDK's.
 */
public final class ProfileSignIn {

    private final AwsProfiles profiles;
    private final SsoTokenCache tokens;
    private final Function<String, String> environment;
    private final Clock clock;

    public ProfileSignIn(AwsProfiles profiles, SsoTokenCache tokens, Function<String, String> environment) {
        this(profiles, tokens, environment, Clock.systemUTC());
    }

    ProfileSignIn(AwsProfiles profiles, SsoTokenCache tokens, Function<String, String> environment, Clock clock) {
        this.profiles = profiles;
        this.tokens = tokens;
        this.environment = environment;
        this.clock = clock;
    }

    /** This computer's AWS files and token cache, and the real environment. */
    public static ProfileSignIn defaults() {
        return new ProfileSignIn(AwsProfiles.load(), SsoTokenCache.inHome(System::getenv), System::getenv);
    }

    public AwsProfiles profiles() {
        return profiles;
    }

    /**
     * Signs in with a profile.
     *
     * @param region   the region to use, or null for the profile's or the environment's (may stay null)
     * @param endpoint an endpoint override, or null for the profile's {@code endpoint_url} or {@code AWS_ENDPOINT_URL}
     * @throws MigratorException (AWS access) with a sentence when the profile does not exist, cannot
     *                           give credentials, or its credentials are refused
     */
    public ProfileResolution resolve(String profileName, String region, URI endpoint) {
        return resolve(profiles.require(profileName), region, endpoint, 0);
    }

    ProfileResolution resolve(AwsProfile profile, String region, URI endpoint, int depth) {
        if (depth > 5) {
            throw problem("The profile '" + profile.name() + "' is part of a source_profile chain that is too long "
                    + "or goes round in a circle. Check the source_profile settings.");
        }
        URI effectiveEndpoint = endpoint != null ? endpoint : endpointOf(profile);
        String effectiveRegion = firstOf(region, profile.region(), environment.apply("AWS_REGION"),
                environment.apply("AWS_DEFAULT_REGION"));
        AwsCredentialsProvider provider;
        switch (profile.kind()) {
            case STATIC_KEYS, CREDENTIAL_PROCESS -> provider = sdkProvider(profile);
            case ASSUME_ROLE -> provider = effectiveEndpoint == null ? sdkProvider(profile)
                    : endpointCredentials().assumeRole(profile, effectiveRegion, effectiveEndpoint, depth);
            case IDENTITY_CENTER -> {
                var checked = identityCenter(profile, effectiveEndpoint);
                if (checked instanceof ProfileResolution.LoginNeeded needed) {
                    return needed;
                }
                provider = ((ProfileResolution.Ready) checked).target().credentials();
            }
            default -> throw problem("The profile '" + profile.name() + "' cannot be used to sign in: it has no "
                    + "access keys, role, IAM Identity Center or credential_process settings (" + profile.summary()
                    + "). Choose another profile.");
        }
        ProfileResolution failure = check(profile, provider, effectiveEndpoint);
        if (failure != null) {
            return failure;
        }
        return new ProfileResolution.Ready(profile,
                new AwsTarget(null, effectiveRegion, effectiveEndpoint, provider, null, environment));
    }

    /** For a chain: the credentials of a profile that must be ready (its LoginNeeded ends the whole sign-in). */
    ProfileResolution resolveSource(String profileName, String region, URI endpoint, int depth) {
        return resolve(profiles.require(profileName), region, endpoint, depth);
    }

    private ProfileResolution identityCenter(AwsProfile profile, URI endpoint) {
        IdentityCenterProfile sso = profile.identityCenter();
        if (sso.startUrl() == null || sso.ssoRegion() == null) {
            throw problem("The profile '" + profile.name() + "' has no sso_start_url or sso_region"
                    + (sso.sessionName() == null ? "" : " (nor has its sso-session '" + sso.sessionName() + "')")
                    + ". Run aws configure sso --profile " + profile.name() + " to complete it.");
        }
        if (!sso.namesRole()) {
            throw problem("The profile '" + profile.name() + "' names no sso_account_id and sso_role_name, so it "
                    + "cannot give credentials by itself. Sign in with IAM Identity Center at " + sso.startUrl()
                    + " instead and choose the account and role there.");
        }
        var portal = new PortalLocation(sso.startUrl(), sso.ssoRegion(), endpoint);
        CachedSsoToken cached = tokens.read(sso, clock.instant());
        switch (cached.status()) {
            case MISSING:
                return new ProfileResolution.LoginNeeded(profile, portal, "You have not signed in to IAM Identity "
                        + "Center with the profile '" + profile.name() + "' on this computer.");
            case EXPIRED:
                return new ProfileResolution.LoginNeeded(profile, portal, "The IAM Identity Center sign-in of the "
                        + "profile '" + profile.name() + "' expired at " + cached.expiresAt() + ".");
            case UNREADABLE:
                return new ProfileResolution.LoginNeeded(profile, portal, "The cached IAM Identity Center sign-in "
                        + "of the profile '" + profile.name() + "' could not be read.");
            default:
                break;
        }
        AwsCredentialsProvider provider;
        try {
            provider = endpoint == null ? sdkProvider(profile) : endpointCredentials().identityCenter(portal, cached, sso);
        } catch (MigratorException e) {
            if (isSignedOut(e)) {
                return signedOut(profile, endpoint);
            }
            throw e;
        }
        return new ProfileResolution.Ready(profile, AwsTarget.withCredentials(provider, null, endpoint));
    }

    /** Fetches the credentials once; null when they came, a LoginNeeded for a refused IAM Identity Center sign-in. */
    private ProfileResolution check(AwsProfile profile, AwsCredentialsProvider provider, URI endpoint) {
        try {
            provider.resolveCredentials();
            return null;
        } catch (MigratorException e) {
            if (profile.kind() == ProfileKind.IDENTITY_CENTER && isSignedOut(e)) {
                return signedOut(profile, endpoint);
            }
            throw e;
        } catch (SdkException | IllegalArgumentException | IllegalStateException e) {
            // The SDK reports a profile's problems as any of these.
            return new ProfileProblems(profile, sdkProfile(profile)).explain(e, () -> signedOut(profile, endpoint));
        }
    }

    private ProfileResolution signedOut(AwsProfile profile, URI endpoint) {
        IdentityCenterProfile sso = profile.identityCenter();
        return new ProfileResolution.LoginNeeded(profile, new PortalLocation(sso.startUrl(), sso.ssoRegion(), endpoint),
                "IAM Identity Center no longer accepts the cached sign-in of the profile '" + profile.name()
                        + "' (it expired or was signed out).");
    }

    /** The SDK's view of a profile, for reading its role and chain settings. */
    Profile sdkProfile(AwsProfile profile) {
        return profiles.file().profile(profile.name()).orElseThrow();
    }

    /** True for the portal's refusal of a token (it expired on the server or was signed out). */
    private static boolean isSignedOut(MigratorException e) {
        return e.getCause() instanceof SdkException sdk && "UnauthorizedException".equals(AwsProblems.errorCode(sdk));
    }

    private AwsCredentialsProvider sdkProvider(AwsProfile profile) {
        return ProfileCredentialsProvider.builder().profileFile(profiles.file()).profileName(profile.name()).build();
    }

    private EndpointCredentials endpointCredentials() {
        return new EndpointCredentials(this, new AwsCallRunner(RateSettings.AWS_DEFAULTS), clock);
    }

    private URI endpointOf(AwsProfile profile) {
        String value = firstOf(profile.endpointUrl(), environment.apply("AWS_ENDPOINT_URL"));
        if (value == null) {
            return null;
        }
        try {
            URI uri = URI.create(value.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw MigratorException.badInput("The endpoint URL '" + value + "' of the profile '" + profile.name()
                    + "' is not a URL such as https://host:port.");
        }
    }

    static MigratorException problem(String sentence) {
        return new MigratorException(MigratorException.Kind.AWS_ACCESS, sentence);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
