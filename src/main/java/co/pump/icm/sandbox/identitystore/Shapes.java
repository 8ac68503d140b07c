package co.pump.icm.sandbox.identitystore;

import java.util.List;
import java.util.Set;

import co.pump.icm.sandbox.StringShape;

/**
 * The Identity Store model's string shapes, copied from the service model
 * (botocore {@code identitystore/2020-06-15/service-2.json}; the same in the Smithy model).
 */
final class Shapes {
    private Shapes() {
    }

    static final StringShape IDENTITY_STORE_ID = new StringShape(1, 36,
            "d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", false);

    static final StringShape RESOURCE_ID = new StringShape(1, 47,
            "([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}", false);

    static final StringShape USER_NAME = new StringShape(1, 128, "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+", true);

    static final StringShape GROUP_DISPLAY_NAME = new StringShape(1, 1024,
            "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \\u00a0]+", true);

    /** Every other user and group attribute (SensitiveStringType). */
    static final StringShape TEXT = new StringShape(1, 1024,
            "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r \\u00a0\\u3000]+", true);

    static final StringShape EXTERNAL_ID_ISSUER = new StringShape(1, 256, "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+", true);

    static final StringShape EXTERNAL_ID = new StringShape(1, 256, "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+", true);

    static final StringShape ATTRIBUTE_PATH = new StringShape(1, 255,
            "(?:\\p{L}+:\\p{L}+:\\p{L}+(?:\\.\\p{L}+){0,3}|\\p{L}+(?:\\.\\p{L}+){0,2})", false);

    static final StringShape NEXT_TOKEN = new StringShape(1, 65535, "[-a-zA-Z0-9+=/:_]*", false);

    static final List<String> USER_STATUS = List.of("ENABLED", "DISABLED");

    static final int MAX_RESULTS = 100;

    /** Names the Identity Store keeps for itself, for users and groups alike. */
    static final Set<String> RESERVED_NAMES = Set.of("administrator", "awsadministrators");
}
