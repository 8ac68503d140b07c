package co.pump.icm.model;

/** A user's postal address, as in the Identity Store {@code Address} shape. */
public record Address(String streetAddress, String locality, String region, String postalCode,
                      String country, String formatted, String type, Boolean primary) {
}
