package nl.starters.national.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** One branch on one day as it stands now: an event of the live stream, whose id is its version. */
record DailyActivity(
        @Schema(description = "the version of this row; the event's id")
        long version,

        LocalDate day,

        @Schema(description = "branch id, or `national` for the national forum")
        String branch,

        @Schema(description = "the branch's name (its id outside the registry)")
        String name,

        @Schema(description = "the branch's region; null for the national forum and branches outside the registry")
        String region,

        @Schema(description = "the figures of that day (active members are distinct on that day)")
        ActivityFigures activity) {}
