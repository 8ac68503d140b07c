package co.pump.icm.ui.export;

import java.time.LocalDate;
import java.util.Locale;

import co.pump.icm.model.Account;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;

/**
 * The file name the save dialog suggests for a new snapshot:
 * {@code <instance, account or organization>-identity-center-<date>.json}, e.g.
 * {@code larkspur-identity-center-2026-11-27.json}. Only letters, digits and dashes, so that it is
 * a valid name on every system.
 */
public final class SnapshotFileName {

    private SnapshotFileName() {
    }

    /** The suggested name for a snapshot of {@code config} exported on {@code date}. */
    public static String suggested(IdentityCenterConfig config, LocalDate date) {
        return slug(nameOf(config)) + "-identity-center-" + date + ".json";
    }

    /** The instance's name, else the account's name, else the organization ID, else the account ID. */
    private static String nameOf(IdentityCenterConfig config) {
        SourceInfo source = config.source();
        if (source == null) {
            return "";
        }
        if (present(source.instanceName())) {
            return source.instanceName();
        }
        for (Account account : config.accounts()) {
            if (account.id().equals(source.accountId()) && present(account.name())) {
                return account.name();
            }
        }
        return present(source.organizationId()) ? source.organizationId()
                : source.accountId() == null ? "" : source.accountId();
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "aws" : slug;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
