package co.pump.icm.kind;

/**
 * A kind written through the admin API's asynchronous account requests ({@link Lane#ACCOUNT}: a
 * limited number outstanding, one at a time per account), such as account assignments. Only such
 * a kind says which account an item's request is about; {@code KindsTest} checks that every kind on
 * that lane is one.
 */
public interface AccountRequestKind<K, T> extends MigratedKind<K, T> {

    @Override
    default Lane lane() {
        return Lane.ACCOUNT;
    }

    /** The account an item's request is about: its requests wait for that account's earlier ones. */
    String account(T item);
}
