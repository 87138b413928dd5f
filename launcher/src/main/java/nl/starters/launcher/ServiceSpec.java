package nl.starters.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One service JVM of the federation: which module's jar, on which ports, with which arguments.
 *
 * @param name the process name used for its log ({@code .data/logs/<name>.log}) and pid file
 */
public record ServiceSpec(String name, String module, int port, int managementPort, List<String> arguments) {

    /** The module's fat jar, as the build leaves it. */
    public Path jar(Path root) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    /** The full command line: this JVM's java, the lean options, the jar and the arguments. */
    public List<String> command(Path java, List<String> jvmOptions, Path root) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar(root).toString());
        command.addAll(arguments);
        return command;
    }

    /** Where the service says it is ready to take traffic. */
    public String readinessUri() {
        return "http://127.0.0.1:" + port + "/readyz";
    }
}
