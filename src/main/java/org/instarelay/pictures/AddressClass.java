package org.instarelay.pictures;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Where an IP address leads: the public internet, or somewhere only this machine or its network
 * reaches. A picture address may not redirect from the first kind into the others, or a hostile
 * address could make the bot fetch an internal page (a router, a cloud's metadata service) and
 * post it publicly.
 */
public enum AddressClass {
    PUBLIC,
    /** 127.0.0.0/8, ::1 (and {@code localhost}). */
    LOOPBACK,
    /** 10/8, 172.16/12, 192.168/16, fc00::/7 (and the old fec0::/10). */
    PRIVATE,
    /** 169.254/16, fe80::/10: cloud metadata services live here. */
    LINK_LOCAL,
    /** 0.0.0.0/8, :: (which many systems connect to as this machine). */
    UNSPECIFIED;

    /** The class of {@code address}; an IPv4-mapped IPv6 address is taken as its IPv4 address (Java does so). */
    public static AddressClass of(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isAnyLocalAddress() || bytes.length == 4 && bytes[0] == 0) {
            return UNSPECIFIED;
        }
        if (address.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (address.isLinkLocalAddress()) {
            return LINK_LOCAL;
        }
        boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xFE) == 0xFC;
        if (address.isSiteLocalAddress() || uniqueLocal) {
            return PRIVATE;
        }
        return PUBLIC;
    }
}
