package co.pump.icm.model;

import java.util.List;

/**
 * A trusted token issuer: an external OpenID Connect provider whose tokens applications may
 * exchange for IAM Identity Center tokens (trusted identity propagation). Keyed by name;
 * applications' JWT bearer grants refer to it by name.
 *
 * @param type                       {@code OIDC_JWT}, the only type
 * @param issuerUrl                  the {@code iss} of the provider's tokens; AWS cannot change it later
 * @param claimAttributePath         the token claim that identifies the user, e.g. {@code email}
 * @param identityStoreAttributePath the user attribute that claim is matched against, e.g. {@code emails.value}
 * @param jwksRetrievalOption        how the signing keys are found: {@code OPEN_ID_DISCOVERY}
 * @param origin                     its ARN in the instance it was read from
 */
public record TrustedTokenIssuer(String name, String type, String issuerUrl, String claimAttributePath,
                                 String identityStoreAttributePath, String jwksRetrievalOption, List<Tag> tags,
                                 Origin origin) {

    public static final String OIDC_JWT = "OIDC_JWT";

    public TrustedTokenIssuer {
        tags = Lists.copy(tags);
    }
}
