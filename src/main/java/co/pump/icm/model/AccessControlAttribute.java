package co.pump.icm.model;

import java.util.List;

/** One attribute of the ABAC configuration: a key and where its value comes from. */
public record AccessControlAttribute(String key, List<String> sources) {

    public AccessControlAttribute {
        sources = Lists.copy(sources);
    }
}
