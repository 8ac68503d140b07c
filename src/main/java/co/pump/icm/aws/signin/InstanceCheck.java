package co.pump.icm.aws.signin;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsProblems;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssoadmin.model.InstanceMetadata;
import software.amazon.awssdk.services.ssoadmin.model.RegionMetadata;

/**
 * The who-am-I line about the IAM Identity Center instance: which one the account administers,
 * as what, and in which region — searching the regions when the region is unknown, or when the
 * instance is not in the region asked (then the line says which region to choose).
 */
final class InstanceCheck {

    private final InstanceSearch search;
    private final List<String> regions;

    InstanceCheck(InstanceSearch search, List<String> regions) {
        this.search = search;
        this.regions = regions;
    }

    Checked<IdentityCenterInstance> run(String account, String region, AwsOrganization organization) {
        if (region != null) {
            List<InstanceMetadata> here;
            try {
                here = search.list(region);
            } catch (SdkException e) {
                return problem(AwsProblems.explain(e, ApiFamily.SSO_ADMIN, "ListInstances", "region " + region)
                        .getMessage());
            }
            if (!here.isEmpty()) {
                return found(account, pick(here, organization), region, here.size(), "");
            }
            var elsewhere = search.search(regions.stream().filter(r -> !r.equals(region)).toList());
            List<String> where = elsewhere.regionsWithInstances();
            if (where.isEmpty()) {
                return problem("Account " + account + " administers no IAM Identity Center instance in " + region
                        + " or any other region. " + whatToDo());
            }
            String other = where.get(0);
            var instance = instance(account, pick(elsewhere.found().get(other), organization), other);
            return new Checked<>(instance, Check.problem(WhoAmI.IDENTITY_CENTER, "Account " + account
                    + " administers no IAM Identity Center instance in " + region + ", but it does in " + other
                    + ". Choose the region " + other + "."));
        }
        var outcome = search.search(regions);
        List<String> where = outcome.regionsWithInstances();
        if (where.isEmpty()) {
            if (outcome.found().isEmpty() && !outcome.failures().isEmpty()) {
                var first = outcome.failures().entrySet().iterator().next();
                return problem(AwsProblems.explain(first.getValue(), ApiFamily.SSO_ADMIN, "ListInstances",
                        "region " + first.getKey()).getMessage());
            }
            return problem("Account " + account + " administers no IAM Identity Center instance in any of the "
                    + regions.size() + " regions searched. " + whatToDo());
        }
        String found = where.get(0);
        List<InstanceMetadata> there = outcome.found().get(found);
        return found(account, pick(there, organization), found, there.size(),
                " (found by searching " + regions.size() + " regions)");
    }

    private static Checked<IdentityCenterInstance> found(String account, InstanceMetadata metadata, String region,
                                                         int count, String how) {
        var instance = instance(account, metadata, region);
        String more = count > 1 ? " It administers " + count + " instances there; the migrator uses this one." : "";
        return new Checked<>(instance, Check.ok(WhoAmI.IDENTITY_CENTER, "Account " + account
                + " administers the instance " + instance.instanceArn() + " (identity store "
                + instance.identityStoreId() + ") in " + instance.region() + how + regions(instance) + " as "
                + (instance.role() == AdminRole.MANAGEMENT_ACCOUNT ? "the " : "") + instance.role().label() + "."
                + more + primaryNote(instance, region)));
    }

    /** For a multi-Region instance: which Region is primary and which others it is in. */
    private static String regions(IdentityCenterInstance instance) {
        if (instance.regions().size() < 2) {
            return "";
        }
        return " (its primary Region; also in " + String.join(", ",
                instance.regions().subList(1, instance.regions().size())) + ")";
    }

    /** When the instance was found through one of its additional Regions: that the migrator works in the primary one. */
    private static String primaryNote(IdentityCenterInstance instance, String asked) {
        if (asked.equals(instance.region())) {
            return "";
        }
        return " " + asked + " is one of its additional Regions: the migrator works in the primary Region " + instance.region()
                + ", the only one where AWS accepts changes to users, groups, permission sets and assignments.";
    }

    /** With several instances, the organization's (owned by its management account) comes first. */
    private static InstanceMetadata pick(List<InstanceMetadata> instances, AwsOrganization organization) {
        if (organization != null) {
            for (InstanceMetadata i : instances) {
                if (organization.managementAccountId().equals(i.ownerAccountId())) {
                    return i;
                }
            }
        }
        return instances.get(0);
    }

    /**
     * The instance as found in {@code region}. A multi-Region instance is listed in each of its
     * Regions with its primary Region, which is where icm works with it.
     */
    private static IdentityCenterInstance instance(String account, InstanceMetadata metadata, String region) {
        AdminRole role = account.equals(metadata.ownerAccountId()) ? AdminRole.MANAGEMENT_ACCOUNT
                : AdminRole.DELEGATED_ADMINISTRATOR;
        String primary = metadata.primaryRegion() == null || metadata.primaryRegion().isBlank() ? region
                : metadata.primaryRegion();
        var regions = new ArrayList<String>(List.of(primary));
        metadata.regions().stream().map(RegionMetadata::regionName).filter(r -> r != null && !r.equals(primary))
                .forEach(regions::add);
        return new IdentityCenterInstance(metadata.instanceArn(), metadata.identityStoreId(), primary,
                metadata.ownerAccountId(), role, metadata.name(), regions, null);
    }

    private static Checked<IdentityCenterInstance> problem(String sentence) {
        return new Checked<>(null, Check.problem(WhoAmI.IDENTITY_CENTER, sentence));
    }

    private static String whatToDo() {
        return "Sign in to the organization's management account, or to its delegated administrator for "
                + "IAM Identity Center.";
    }
}
