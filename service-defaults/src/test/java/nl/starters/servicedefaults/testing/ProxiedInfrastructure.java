package nl.starters.servicedefaults.testing;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Outage tests' infrastructure behind TCP proxies that a test can cut (netcrusher): the shared
 * PostgreSQL server behind one, and a KRaft broker of its own whose advertised listener is the other
 * (so clients reconnect through the proxy after the metadata round-trip, and a closed proxy is a broker
 * that is away). One per test JVM: the backbone's outage tests and the e2e promotion outage rig.
 */
public final class ProxiedInfrastructure {

    private static ProxiedInfrastructure instance;

    private final PostgresServer postgres;
    private final TcpCrusher database;
    private final TcpCrusher broker;
    private final String bootstrapServers;

    private ProxiedInfrastructure(PostgresServer postgres, TcpCrusher database, TcpCrusher broker) {
        this.postgres = postgres;
        this.database = database;
        this.broker = broker;
        this.bootstrapServers = "127.0.0.1:" + broker.getBindAddress().getPort();
    }

    /** The infrastructure of this JVM, started on first use. */
    public static synchronized ProxiedInfrastructure get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** The PostgreSQL server itself (not proxied): for set-up and read-backs that must not be cut. */
    public PostgresServer postgres() {
        return postgres;
    }

    /** The proxy in front of PostgreSQL: {@code close()} it and the database is away, {@code open()} it again. */
    public TcpCrusher database() {
        return database;
    }

    /** The proxy the broker is advertised at: closing it cuts every client off the broker. */
    public TcpCrusher broker() {
        return broker;
    }

    /** The broker as clients must reach it: through the proxy. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    public int databaseProxyPort() {
        return database.getBindAddress().getPort();
    }

    /** Opens whichever proxy a test left closed, so the next test starts connected. */
    public void reconnect() {
        if (!broker.isOpen()) {
            broker.open();
        }
        if (!database.isOpen()) {
            database.open();
        }
    }

    private static ProxiedInfrastructure start() {
        try {
            PostgresServer postgres = TestInfrastructure.postgres();
            NioReactor reactor = new NioReactor();
            TcpCrusher database = proxy(reactor, TestPorts.unused(), postgres.host(), postgres.port());
            int brokerProxyPort = TestPorts.unused();
            int brokerPort = startBroker(brokerProxyPort);
            TcpCrusher broker = proxy(reactor, brokerProxyPort, "127.0.0.1", brokerPort);
            return new ProxiedInfrastructure(postgres, database, broker);
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
}
