package co.pump.icm.plan;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import co.pump.icm.model.MigratorException;

/**
 * Which accounts of the snapshot go where in the target. Account IDs do not change when an
 * account moves between organizations, so by default every account maps to itself; a map can
 * send an account's assignments to another account, or skip the account.
 *
 * @param remap source account ID → target account ID
 * @param skip  source account IDs whose assignments are not migrated
 */
public record AccountMap(Map<String, String> remap, Set<String> skip) {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    public static final AccountMap IDENTITY = new AccountMap(Map.of(), Set.of());

    public AccountMap {
        remap = Map.copyOf(remap);
        skip = Set.copyOf(skip);
    }

    /** Where the source account's assignments go, or empty when the account is skipped. */
    public Optional<String> target(String sourceAccountId) {
        if (skip.contains(sourceAccountId)) {
            return Optional.empty();
        }
        return Optional.of(remap.getOrDefault(sourceAccountId, sourceAccountId));
    }

    public boolean isIdentity() {
        return remap.isEmpty() && skip.isEmpty();
    }

    /**
     * Parses entries such as {@code 111111111111=222222222222} (remap) and
     * {@code 333333333333=skip}, separated by commas or given one by one.
     */
    public static AccountMap parse(Iterable<String> entries) {
        var remap = new TreeMap<String, String>();
        var skip = new TreeSet<String>();
        for (String raw : entries) {
            for (String entry : raw.split(",")) {
                String e = entry.trim();
                if (e.isEmpty()) {
                    continue;
                }
                int eq = e.indexOf('=');
                if (eq < 0) {
                    throw MigratorException.badInput("Account map entry '" + e
                            + "' needs the form SOURCE=TARGET or SOURCE=skip, e.g. 111111111111=222222222222.");
                }
                String from = e.substring(0, eq).trim();
                String to = e.substring(eq + 1).trim();
                requireAccountId(from, e);
                if (remap.containsKey(from) || skip.contains(from)) {
                    throw MigratorException.badInput("Account map names account " + from + " twice.");
                }
                if (to.equalsIgnoreCase("skip")) {
                    skip.add(from);
                } else {
                    requireAccountId(to, e);
                    remap.put(from, to);
                }
            }
        }
        return new AccountMap(remap, skip);
    }

    private static void requireAccountId(String id, String entry) {
        if (!ACCOUNT_ID.matcher(id).matches()) {
            throw MigratorException.badInput("Account map entry '" + entry + "': '" + id
                    + "' is not an AWS account ID (12 digits).");
        }
    }
}
