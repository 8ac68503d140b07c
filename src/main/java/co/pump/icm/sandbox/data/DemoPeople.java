package co.pump.icm.sandbox.data;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.Email;
import co.pump.icm.model.EnterpriseExtension;
import co.pump.icm.model.Name;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.Role;
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

    /**
     * Where each person works, for the enterprise extension (which the demo's ABAC attributes read:
     * department, cost center and division all make valid session tag values) and their role.
     * Employees get an employee number and the organization Larkspur Labs; contractors their own
     * firm and none. The manager column gives a handle: chains run up to the CTO, and one
     * contractor reports to the disabled one, whose data an import leaves out by default.
     */
    // handle | role | department | division | cost center | manager | contractor's firm
    private static final String WORK = """
            maya.okafor     | Manager       | Platform Engineering  | Engineering | CC-1100 | george.harris   |
            daniel.reyes    | Engineer      | Platform Engineering  | Engineering | CC-1100 | maya.okafor     |
            priya.raman     | Engineer      | Platform Engineering  | Engineering | CC-1100 | maya.okafor     |
            tom.becker      | Engineer      | Platform Engineering  | Engineering | CC-1100 | daniel.reyes    |
            sofia.garcia    | Engineer      | Product Engineering   | Engineering | CC-1200 | emily.watson    |
            liam.oconnor    | Engineer      | Product Engineering   | Engineering | CC-1200 | emily.watson    |
            wei.chen        | Engineer      | Product Engineering   | Engineering | CC-1200 | emily.watson    |
            aisha.khan      | Engineer      | Product Engineering   | Engineering | CC-1200 | emily.watson    |
            jonas.muller    | Engineer      | Product Engineering   | Engineering | CC-1200 | emily.watson    |
            emily.watson    | Manager       | Product Engineering   | Engineering | CC-1200 | george.harris   |
            noah.kim        | Engineer      | Product Engineering   | Engineering | CC-1200 | emily.watson    |
            lucia.romero    | Engineer      | Product Engineering   | Engineering | CC-1200 | emily.watson    |
            arjun.mehta     | Engineer      | Product Engineering   | Engineering | CC-1200 | emily.watson    |
            hannah.schmidt  | Engineer      | Product Engineering   | Engineering | CC-1200 | jonas.muller    |
            oliver.bennett  | Engineer      | Product Engineering   | Engineering | CC-1200 | emily.watson    |
            grace.liu       | Manager       | Data Engineering      | Data        | CC-2100 | george.harris   |
            mateo.silva     | Engineer      | Data Engineering      | Data        | CC-2100 | grace.liu       |
            ananya.iyer     | Engineer      | Data Engineering      | Data        | CC-2100 | grace.liu       |
            lukasz.nowak    | Engineer      | Data Engineering      | Data        | CC-2100 | grace.liu       |
            zoe.martin      | Scientist     | Data Engineering      | Data        | CC-2100 | grace.liu       |
            samuel.adeyemi  | Manager       | Security              | Security    | CC-3100 | george.harris   |
            ingrid.larsen   | Engineer      | Security              | Security    | CC-3100 | samuel.adeyemi  |
            marcus.hill     | Analyst       | Security              | Security    | CC-3100 | samuel.adeyemi  |
            fatima.benali   | Analyst       | Security              | Security    | CC-3100 | samuel.adeyemi  |
            rachel.goldberg | Executive     | Finance               | Finance     | CC-4000 |                 |
            kevin.nguyen    | Analyst       | Finance               | Finance     | CC-4000 | rachel.goldberg |
            elena.petrova   | Controller    | Finance               | Finance     | CC-4000 | rachel.goldberg |
            carlos.mendes   | Manager       | Customer Support      | Operations  | CC-5100 | maya.okafor     |
            nina.kowalski   | Engineer      | Customer Support      | Operations  | CC-5100 | carlos.mendes   |
            ravi.shankar    | Engineer      | Customer Support      | Operations  | CC-5100 | carlos.mendes   |
            julia.fischer   | Engineer      | Customer Support      | Operations  | CC-5100 | carlos.mendes   |
            ben.carter      | Manager       | Network Engineering   | Engineering | CC-1300 | maya.okafor     |
            yuki.tanaka     | Engineer      | Network Engineering   | Engineering | CC-1300 | ben.carter      |
            omar.haddad     | Engineer      | Network Engineering   | Engineering | CC-1300 | ben.carter      |
            sarah.obrien    | Administrator | Platform Engineering  | Engineering | CC-1100 | daniel.reyes    |
            vikram.patel    | Administrator | Platform Engineering  | Engineering | CC-1100 | daniel.reyes    |
            chloe.dubois    | Consultant    | Platform Engineering  | Engineering | CC-1100 | ethan.brooks    | Dubois Conseil
            ethan.brooks    | Consultant    | Platform Engineering  | Engineering | CC-1100 | maya.okafor     | Brooks Cloud
            leila.farouk    |               | Finance               | Finance     | CC-4000 | rachel.goldberg | Northgate Audit
            george.harris   | Executive     | Office of the CTO     | Engineering | CC-1000 |                 |
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
        String[] people = TABLE.strip().split("\n");
        String[] work = WORK.strip().split("\n");
        for (int index = 0; index < people.length; index++) {
            users.add(user(people[index].split("\\|", -1), work[index].split("\\|", -1), index));
        }
        return users;
    }

    private static User user(String[] raw, String[] work, int index) {
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
        if (!handle.equals(cell(work, 0))) {
            throw new IllegalStateException("The demo's tables list people in another order: " + handle);
        }
        String role = cell(work, 1), manager = cell(work, 5), firm = cell(work, 6);
        var enterprise = new EnterpriseExtension(firm == null ? "LL-" + (1001 + index) : null, cell(work, 4),
                firm == null ? "Larkspur Labs" : firm, cell(work, 3), cell(work, 2),
                manager == null ? null : userName(manager));
        return new User(userName, displayName,
                new Name(formatted.toString(), family, given, middle, prefix, suffix),
                nick, "https://people." + DOMAIN + "/" + handle,
                List.of(new Email(userName, "work", true)),
                List.of(office.address()),
                List.of(new PhoneNumber(office.phonePrefix + String.format("%02d", 10 + index), "work", true)),
                userType, title, office.language, office.locale, office.timezone,
                DISABLED.equals(handle) ? "DISABLED" : "ENABLED",
                photos, website, birthdate, role == null ? List.of() : List.of(new Role(role, "work", true)),
                enterprise, List.of(), null);
    }

    private static String cell(String[] raw, int column) {
        if (column >= raw.length) {
            return null;
        }
        String value = raw[column].strip();
        return value.isEmpty() ? null : value;
    }
}
