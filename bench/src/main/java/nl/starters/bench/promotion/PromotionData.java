package nl.starters.bench.promotion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.ids.Ids;

/**
 * What the promotions need, written with SQL after the services migrated their schemas (asking is not what is
 * measured): the members in both read copies (as members.v1 would have left them: askers and the promoting staff
 * member), and questions whose askers consented to sharing them beyond the region.
 */
final class PromotionData {

    static final int ASKERS = 50;
    private static final String[] TAGS = {"financiering", "btw", "kvk", "verzekering", "personeel", "marketing"};
    private static final String BODY = """
            Ik start volgend jaar een eenmanszaak als **interieurontwerper** en twijfel over de financiering.
            Mijn vragen:

            1. Is een starterslening bij de bank of een microkrediet verstandiger voor ~25.000 euro?
            2. Welke zekerheden vraagt de bank doorgaans van een starter zonder omzethistorie?
            3. Hoe tellen subsidies van de gemeente mee in het ondernemingsplan?

            Ervaringen uit andere regio's zijn welkom, zie ook [de KVK](https://www.kvk.nl/starten/).
            """;

    private PromotionData() {}

    /** Members in the branch's and the national forum's copies; returns the askers' ids. */
    static List<UUID> members(Connection branch, Connection national, UUID staffId) throws SQLException {
        List<UUID> askers = new ArrayList<>();
        for (int i = 0; i < ASKERS; i++) {
            askers.add(UUID.randomUUID());
        }
        for (Connection connection : List.of(branch, national)) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO members"
                    + " (id, display_name, staff, home_branch, updated_at) VALUES (?, ?, ?, 'utrecht', now())")) {
                for (int i = 0; i < askers.size(); i++) {
                    add(insert, askers.get(i), "Starter " + i, false);
                }
                add(insert, staffId, "Staff of utrecht", true);
                insert.executeBatch();
            }
        }
        return askers;
    }

    /** Questions asked in the branch with the asker's consent to share them; their ids in asking order. */
    static List<UUID> questions(Connection branch, List<UUID> askers, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>(count);
        Instant start = Instant.now().minusSeconds(count);
        try (PreparedStatement insert = branch.prepareStatement(
                "INSERT INTO questions"
                        + " (id, author_id, title, body, tags, share_beyond_region, asked_at) VALUES (?, ?, ?, ?, ?, true, ?)")) {
            for (int i = 0; i < count; i++) {
                UUID id = Ids.newId();
                ids.add(id);
                insert.setObject(1, id);
                insert.setObject(2, askers.get(i % askers.size()));
                insert.setString(3, "Starterslening of microkrediet voor een eenmanszaak? (" + i + ")");
                insert.setString(4, BODY);
                insert.setArray(5, branch.createArrayOf("text", new String[] {
                    TAGS[i % TAGS.length], TAGS[(i + 1) % TAGS.length]
                }));
                insert.setTimestamp(6, Timestamp.from(start.plusSeconds(i)));
                insert.addBatch();
                if (i % 500 == 499) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (var statement = branch.createStatement()) {
            statement.execute("VACUUM ANALYZE questions");
        }
        return ids;
    }

    private static void add(PreparedStatement insert, UUID id, String name, boolean staff) throws SQLException {
        insert.setObject(1, id);
        insert.setString(2, name);
        insert.setBoolean(3, staff);
        insert.addBatch();
    }
}
