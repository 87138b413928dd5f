package nl.starters.servicedefaults.backbone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import nl.starters.servicedefaults.testing.PostgresServer;
import nl.starters.servicedefaults.testing.TestInfrastructure;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The backbone tests' infrastructure behind TCP proxies that a test can cut: the shared PostgreSQL server,
 * and a KRaft broker of its own whose advertised listener is the proxy (so clients reconnect through it
 * after the metadata round-trip). One per test JVM.
 */
final class ProxiedInfrastructure {

    private static ProxiedInfrastructure instance;

    final PostgresServer postgres;
    final TcpCrusher database;
    final TcpCrusher broker;
    final String bootstrapServers;

    private ProxiedInfrastructure(
            PostgresServer postgres, TcpCrusher database, TcpCrusher broker, int brokerProxyPort) {
        this.postgres = postgres;
        this.database = database;
        this.broker = broker;
        this.bootstrapServers = "127.0.0.1:" + brokerProxyPort;
    }

    static synchronized ProxiedInfrastructure get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    int databaseProxyPort() {
        return database.getBindAddress().getPort();
    }

    private static ProxiedInfrastructure start() {
        try {
            PostgresServer postgres = TestInfrastructure.postgres();
            NioReactor reactor = new NioReactor();
            TcpCrusher database = proxy(reactor, freePort(), postgres.host(), postgres.port());
            int brokerProxyPort = freePort();
            int brokerPort = startBroker(brokerProxyPort);
            TcpCrusher broker = proxy(reactor, brokerProxyPort, "127.0.0.1", brokerPort);
            return new ProxiedInfrastructure(postgres, database, broker, brokerProxyPort);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the proxied test infrastructure", e);
        }
    }

    private static int startBroker(int advertisedPort) throws Exception {
        quiet(LogLevel.WARN);
        var nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .build();
        var cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("advertised.listeners", "EXTERNAL://127.0.0.1:" + advertisedPort)
                .setConfigProp("listeners", "EXTERNAL://127.0.0.1:0,CONTROLLER://127.0.0.1:0")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "3")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("auto.create.topics.enable", "true")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            quiet(LogLevel.OFF); // the clients of the test contexts lose the broker while they stop
            try {
                cluster.close();
            } catch (Exception ignored) {
                // the JVM is going away
            }
        }));
        String direct = cluster.bootstrapServers();
        return Integer.parseInt(direct.substring(direct.lastIndexOf(':') + 1));
    }

    private static void quiet(LogLevel level) {
        LoggingSystem logging = LoggingSystem.get(ProxiedInfrastructure.class.getClassLoader());
        for (String logger : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "org.netcrusher"}) {
            logging.setLogLevel(logger, level);
        }
    }

    private static TcpCrusher proxy(NioReactor reactor, int port, String targetHost, int targetPort) {
        return TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress("127.0.0.1", port)
                .withConnectAddress(targetHost, targetPort)
                .buildAndOpen();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
