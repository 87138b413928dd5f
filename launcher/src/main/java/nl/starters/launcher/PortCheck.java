package nl.starters.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks before anything starts that every port is free and wanted only once, so a clash is one
 * clear sentence instead of a stack trace from a half-started federation.
 */
public final class PortCheck {

    private PortCheck() {}

    /** One sentence per problem: a port wanted twice, or a port already in use; empty when all is well. */
    public static List<String> problems(List<PortClaim> claims) {
        List<String> problems = new ArrayList<>();
        Map<Integer, PortClaim> seen = new HashMap<>();
        for (PortClaim claim : claims) {
            PortClaim earlier = seen.putIfAbsent(claim.port(), claim);
            if (earlier != null) {
                problems.add("Port " + claim.port() + " is wanted by both " + earlier.owner() + " and " + claim.owner()
                        + "; move one with --" + claim.setting() + "=<port>.");
            } else if (!isFree(claim.port())) {
                problems.add(claim.inUse());
            }
        }
        return problems;
    }

    /** Whether a server could listen on this port on all interfaces, as the services do. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
