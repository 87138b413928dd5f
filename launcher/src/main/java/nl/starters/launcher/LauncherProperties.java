package nl.starters.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Everything the embedded default can be told ({@code --launcher.…}); the defaults are the
 * documented dev set-up, so the run command needs no flags.
 *
 * <p>Paths are plain strings on purpose: a bound {@code Path} of "." would be resolved against the
 * classpath.
 *
 * @param home the repository root: service jars, {@code config/branches.yml}, working directory
 * @param dataDir PostgreSQL data, Kafka logs, process logs and pid files (relative to home)
 * @param fresh wipe the data directory before starting
 * @param jvmOptions the lean flags every service JVM gets (the one place they are kept): serial GC
 *     and C1 only, a small initial heap that gives memory back when idle — measured with
 *     bench/foundation-figures.sh at ~190 MiB idle RSS per service instead of ~240 MiB
 * @param gatewayAfterServices start the gateway once the services are ready, so its port opens
 *     only when everything behind it answers
 */
@ConfigurationProperties("launcher")
public record LauncherProperties(
        @DefaultValue(".") String home,
        @DefaultValue(".data") String dataDir,
        @DefaultValue("false") boolean fresh,
        @DefaultValue Ports ports,

        @DefaultValue({
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-XX:ReservedCodeCacheSize=48m",
            "-Xms16m",
            "-Xmx192m",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30",
            "-XX:MaxDirectMemorySize=64m"
        })
        List<String> jvmOptions,

        @DefaultValue("true") boolean gatewayAfterServices,
        @DefaultValue("240s") Duration startTimeout,
        @DefaultValue("20s") Duration stopTimeout) {

    /** The properties as the launcher would bind them from these {@code launcher.*} settings. */
    public static LauncherProperties bind(Map<String, ?> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("launcher", Bindable.of(LauncherProperties.class));
    }

    /** The same settings on other ports. */
    public LauncherProperties withPorts(Ports other) {
        return new LauncherProperties(
                home, dataDir, fresh, other, jvmOptions, gatewayAfterServices, startTimeout, stopTimeout);
    }

    /** The repository root as an absolute path. */
    public Path root() {
        return Path.of(home).toAbsolutePath().normalize();
    }

    /** The data directory as an absolute path. */
    public Path data() {
        return root().resolve(Path.of(dataDir)).normalize();
    }
}
