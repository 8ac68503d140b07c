package co.pump.icm.sandbox.data;

import java.util.List;

import co.pump.icm.model.Tag;

/**
 * A trusted token issuer for the sandbox to hold ({@code OIDC_JWT}, discovered through OpenID
 * Connect), named so that applications' JWT bearer grants can refer to it.
 *
 * @param claimAttributePath         the claim of the issuer's tokens that identifies the user, e.g. {@code email}
 * @param identityStoreAttributePath the user attribute it is matched against, e.g. {@code emails.value}
 */
public record TokenIssuerSeed(String name, String issuerUrl, String claimAttributePath,
                              String identityStoreAttributePath, List<Tag> tags) {

    public TokenIssuerSeed {
        tags = List.copyOf(tags);
    }
}
