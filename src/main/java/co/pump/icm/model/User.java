package co.pump.icm.model;

import java.util.List;

/**
 * An Identity Store user: every attribute of the AWS {@code User} shape. Keyed by
 * {@code userName}.
 *
 * @param userStatus {@code ENABLED} or {@code DISABLED}, or null when AWS did not report it
 * @param birthdate  {@code YYYY-MM-DD}, or null
 * @param roles      the user's role (AWS keeps at most one)
 * @param enterprise the enterprise extension, or null when the user has none (an extension with
 *                   no part set is none)
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
                   List<Role> roles,
                   EnterpriseExtension enterprise,
                   List<ExternalId> externalIds,
                   Origin origin) {

    public User {
        emails = Lists.copy(emails);
        addresses = Lists.copy(addresses);
        phoneNumbers = Lists.copy(phoneNumbers);
        photos = Lists.copy(photos);
        roles = Lists.copy(roles);
        enterprise = enterprise == null || enterprise.noneSet() ? null : enterprise;
        externalIds = Lists.copy(externalIds);
    }

    /** A user without a role or enterprise data (the attributes AWS had before December 2025). */
    public User(String userName, String displayName, Name name, String nickName, String profileUrl,
                List<Email> emails, List<Address> addresses, List<PhoneNumber> phoneNumbers, String userType,
                String title, String preferredLanguage, String locale, String timezone, String userStatus,
                List<Photo> photos, String website, String birthdate, List<ExternalId> externalIds, Origin origin) {
        this(userName, displayName, name, nickName, profileUrl, emails, addresses, phoneNumbers, userType, title,
                preferredLanguage, locale, timezone, userStatus, photos, website, birthdate, List.of(), null,
                externalIds, origin);
    }

    /** The natural key: the user name. */
    public String key() {
        return userName;
    }

    /** The manager's user name, or null. */
    public String manager() {
        return enterprise == null ? null : enterprise.manager();
    }

    /** The same user with another manager (a user name, or null for none). */
    public User withManager(String managerName) {
        EnterpriseExtension data = enterprise != null ? enterprise
                : new EnterpriseExtension(null, null, null, null, null, null);
        return new User(userName, displayName, name, nickName, profileUrl, emails, addresses, phoneNumbers, userType,
                title, preferredLanguage, locale, timezone, userStatus, photos, website, birthdate, roles,
                data.withManager(managerName), externalIds, origin);
    }

    /** The primary email address, or the first one, or null. */
    public String primaryEmail() {
        return emails.stream().filter(e -> Boolean.TRUE.equals(e.primary())).findFirst()
                .or(() -> emails.stream().findFirst())
                .map(Email::value).orElse(null);
    }
}
