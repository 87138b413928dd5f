package nl.starters.branch.blog;

import nl.starters.branch.moderation.Moderation;

/**
 * Which moderated content a reader sees: staff of this branch review hidden content in place, so they
 * see all but what was removed; everybody else sees only what nobody hid or removed.
 */
enum Visibility {
    MEMBERS {
        @Override
        String visible(String idColumn) {
            return Moderation.visible(idColumn);
        }

        @Override
        String moderatedAway(String stateColumn) {
            return stateColumn + " <> 'VISIBLE'";
        }
    },
    STAFF {
        @Override
        String visible(String idColumn) {
            return Moderation.notRemoved(idColumn);
        }

        @Override
        String moderatedAway(String stateColumn) {
            return stateColumn + " = 'REMOVED'";
        }
    };

    /** An SQL condition: the content whose id is {@code idColumn} is visible to this audience. */
    abstract String visible(String idColumn);

    /** An SQL condition on a {@code moderation_states.state} column: the content is not shown to this audience. */
    abstract String moderatedAway(String stateColumn);

    static Visibility of(Reader reader) {
        return reader.staff() ? STAFF : MEMBERS;
    }
}
