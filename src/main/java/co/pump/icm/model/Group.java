package co.pump.icm.model;

import java.util.List;

/** An Identity Store group. Keyed by {@code displayName}. */
public record Group(String displayName, String description, List<ExternalId> externalIds, Origin origin) {

    public Group {
        externalIds = Lists.copy(externalIds);
    }

    /** The natural key: the display name. */
    public String key() {
        return displayName;
    }
}
