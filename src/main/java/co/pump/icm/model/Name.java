package co.pump.icm.model;

/** The parts of a user's name, as in the Identity Store {@code Name} shape. */
public record Name(String formatted, String familyName, String givenName, String middleName,
                   String honorificPrefix, String honorificSuffix) {
}
