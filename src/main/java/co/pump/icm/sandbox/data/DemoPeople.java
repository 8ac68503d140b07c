package co.pump.icm.sandbox.data;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.Email;
import co.pump.icm.model.Name;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.User;

/** The 40 people of the demo company, Larkspur Labs, with every Identity Store attribute filled in. */
final class DemoPeople {

    static final String DOMAIN = "larkspur.example";
    /** A contractor whose contract has ended: the only DISABLED user. */
    static final String DISABLED = "ethan.brooks";

    // handle | given | family | middle | prefix | suffix | nickname | title | office | type | birthdate | photo | website
    private static final String TABLE = """
            maya.okafor     | Maya     | Okafor    | Adaeze  | Dr.  |     | Maya   | Head of Platform Engineering  | SEA | Employee   | 1984-03-12 | y |
            daniel.reyes    | Daniel   | Reyes     |         |      |     | Dan    | Principal Cloud Engineer      | AUS | Employee   |            | y |
            priya.raman     | Priya    | Raman     |         |      |     | Pri    | Staff Site Reliability Engineer | BLR | Employee | 1990-07-21 |   |
            tom.becker      | Thomas   | Becker    |         |      |     | Tom    | Cloud Engineer                | BER | Employee   |            |   |
            sofia.garcia    | Sofía    | García    |         |      |     | Sofi   | Software Engineer             | MAD | Employee   | 1993-11-02 | y |
            liam.oconnor    | Liam     | O'Connor  | Patrick |      |     | Liam   | Senior Software Engineer      | LON | Employee   |            |   | https://liamoconnor.example
            wei.chen        | Wei      | Chen      |         |      |     | Wei    | Software Engineer             | SEA | Employee   | 1995-02-17 |   |
            aisha.khan      | Aisha    | Khan      |         |      |     | Aisha  | Software Engineer             | LON | Employee   |            | y |
            jonas.muller    | Jonas    | Müller    |         |      |     | Jo     | Senior Software Engineer      | BER | Employee   |            |   |
            emily.watson    | Emily    | Watson    | Rose    | Ms.  |     | Em     | Engineering Manager           | SEA | Employee   | 1986-09-30 | y |
            noah.kim        | Noah     | Kim       |         |      |     | Noah   | Software Engineer             | AUS | Employee   |            |   |
            lucia.romero    | Lucía    | Romero    |         |      |     | Lu     | Frontend Engineer             | MAD | Employee   |            |   |
            arjun.mehta     | Arjun    | Mehta     |         |      |     | AJ     | Software Engineer             | BLR | Employee   | 1997-04-08 |   |
            hannah.schmidt  | Hannah   | Schmidt   |         |      |     | Hanni  | Quality Engineer              | BER | Employee   |            | y |
            oliver.bennett  | Oliver   | Bennett   |         |      |     | Ollie  | Mobile Engineer               | LON | Employee   |            |   |
            grace.liu       | Grace    | Liu       |         |      |     | Grace  | Data Engineering Lead         | SEA | Employee   | 1988-12-01 | y |
            mateo.silva     | Mateo    | Silva     |         |      |     | Teo    | Data Engineer                 | MAD | Employee   |            |   |
            ananya.iyer     | Ananya   | Iyer      |         |      |     | Anu    | Data Engineer                 | BLR | Employee   |            |   |
            lukasz.nowak    | Łukasz   | Nowak     |         |      |     | Luke   | Analytics Engineer            | BER | Employee   | 1991-06-15 |   |
            zoe.martin      | Zoë      | Martin    |         |      |     | Zoë    | Data Scientist                | LON | Employee   |            | y | https://zoemartin.example
            samuel.adeyemi  | Samuel   | Adeyemi   |         |      |     | Sam    | Security Engineering Manager  | LON | Employee   | 1982-10-23 | y |
            ingrid.larsen   | Ingrid   | Larsen    |         |      |     | Inga   | Security Engineer             | BER | Employee   |            |   |
            marcus.hill     | Marcus   | Hill      |         |      |     | Marc   | Cloud Security Analyst        | AUS | Employee   |            |   |
            fatima.benali   | Fatima   | Benali    |         |      |     | Fati   | Compliance Analyst            | MAD | Employee   |            |   |
            rachel.goldberg | Rachel   | Goldberg  |         | Ms.  | CPA | Rae    | VP Finance                    | SEA | Employee   | 1979-01-19 | y |
            kevin.nguyen    | Kevin    | Nguyen    |         |      |     | Kev    | FinOps Analyst                | AUS | Employee   |            |   |
            elena.petrova   | Elena    | Petrova   |         |      |     | Lena   | Financial Controller          | LON | Employee   |            |   |
            carlos.mendes   | Carlos   | Mendes    |         |      |     | Cal    | Support Engineering Manager   | MAD | Employee   |            | y |
            nina.kowalski   | Nina     | Kowalski  |         |      |     | Nina   | Support Engineer              | AUS | Employee   |            |   |
            ravi.shankar    | Ravi     | Shankar   |         |      |     | Ravi   | Support Engineer              | BLR | Employee   | 1994-08-27 |   |
            julia.fischer   | Julia    | Fischer   |         |      |     | Jule   | Support Engineer              | BER | Employee   |            |   |
            ben.carter      | Benjamin | Carter    | James   | Mr.  | Jr. | Ben    | Network Engineering Lead      | SEA | Employee   |            | y |
            yuki.tanaka     | Yuki     | Tanaka    |         |      |     | Yuki   | Network Engineer              | SEA | Employee   |            |   |
            omar.haddad     | Omar     | Haddad    |         |      |     | Omar   | Network Engineer              | LON | Employee   |            |   |
            sarah.obrien    | Sarah    | O'Brien   |         |      |     | Sadie  | Database Administrator        | AUS | Employee   | 1989-05-04 |   |
            vikram.patel    | Vikram   | Patel     |         |      |     | Vik    | Database Administrator        | BLR | Employee   |            |   |
            chloe.dubois    | Chloé    | Dubois    |         |      |     | Chloé  | DevOps Consultant             | LON | Contractor |            |   | https://dubois-conseil.example
            ethan.brooks    | Ethan    | Brooks    |         |      |     | Ethan  | Cloud Consultant              | AUS | Contractor |            |   | https://brookscloud.example
            leila.farouk    | Leila    | Farouk    |         |      |     | Leila  | External Auditor              | LON | Contractor |            |   | https://northgate-audit.example
            george.harris   | George   | Harris    | Edward  | Mr.  |     | George | Chief Technology Officer      | SEA | Employee   | 1975-11-11 | y |
            """;

    private DemoPeople() {
    }

    /** The user name of a person: their handle at the company's domain. */
    static String userName(String handle) {
        return handle + "@" + DOMAIN;
    }

    /** All 40 users, in the table's order. */
    static List<User> users() {
        var users = new ArrayList<User>();
        int index = 0;
        for (String line : TABLE.strip().split("\n")) {
            users.add(user(line.split("\\|", -1), index++));
        }
        return users;
    }

    private static User user(String[] raw, int index) {
        String handle = cell(raw, 0), given = cell(raw, 1), family = cell(raw, 2), middle = cell(raw, 3);
        String prefix = cell(raw, 4), suffix = cell(raw, 5), nick = cell(raw, 6), title = cell(raw, 7);
        Office office = Office.valueOf(cell(raw, 8));
        String userType = cell(raw, 9), birthdate = cell(raw, 10);
        boolean photo = "y".equals(cell(raw, 11));
        String website = cell(raw, 12) == null ? "https://www." + DOMAIN : cell(raw, 12);

        String displayName = given + " " + family;
        var formatted = new StringBuilder();
        for (String part : new String[] {prefix, given, middle, family, suffix}) {
            if (part != null) {
                formatted.append(formatted.length() == 0 ? "" : " ").append(part);
            }
        }
        String userName = userName(handle);
        List<Photo> photos = photo
                ? List.of(new Photo("https://people." + DOMAIN + "/photos/" + handle + ".jpg", "photo",
                        "Portrait of " + displayName, true))
                : List.of();
        return new User(userName, displayName,
                new Name(formatted.toString(), family, given, middle, prefix, suffix),
                nick, "https://people." + DOMAIN + "/" + handle,
                List.of(new Email(userName, "work", true)),
                List.of(office.address()),
                List.of(new PhoneNumber(office.phonePrefix + String.format("%02d", 10 + index), "work", true)),
                userType, title, office.language, office.locale, office.timezone,
                DISABLED.equals(handle) ? "DISABLED" : "ENABLED",
                photos, website, birthdate, List.of(), null);
    }

    private static String cell(String[] raw, int column) {
        if (column >= raw.length) {
            return null;
        }
        String value = raw[column].strip();
        return value.isEmpty() ? null : value;
    }
}
