package co.pump.icm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.MigratedKind;
import co.pump.icm.model.MigratorException;
import co.pump.icm.plan.AccountMap;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotReader;
import picocli.CommandLine.Option;

/** The options that shape an import, shared by plan, apply and verify so that all three agree. */
public final class ImportOptions {

    @Option(names = "--snapshot", required = true, paramLabel = "FILE", description = "The snapshot to import.")
    Path snapshot;

    @Option(names = "--accept-edited", description = "Use a snapshot that was edited after export.")
    boolean acceptEdited;

    @Option(names = "--identity-source", paramLabel = "create|match", defaultValue = "create",
            description = "create: the target uses the Identity Center directory, create missing users and groups "
                    + "(default). match: an external identity provider provisions them through SCIM; only match them.")
    String identitySource;

    @Option(names = "--no-update", description = "Leave existing items that differ from the snapshot as they are.")
    boolean noUpdate;

    @Option(names = "--delete-absent",
            description = "Also delete target items that are not in the snapshot (listed in the plan first).")
    boolean deleteAbsent;

    @Option(names = "--include-disabled-users",
            description = "Also create the users that are disabled in the source. AWS's API creates them enabled and "
                    + "cannot disable them: disable them in the IAM Identity Center console right after the import. "
                    + "Without this option they are not created, nor their memberships and access.")
    boolean includeDisabledUsers;

    @Option(names = "--account-map", paramLabel = "SOURCE=TARGET|SOURCE=skip",
            description = "Send an account's assignments to another account, or skip it. Repeatable or comma-separated.")
    List<String> accountMap = new ArrayList<>();

    @Option(names = "--only", paramLabel = "CATEGORY", split = ",", completionCandidates = OptionNames.class,
            description = "Import only these categories: ${COMPLETION-CANDIDATES}.")
    List<String> only = new ArrayList<>();

    /** The categories' names on the command line, as each kind gives its own: a new kind needs no edit here. */
    static final class OptionNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Kinds.migrated().stream().map(MigratedKind::optionName).iterator();
        }
    }

    @Option(names = "--exclude", paramLabel = "ID",
            description = "Leave out one item, by its plan ID (e.g. user:alice@example.com). Repeatable.")
    List<String> exclude = new ArrayList<>();

    /** Reads the snapshot, refusing an edited one unless --accept-edited. */
    public Snapshot readSnapshot() {
        return SnapshotReader.readForUse(snapshot, acceptEdited);
    }

    /** The plan options these flags describe. */
    public PlanOptions planOptions() {
        IdentitySource source = switch (identitySource.toLowerCase(Locale.ROOT)) {
            case "create" -> IdentitySource.CREATE;
            case "match" -> IdentitySource.MATCH;
            default -> throw MigratorException.badInput("--identity-source must be create or match, not '"
                    + identitySource + "'.");
        };
        return new PlanOptions(source, !noUpdate, deleteAbsent, AccountMap.parse(accountMap), categories(),
                Set.copyOf(exclude), includeDisabledUsers);
    }

    private Set<Category> categories() {
        if (only.isEmpty()) {
            return PlanOptions.MIGRATED;
        }
        Set<Category> result = EnumSet.noneOf(Category.class);
        for (String name : only) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            result.add(Kinds.migrated().stream().filter(kind -> kind.optionName().equals(wanted)).findFirst()
                    .orElseThrow(() -> MigratorException.badInput("--only takes " + optionNames() + ", not '"
                            + name.trim() + "'.")).category());
        }
        return result;
    }

    /** {@code users, groups, memberships, permission-sets or assignments}. */
    private static String optionNames() {
        List<String> names = Kinds.migrated().stream().map(MigratedKind::optionName).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
