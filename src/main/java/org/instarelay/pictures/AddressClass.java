package org.instarelay.pictures;

import java.net.InetAddress;

/**
 * Where an IP address leads: the public internet, or somewhere only this machine or its network
 * reaches. A picture address may not redirect from the first kind into the others, or a hostile
 * address could make the bot fetch an internal page (a router, a cloud's metadata service) and
 * post it publicly.
 *
 * <p>IPv6 addresses that carry an IPv4 address (IPv4-mapped {@code ::ffff:a.b.c.d}, the old
 * IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96} and 6to4 {@code 2002::/16}) are
 * the class of the IPv4 address they carry: the network delivers them there.
 */
public enum AddressClass {
    PUBLIC,
    /** 127.0.0.0/8, ::1 (and {@code localhost}). */
    LOOPBACK,
    /**
     * 10/8, 172.16/12, 192.168/16, fc00::/7 (and the old fec0::/10); also 100.64/10 (carrier-grade
     * NAT, shared by a provider's network: Alibaba Cloud's metadata service is 100.100.100.200),
     * 198.18/15 (benchmarking, routed only inside a lab) and 64:ff9b:1::/48 (NAT64 for local use).
     */
    PRIVATE,
    /** 169.254/16, fe80::/10: cloud metadata services live here. */
    LINK_LOCAL,
    /** 0.0.0.0/8, :: (which many systems connect to as this machine). */
    UNSPECIFIED,
    /**
     * Multicast (224.0.0.0/4, ff00::/8), 240.0.0.0/4 reserved with the broadcast address
     * 255.255.255.255: no picture comes from there, whatever the download started at.
     */
    NEVER;

    /** The class of {@code address}. */
    public static AddressClass of(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? ofIpv4(bytes, 0) : ofIpv6(bytes);
    }

    private static AddressClass ofIpv4(byte[] bytes, int at) {
        int a = bytes[at] & 0xFF;
        int b = bytes[at + 1] & 0xFF;
        if (a == 0) {
            return UNSPECIFIED;
        }
        if (a == 127) {
            return LOOPBACK;
        }
        if (a == 169 && b == 254) {
            return LINK_LOCAL;
        }
        if (a == 10 || a == 172 && (b & 0xF0) == 16 || a == 192 && b == 168
                || a == 100 && (b & 0xC0) == 64 || a == 198 && (b & 0xFE) == 18) {
            return PRIVATE;
        }
        if (a >= 224) {
            return NEVER;
        }
        return PUBLIC;
    }

    private static AddressClass ofIpv6(byte[] bytes) {
        if (zeros(bytes, 0, 10) && (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF) {
            return ofIpv4(bytes, 12); // IPv4-mapped
        }
        if (zeros(bytes, 0, 15) && bytes[15] == 1) {
            return LOOPBACK;
        }
        if (zeros(bytes, 0, 12)) {
            return ofIpv4(bytes, 12); // IPv4-compatible (deprecated, still routed by some stacks); :: is 0.0.0.0
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        if (first == 0x00 && second == 0x64 && (bytes[2] & 0xFF) == 0xFF && (bytes[3] & 0xFF) == 0x9B) {
            if (zeros(bytes, 4, 12)) {
                return ofIpv4(bytes, 12); // NAT64, the well-known prefix
            }
            if (bytes[4] == 0 && bytes[5] == 1) {
                return PRIVATE; // NAT64 for local use: the prefix leads into this network
            }
        }
        if (first == 0x20 && second == 0x02) {
            return ofIpv4(bytes, 2); // 6to4
        }
        if (first == 0xFF) {
            return NEVER;
        }
        if (first == 0xFE && (second & 0xC0) == 0x80) {
            return LINK_LOCAL;
        }
        if ((first & 0xFE) == 0xFC || first == 0xFE && (second & 0xC0) == 0xC0) {
            return PRIVATE;
        }
        return PUBLIC;
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
