package co.pump.icm.model;

import java.util.List;

/**
 * The instance's attribute-based access control configuration, kept for the record.
 *
 * @param status {@code ENABLED}, {@code CREATION_IN_PROGRESS} or {@code CREATION_FAILED}
 */
public record AccessControlConfiguration(String status, String statusReason, List<AccessControlAttribute> attributes) {

    public AccessControlConfiguration {
        attributes = Lists.copy(attributes);
    }
}
