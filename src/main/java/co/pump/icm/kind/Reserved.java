package co.pump.icm.kind;

import java.util.Locale;
import java.util.Set;

/** Names AWS reserves for users and groups (regardless of case). */
final class Reserved {

    static final Set<String> NAMES = Set.of("administrator", "awsadministrators");

    private Reserved() {
    }

    static boolean isReserved(String name) {
        return name != null && NAMES.contains(name.toLowerCase(Locale.ROOT));
    }
}
