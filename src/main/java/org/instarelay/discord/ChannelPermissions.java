package org.instarelay.discord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;

/**
 * The channel permissions the bot needs, and their names as Discord's settings screens show them
 * (JDA's names differ: "View Channels", "Read History").
 */
final class ChannelPermissions {
    /** To post a post: see the channel, send, show an embed, upload the picture. */
    static final List<Permission> TO_POST = List.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES);
    /** To look for a post that may have gone out before a crash. */
    static final List<Permission> TO_SEARCH = List.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_HISTORY);

    private ChannelPermissions() {}

    /** Those of {@code needed} the member lacks in the channel, in the order given. */
    static List<Permission> missing(Member member, GuildChannel channel, Collection<Permission> needed) {
        List<Permission> missing = new ArrayList<>();
        for (Permission permission : needed) {
            if (!member.hasPermission(channel, permission)) {
                missing.add(permission);
            }
        }
        return missing;
    }

    /** "Send Messages and Attach Files". */
    static String names(List<Permission> permissions) {
        List<String> names = permissions.stream().map(ChannelPermissions::name).collect(Collectors.toList());
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String name(Permission permission) {
        return switch (permission) {
            case VIEW_CHANNEL -> "View Channel";
            case MESSAGE_HISTORY -> "Read Message History";
            default -> permission.getName();
        };
    }
}
