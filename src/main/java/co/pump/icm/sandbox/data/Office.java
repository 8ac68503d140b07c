package co.pump.icm.sandbox.data;

import co.pump.icm.model.Address;

/** The offices sample people work from; an office decides address, phone, language, locale and time zone. */
enum Office {
    SEA("400 Pine St", "Seattle", "WA", "98101", "US", "+1 206-555-01", "en-US", "en_US", "America/Los_Angeles"),
    AUS("500 Congress Ave", "Austin", "TX", "78701", "US", "+1 512-555-01", "en-US", "en_US", "America/Chicago"),
    LON("30 Fenchurch St", "London", "England", "EC3M 3BD", "GB", "+44 20 7946 00", "en-GB", "en_GB",
            "Europe/London"),
    BER("Friedrichstraße 68", "Berlin", "Berlin", "10117", "DE", "+49 30 2312 54", "de-DE", "de_DE",
            "Europe/Berlin"),
    MAD("Calle de Alcalá 21", "Madrid", "Comunidad de Madrid", "28014", "ES", "+34 91 555 02", "es-ES", "es_ES",
            "Europe/Madrid"),
    BLR("12 MG Road", "Bengaluru", "Karnataka", "560001", "IN", "+91 80 4000 31", "en-IN", "en_IN",
            "Asia/Kolkata");

    final String street, locality, region, postalCode, country, phonePrefix, language, locale, timezone;
    /** The office's work address; one shared instance, as records are immutable. */
    private final Address address;

    Office(String street, String locality, String region, String postalCode, String country, String phonePrefix,
           String language, String locale, String timezone) {
        this.street = street;
        this.locality = locality;
        this.region = region;
        this.postalCode = postalCode;
        this.country = country;
        this.phonePrefix = phonePrefix;
        this.language = language;
        this.locale = locale;
        this.timezone = timezone;
        String formatted = street + ", " + postalCode + " " + locality + ", " + region + ", " + country;
        this.address = new Address(street, locality, region, postalCode, country, formatted, "work", true);
    }

    Address address() {
        return address;
    }
}
