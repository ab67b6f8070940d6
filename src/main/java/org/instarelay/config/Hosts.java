package org.instarelay.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Checks the syntax of an address to listen on, without a DNS lookup: loading the settings must
 * not wait on (or fail with) the network, and the server says soon enough if a name does not resolve.
 */
final class Hosts {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern DOTS_AND_DIGITS = Pattern.compile("[\\d.]+");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]+");
    /** RFC 1123 labels: letters, digits and inner dashes, up to 63 characters each. */
    private static final Pattern HOST_NAME =
            Pattern.compile("(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");

    private Hosts() {}

    /** What is wrong with {@code host} (to follow the quoted value), or null if it is an IP address or host name. */
    static String problem(String host) {
        String bare = withoutBrackets(host);
        if (bare.contains("/")) {
            return "is a URL, not an address";
        }
        if (bare.contains(":")) {
            return isIpv6(bare) ? null : "is not an IPv6 address";
        }
        if (DOTS_AND_DIGITS.matcher(bare).matches()) {
            return isIpv4(bare) ? null : "is not an IPv4 address (four numbers from 0 to 255)";
        }
        return HOST_NAME.matcher(bare).matches() ? null : "is not an IP address or host name";
    }

    /** {@code [::1]} becomes {@code ::1}: a server takes the literal without the brackets of a URL. */
    static String withoutBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Every address of the machine: {@code 0.0.0.0} or {@code ::}. */
    static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0");
    }

    private static boolean isIpv4(String text) {
        if (!IPV4.matcher(text).matches()) {
            return false;
        }
        for (String part : text.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * Only hex digits, colons and dots reach {@link InetAddress#getByName}, which parses such a
     * literal itself and never asks DNS about it.
     */
    private static boolean isIpv6(String text) {
        if (!IPV6_CHARACTERS.matcher(text).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName("[" + text + "]").getAddress().length == 16
                    || text.startsWith("::ffff:");
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
