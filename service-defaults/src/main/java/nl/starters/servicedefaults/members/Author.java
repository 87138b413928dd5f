package nl.starters.servicedefaults.members;

import io.r2dbc.spi.Readable;
import java.util.UUID;

/**
 * Who wrote something, as the service's read copy of members.v1 shows them: the name others may see
 * (never a real name behind a pseudonym), the bank-employee badge, and "former member" once erased or
 * while the member's first event has not arrived — never a name carried by another event.
 *
 * <p>Queries join the copy under an alias and select {@link #columns}; {@link #read} maps them back.
 */
public record Author(UUID id, String displayName, boolean staff) {

    public static final String FORMER_MEMBER = "former member";

    /** {@code LEFT JOIN members <alias> ON <alias>.id = <idColumn>} — one per author in a query. */
    public static String join(String alias, String idColumn) {
        return "LEFT JOIN members " + alias + " ON " + alias + ".id = " + idColumn;
    }

    /** The select list for an author joined under {@code alias}. */
    public static String columns(String alias, String idColumn) {
        return idColumn + " AS " + alias + "_id, " + alias + ".display_name AS " + alias + "_name, " + alias
                + ".staff AS " + alias + "_staff, " + alias + ".erased AS " + alias + "_erased";
    }

    public static Author read(Readable row, String alias) {
        UUID id = row.get(alias + "_id", UUID.class);
        String name = row.get(alias + "_name", String.class);
        boolean erased = Boolean.TRUE.equals(row.get(alias + "_erased", Boolean.class));
        if (erased || name == null) {
            return new Author(id, FORMER_MEMBER, false);
        }
        return new Author(id, name, Boolean.TRUE.equals(row.get(alias + "_staff", Boolean.class)));
    }
}
