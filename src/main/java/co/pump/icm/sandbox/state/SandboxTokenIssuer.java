package co.pump.icm.sandbox.state;

import java.util.List;

import co.pump.icm.model.Tag;

/**
 * A trusted token issuer of an instance ({@code OIDC_JWT}, the only type): an external identity
 * provider whose tokens applications may exchange for IAM Identity Center tokens. Changes replace
 * the record.
 *
 * @param account                    the account that owns it, named in its ARN
 * @param claimAttributePath         the claim of the issuer's token that identifies the user
 * @param identityStoreAttributePath the user attribute that claim is matched against
 * @param jwksRetrievalOption        OPEN_ID_DISCOVERY
 */
public record SandboxTokenIssuer(String arn, String account, String name, String issuerUrl, String claimAttributePath,
                                 String identityStoreAttributePath, String jwksRetrievalOption, List<Tag> tags) {

    public static final String TYPE = "OIDC_JWT";

    public SandboxTokenIssuer {
        tags = List.copyOf(tags);
    }

    public SandboxTokenIssuer withName(String newName) {
        return new SandboxTokenIssuer(arn, account, newName, issuerUrl, claimAttributePath, identityStoreAttributePath,
                jwksRetrievalOption, tags);
    }

    public SandboxTokenIssuer withPaths(String claimPath, String identityStorePath, String jwksOption) {
        return new SandboxTokenIssuer(arn, account, name, issuerUrl, claimPath, identityStorePath, jwksOption, tags);
    }

    public SandboxTokenIssuer withTags(List<Tag> newTags) {
        return new SandboxTokenIssuer(arn, account, name, issuerUrl, claimAttributePath, identityStoreAttributePath,
                jwksRetrievalOption, newTags);
    }
}
