package io.aisle.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * This running instance of the application, among the instances sharing one database: the host name
 * and a random part, new at every start (a container's process id is always 1, and a restarted instance
 * must not pass for the one that stopped). Work that one instance owns is marked with it.
 */
@Component
public class InstanceId {

    private final String value;

    InstanceId() {
        this(hostName() + "/" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    }

    public InstanceId(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 80 ? name.substring(0, 80) : name;
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
