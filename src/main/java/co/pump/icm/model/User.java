package co.pump.icm.model;

import java.util.List;

/**
 * An Identity Store user: every attribute of the AWS {@code User} shape. Keyed by
 * {@code userName}.
 *
 * @param userStatus {@code ENABLED} or {@code DISABLED}, or null when AWS did not report it
 * @param birthdate  {@code YYYY-MM-DD}, or null
 */
public record User(String userName,
                   String displayName,
                   Name name,
                   String nickName,
                   String profileUrl,
                   List<Email> emails,
                   List<Address> addresses,
                   List<PhoneNumber> phoneNumbers,
                   String userType,
                   String title,
                   String preferredLanguage,
                   String locale,
                   String timezone,
                   String userStatus,
                   List<Photo> photos,
                   String website,
                   String birthdate,
                   List<ExternalId> externalIds,
                   Origin origin) {

    public User {
        emails = Lists.copy(emails);
        addresses = Lists.copy(addresses);
        phoneNumbers = Lists.copy(phoneNumbers);
        photos = Lists.copy(photos);
        externalIds = Lists.copy(externalIds);
    }

    /** The natural key: the user name. */
    public String key() {
        return userName;
    }

    /** The primary email address, or the first one, or null. */
    public String primaryEmail() {
        return emails.stream().filter(e -> Boolean.TRUE.equals(e.primary())).findFirst()
                .or(() -> emails.stream().findFirst())
                .map(Email::value).orElse(null);
    }
}
