package nl.starters.member.demo;

import java.util.List;
import nl.starters.member.accounts.BusinessProfile;
import nl.starters.servicedefaults.branches.Branch;

/** Believable Dutch names and small businesses for the demo accounts, so the demo reads like the real thing. */
final class DemoNames {

    private static final List<String> STAFF =
            List.of("Annelies de Wit", "Joost Mulder", "Femke Bos", "Ruud Kok", "Ingrid Peters", "Martijn Dekker");
    private static final List<String> MEMBERS =
            List.of("Sanne de Vries", "Daan Jansen", "Fleur van Dijk", "Thijs Bakker", "Noor Visser", "Bram Smit");
    private static final List<BusinessProfile> BUSINESSES = List.of(
            new BusinessProfile(
                    "Bakkerij",
                    "Desembrood en taarten op bestelling",
                    "Een winkelpand en een boekhouder",
                    null,
                    "Sinds dit jaar eigen baas, na tien jaar in een grote bakkerij."),
            new BusinessProfile(
                    "Webdesign",
                    "Websites en webshops voor starters",
                    "Opdrachtgevers in de regio",
                    null,
                    "Ik help ondernemers online zichtbaar te worden."),
            new BusinessProfile(
                    "Fietsenmaker",
                    "Reparatie en onderhoud, ook aan huis",
                    "Een tweede monteur",
                    null,
                    "Een mobiele fietsenwerkplaats in een bakfiets."));

    private DemoNames() {}

    static String staff(int index) {
        return pick(STAFF, index);
    }

    static String member(int index) {
        return pick(MEMBERS, index);
    }

    static BusinessProfile business(int index, Branch branch) {
        BusinessProfile business = pick(BUSINESSES, index);
        return new BusinessProfile(
                business.sector(), business.offers(), business.looksFor(), branch.name(), business.bio());
    }

    private static <T> T pick(List<T> values, int index) {
        return values.get(index % values.size());
    }
}
