package co.pump.icm.aws.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Who am I: checks an {@link AwsTarget} the way the sign-in steps show it, one line each —
 * the credentials ({@code sts:GetCallerIdentity}), the organization
 * ({@code organizations:DescribeOrganization}; not being in one, or not being allowed to read it,
 * is a warning), the IAM Identity Center instance the account administers and in which region
 * ({@code sso:ListInstances}; searched across {@link IdentityCenterRegions#ALL} in parallel when
 * the region is not known, or not the instance's; a multi-Region instance is worked with in its
 * primary Region), how its data is encrypted ({@code sso:DescribeInstance}; a line of its own for
 * a customer managed KMS key), and whether its users and groups are visible (one page of
 * {@code identitystore:ListUsers} and {@code ListGroups}).
 *
 * <p>Only reads, and only what the who-am-I section of docs/permissions.md lists. Problems are
 * lines of the result, not exceptions: the wizard shows them all at once.
 */
public final class WhoAmI {

    public static final String CREDENTIALS = "Credentials";
    public static final String ORGANIZATION = "Organization";
    public static final String IDENTITY_CENTER = "IAM Identity Center";
    public static final String DIRECTORY = "Users and groups";
    /** The line about a customer managed KMS key; there is none for an AWS owned key. */
    public static final String ENCRYPTION = "Encryption";
    /** Where STS and Organizations are asked when no region is known: both are global services. */
    private static final String GLOBAL_REGION = "us-east-1";
    /**
     * AWS limits each region's endpoint separately, and the search sends one request to each of
     * ~30 regions: the admin API's limiter (one for all regions here) may go well above 20/s.
     */
    private static final RateSettings SETTINGS = new RateSettings(20, 200, 1.0, 8, 3);

    private final List<String> searchRegions;

    public WhoAmI() {
        this(IdentityCenterRegions.ALL);
    }

    /** @param searchRegions the regions to search when the instance is not in the target's region */
    public WhoAmI(List<String> searchRegions) {
        this.searchRegions = List.copyOf(searchRegions);
    }

    /**
     * Runs every check.
     *
     * @param target the signed-in identity; its region may be null (then the instance is searched for)
     * @throws MigratorException only when the target itself is unusable (an unknown profile, a bad endpoint)
     */
    public Identity check(AwsTarget target) {
        String region = regionOf(target);
        var runner = new AwsCallRunner(SETTINGS);
        try (AwsClients home = AwsClients.open(withRegion(target, region != null ? region : GLOBAL_REGION), 4)) {
            GetCallerIdentityResponse caller;
            try {
                caller = runner.call(ApiFamily.STS, "GetCallerIdentity", "the signed-in identity",
                        () -> home.sts().getCallerIdentity());
            } catch (SdkException e) {
                return refused(region, AwsProblems.explain(e, ApiFamily.STS, "GetCallerIdentity",
                        "the signed-in identity").getMessage());
            } catch (MigratorException e) {
                return refused(region, e.getMessage());
            }
            String account = caller.account();
            var checks = new ArrayList<Check>();
            checks.add(Check.ok(CREDENTIALS, "Signed in to account " + account + " as " + caller.arn() + "."));

            var organization = new OrganizationCheck(home, runner).run(account);
            checks.add(organization.check());
            var search = new InstanceSearch(home.credentials(), home.endpoint(), runner);
            var instance = new InstanceCheck(search, searchRegions).run(account, region, organization.value());
            checks.add(instance.check());
            IdentityCenterInstance found = instance.value();
            if (found == null) {
                checks.add(Check.skipped(DIRECTORY, "Not checked: there is no IAM Identity Center instance to read."));
                return new Identity(account, caller.arn(), region, organization.value(), null, null, null, checks);
            }
            Checked<InstanceEncryption> encryption;
            DirectoryCheck.Counts counts;
            if (found.region().equals(home.region())) {
                encryption = new EncryptionCheck(home, runner).run(found);
                counts = new DirectoryCheck(home, runner).run(found);
            } else {
                try (AwsClients there = AwsClients.open(withRegion(target, found.region()), 4)) {
                    encryption = new EncryptionCheck(there, runner).run(found);
                    counts = new DirectoryCheck(there, runner).run(found);
                }
            }
            if (encryption.check() != null) {
                checks.add(encryption.check());
            }
            checks.add(counts.check());
            return new Identity(account, caller.arn(), found.region(), organization.value(),
                    found.withEncryption(encryption.value()), counts.users(), counts.groups(), checks);
        }
    }

    private static Identity refused(String region, String sentence) {
        return new Identity(null, null, region, null, null, null, null, List.of(
                Check.problem(CREDENTIALS, sentence),
                Check.skipped(ORGANIZATION, "Not checked: AWS did not accept the credentials."),
                Check.skipped(IDENTITY_CENTER, "Not checked: AWS did not accept the credentials."),
                Check.skipped(DIRECTORY, "Not checked: AWS did not accept the credentials.")));
    }

    /** The region as {@link AwsClients} would choose it, or null when nothing names one. */
    static String regionOf(AwsTarget target) {
        if (target.region() != null && !target.region().isBlank()) {
            return target.region().trim();
        }
        if (target.credentials() == null) {
            String name = target.profile() != null ? target.profile() : target.environment().apply("AWS_PROFILE");
            if (name != null && !name.isBlank()) {
                ProfileFile file = target.profileFile() != null ? target.profileFile() : ProfileFile.defaultProfileFile();
                Optional<String> fromProfile = file.profile(name).flatMap((Profile p) -> p.property("region"));
                if (fromProfile.isPresent()) {
                    return fromProfile.get();
                }
            }
        }
        for (String variable : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
            String value = target.environment().apply(variable);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    static AwsTarget withRegion(AwsTarget target, String region) {
        return new AwsTarget(target.profile(), region, target.endpoint(), target.credentials(), target.profileFile(),
                target.environment());
    }
}
