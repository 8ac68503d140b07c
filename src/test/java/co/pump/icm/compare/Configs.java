package co.pump.icm.compare;

import co.pump.icm.kind.ConfigurationComparer;
import java.util.List;

import co.pump.icm.model.IdentityCenterConfig;

/** Test helpers: small configurations holding one category. */
final class Configs {

    private Configs() {
    }

    static IdentityCenterConfig empty() {
        return IdentityCenterConfig.empty(null);
    }

    /** An empty configuration with one list component set, e.g. {@code with("users", alice, bob)}. */
    static IdentityCenterConfig with(String component, Object... items) {
        return Records.with(empty(), component, List.of(items));
    }

    static Comparison compare(IdentityCenterConfig left, IdentityCenterConfig right) {
        return ConfigurationComparer.compare(left, right);
    }
}
