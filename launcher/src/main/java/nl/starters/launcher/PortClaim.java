package nl.starters.launcher;

/** A port the federation needs, who wants it and the setting that moves it. */
public record PortClaim(int port, String owner, String setting) {

    /** The sentence shown when this port is taken. */
    public String inUse() {
        return "Port " + port + " is already in use, but " + owner + " needs it. Stop what holds it, or choose "
                + "another port: ./run.sh --" + setting + "=<port>";
    }
}
