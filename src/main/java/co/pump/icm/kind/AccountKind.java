package co.pump.icm.kind;

import static co.pump.icm.kind.Column.text;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.ItemMatcher;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.Account;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;

/** The organization's AWS accounts, kept for the record and the report: account IDs do not change when accounts move. */
public final class AccountKind implements Kind<String, Account> {

    private static final KeyRules<String, Account> KEYS = new KeyRules<>("account", Account::id, id -> id,
            Comparator.naturalOrder(), id -> id, "an account without an ID", "account IDs are unique");

    AccountKind() {
    }

    @Override
    public Category category() {
        return Category.ACCOUNTS;
    }

    @Override
    public Class<Account> type() {
        return Account.class;
    }

    @Override
    public String noun() {
        return "account";
    }

    @Override
    public List<Account> items(IdentityCenterConfig config) {
        return config.accounts();
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig c, List<Account> items) {
        return new IdentityCenterConfig(c.source(), items, c.users(), c.groups(), c.memberships(), c.permissionSets(),
                c.assignments(), c.accessControl(), c.applications());
    }

    @Override
    public KeyRules<String, Account> keys() {
        return KEYS;
    }

    @Override
    public String label(Account item) {
        return item.id();
    }

    @Override
    public String name(Account item) {
        return item.id();
    }

    @Override
    public boolean namesIgnoreCase() {
        return false;
    }

    @Override
    public List<Category> refersTo() {
        return List.of();
    }

    @Override
    public List<Reference> references(Account item) {
        return List.of();
    }

    @Override
    public Origin origin(Account item) {
        return null;
    }

    @Override
    public CategoryComparison<String, Account> compare(List<Account> left, List<Account> right, CompareOptions options) {
        return ItemMatcher.match(category(), left, right, KEYS, options, this::diff);
    }

    /** Two accounts with the same ID: name, email and status. */
    @Override
    public List<FieldChange> diff(Account left, Account right) {
        return RecordFields.account(left, right);
    }

    @Override
    public String section() {
        return "accounts";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    @Override
    public Comparator<Account> order() {
        return Comparator.comparing(Account::id, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    @Override
    public Account canonical(Account item) {
        return item;
    }

    @Override
    public void validate(List<Account> items, Places places, Names names) {
        var seen = Keys.<String>sized(items.size());
        for (int i = 0; i < items.size(); i++) {
            Account account = items.get(i);
            Checks item = places.item(i, account::id);
            if (Keys.accountId(item, "id", account.id())) {
                Keys.unique(item, places, seen, account.id(), i, "id");
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return field.apply("id");
    }

    @Override
    public Csv<Account> csv() {
        return null;
    }

    @Override
    public Count count(List<Account> items) {
        return new Count("Accounts", "accounts", items.size());
    }

    @Override
    public String summary(Account item) {
        return item.name() == null ? "" : item.name();
    }

    @Override
    public String searchText(Account item, Related related) {
        return Keys.search(item.id(), item.name());
    }

    @Override
    public List<Fact> facts(Account a, Related related) {
        return new Facts().add("Account ID", a.id()).add("Name", a.name()).add("Email", a.email())
                .add("Status", a.status()).list();
    }

    @Override
    public String document(Account item) {
        return null;
    }

    @Override
    public Table<Account> table(List<Account> items, Supplier<Related> related) {
        return new Table<>("Accounts", section(), items, List.of(
                text("Account ID", Account::id, 150),
                text("Name", Account::name, 220),
                text("Email", Account::email, 300),
                text("Status", Account::status, 100)),
                a -> Keys.search(a.id(), a.name(), a.email(), a.status()),
                a -> new Detail(a.id(), facts(a, related.get()), null));
    }
}
