package nl.starters.launcher;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ports of the embedded default ({@code --launcher.ports.…}); branch {@code i} (0-based, in
 * registry order) listens on {@code branchBase + i} and {@code branchManagementBase + i}.
 */
public record Ports(
        @DefaultValue("8080") int gateway,
        @DefaultValue("9080") int gatewayManagement,
        @DefaultValue("8081") int member,
        @DefaultValue("9081") int memberManagement,
        @DefaultValue("8082") int national,
        @DefaultValue("9082") int nationalManagement,
        @DefaultValue("8101") int branchBase,
        @DefaultValue("9101") int branchManagementBase,
        @DefaultValue("15432") int postgres,
        @DefaultValue("19092") int kafka,
        @DefaultValue("19093") int kafkaController) {

    /** Every port moved by the same offset, e.g. to run a second federation beside the first. */
    public Ports shiftedBy(int offset) {
        return new Ports(
                gateway + offset,
                gatewayManagement + offset,
                member + offset,
                memberManagement + offset,
                national + offset,
                nationalManagement + offset,
                branchBase + offset,
                branchManagementBase + offset,
                postgres + offset,
                kafka + offset,
                kafkaController + offset);
    }
}
